import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../../lib/languages';
import { ZListQuery } from './common';
import { FLOWS } from './links';
import { verificationSettingFields } from './verification-settings';

export const SESSION_STATUSES = ['ACTIVE', 'APPROVED', 'DENIED', 'SUSPECTED', 'REVIEWING', 'EXPIRED', 'CANCELLED', 'DELETED'] as const;
export const DOCUMENT_TYPE_VALUES = ['ID_CARD', 'PASSPORT', 'DRIVER_LICENSE', 'RESIDENCE_PERMIT'] as const;

/** Limits shared by the v1 API and the iDenfy-compatible one (PRODUCT.md §1.2, IDENFY-COMPAT.md). */
export const SESSION_LIMITS = {
  expiryTime: { min: 60, max: 2_592_000, default: 86_400 },
  sessionLength: { min: 60, max: 3_600, default: 600 },
} as const;

export const redirectUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .min(5)
  .max(2048);
const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
// iDenfy refuses digits and these symbols in names.
const personName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^0-9~!@#$%^*()_+={}[\]|:;",<>/?]+$/, 'must not contain digits or symbols');
const countryCode = z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').transform((value) => value.toUpperCase());

/** The integrator's data about the person; cross-checked against the document. */
export const personFields = {
  firstName: personName.optional(),
  lastName: personName.optional(),
  dateOfBirth: isoDate.optional(),
  documentNumber: z.string().trim().min(1).max(50).optional(),
  personalNumber: z.string().trim().min(1).max(50).optional(),
  nationality: countryCode.optional(),
  sex: z.enum(['M', 'F']).optional(),
  dateOfIssue: isoDate.optional(),
  dateOfExpiry: isoDate.optional(),
};

export const ZCreateSessionRequest = z
  .object({
    clientId: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[\x20-\x7e]+$/, 'must be printable ASCII'),
    ...personFields,
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +37060000000')
      .optional(),
    flow: z.enum(FLOWS).default('DOCUMENT_AND_SELFIE'),
    documents: z.array(z.enum(DOCUMENT_TYPE_VALUES)).min(1).max(4).optional(),
    country: countryCode.optional(),
    language: z.enum(SUPPORTED_LANGUAGES).optional().meta({ description: "The pages' language; without it the person's browser languages decide (messages are sent in English)" }),
    expiryTime: z.number().int().min(SESSION_LIMITS.expiryTime.min).max(SESSION_LIMITS.expiryTime.max).default(SESSION_LIMITS.expiryTime.default),
    sessionLength: z
      .number()
      .int()
      .min(SESSION_LIMITS.sessionLength.min)
      .max(SESSION_LIMITS.sessionLength.max)
      .default(SESSION_LIMITS.sessionLength.default),
    successUrl: redirectUrl.optional(),
    errorUrl: redirectUrl.optional(),
    unverifiedUrl: redirectUrl.optional(),
    callbackUrl: redirectUrl.optional(),
    externalRef: z.string().max(40).optional(),
    ...verificationSettingFields,
    cc: z.array(z.email().max(254)).max(8).optional().meta({ description: 'Copies of the emailed link (at most 8)' }),
    send: z
      .object({
        email: z.boolean().optional(),
        sms: z.boolean().optional(),
        reminder: z.boolean().optional().meta({ description: 'Remind the person before the link expires if they have not started' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Send the link now by email and/or SMS (to the outbox when no provider is configured)' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.send?.email && !body.email) ctx.addIssue({ code: 'custom', path: ['send', 'email'], message: 'needs an email address' });
    if (body.send?.sms && !body.phone) ctx.addIssue({ code: 'custom', path: ['send', 'sms'], message: 'needs a phone number' });
    if (body.send?.reminder && !body.send.email && !body.send.sms) {
      ctx.addIssue({ code: 'custom', path: ['send', 'reminder'], message: 'needs send.email or send.sms: the reminder goes the same way' });
    }
  })
  .meta({ id: 'CreateSessionRequest' });
export type TCreateSessionRequest = z.infer<typeof ZCreateSessionRequest>;

/** A session's result: the overall status and its parts (lib/sessions.ts sessionStatusOf). */
export const ZSessionStatus = z.object({
  overall: z.enum(SESSION_STATUSES),
  autoDocument: z.string().nullable(),
  autoFace: z.string().nullable(),
  manualDocument: z.string().nullable(),
  manualFace: z.string().nullable(),
  fraudTags: z.array(z.string()),
  mismatchTags: z.array(z.string()),
});

const ZVerificationCheck = z
  .object({
    name: z.string().meta({ description: 'MRZ_VALID, DOCUMENT_NOT_EXPIRED, DOCUMENT_TYPE_MATCHES, COUNTRY_ALLOWED, DOCUMENT_TYPE_ALLOWED, MINIMUM_AGE, DATA_MATCHES_SUPPLIED, DOCUMENT_NOT_REUSED, VISUAL_ZONE_AGREES, DOCUMENT_FACE_FOUND, SELFIE_ONE_FACE, FACE_MATCH' }),
    result: z.enum(['PASSED', 'FAILED', 'UNCERTAIN']),
    code: z.string().nullable().meta({ description: "iDenfy's reason code where one exists (DOC_EXPIRED, FACE_MISMATCH, …)" }),
  })
  .meta({ id: 'VerificationCheck' });

const ZVerification = z
  .object({
    attempt: z.number().int(),
    mrzFound: z.boolean(),
    mrzValid: z.boolean().meta({ description: 'Every check digit of the MRZ, each field and the composite, is valid' }),
    documentFaceFound: z.boolean().nullable(),
    faceSimilarity: z.number().nullable().meta({ description: 'Selfie against document portrait, 0–1; see docs/verification.md for the thresholds' }),
    checks: z.array(ZVerificationCheck).meta({ description: 'Empty until the decision is recorded' }),
  })
  .meta({ id: 'Verification', description: "The verification engine's findings for the latest attempt it read; no personal data (that is in `data`)" });

export const ZSession = z
  .object({
    id: z.string(),
    clientId: z.string(),
    linkId: z.string().nullable(),
    status: ZSessionStatus,
    final: z.boolean(),
    decision: z.enum(SESSION_STATUSES).nullable().meta({ description: 'The final result; kept after the data is deleted' }),
    flow: z.enum(FLOWS),
    documents: z.array(z.string()),
    documentType: z.string().nullable(),
    language: z.string().nullable().meta({ description: "null: the person's browser languages decide the pages" }),
    country: z.string().nullable(),
    externalRef: z.string().nullable(),
    supplied: z.record(z.string(), z.string().nullable()).meta({ description: 'The person data supplied at creation' }),
    data: z.record(z.string(), z.unknown()).nullable().meta({ description: 'Document fields as read by the verification engine (source ENGINE) or corrected by a reviewer: firstName, lastName, documentNumber, personalNumber, dateOfBirth, dateOfExpiry, documentType, issuingCountry, nationality, sex' }),
    verification: ZVerification.nullable().meta({ description: 'Null when the engine did not read the session (engine off, or no attempt read yet)' }),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    expiryTime: z.number().int(),
    sessionLength: z.number().int(),
    successUrl: z.string().nullable(),
    errorUrl: z.string().nullable(),
    unverifiedUrl: z.string().nullable(),
    callbackUrl: z.string().nullable(),
    redirectUrl: z.string().optional().meta({ description: 'The magic link: returned only when the session is created' }),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    dataDeletedAt: z.iso.datetime().nullable(),
    temporalUrl: z.string(),
  })
  .meta({ id: 'Session' });

export const ZSessionListQuery = ZListQuery.extend({
  status: z.enum(SESSION_STATUSES).optional(),
  clientId: z.string().min(1).max(100).optional(),
  linkId: z.string().min(1).max(64).optional(),
  createdFrom: z.iso.datetime({ offset: true }).optional(),
  createdTo: z.iso.datetime({ offset: true }).optional(),
});

export const ZSessionIdParams = z.object({ id: z.string().min(1).max(64) });

export const ZReviewRequest = z
  .object({
    decision: z.enum(['APPROVED', 'DENIED']),
    reasons: z.array(z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'must be a code such as DOC_EXPIRED')).max(20).optional(),
    note: z.string().max(2000).optional(),
    data: z
      .object({ ...personFields, documentType: z.enum(DOCUMENT_TYPE_VALUES).optional(), issuingCountry: countryCode.optional() })
      .strict()
      .optional()
      .meta({ description: 'Document fields as the reviewer read them; cross-checked against the supplied data' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.decision === 'DENIED' && !body.reasons?.length) ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'a denial needs at least one reason' });
  })
  .meta({ id: 'ReviewRequest' });

export const ZSendRequest = z.object({ channel: z.enum(['email', 'sms']) }).strict().meta({ id: 'SendRequest' });
export const ZSendResponse = z
  .object({ sessionId: z.string(), channel: z.enum(['email', 'sms']), status: z.literal('QUEUED') })
  .meta({ id: 'SendResponse' });

export const ZMessage = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    channel: z.enum(['email', 'sms']),
    kind: z.enum(['INVITATION', 'REMINDER']),
    status: z.enum(['SENT', 'OUTBOX', 'FAILED']),
    provider: z.string(),
    to: z.string().nullable(),
    cc: z.array(z.string()),
    subject: z.string().nullable(),
    text: z.string().nullable(),
    html: z.string().nullable(),
    error: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Message' });
