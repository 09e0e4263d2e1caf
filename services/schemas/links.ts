import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../../lib/languages';
import { QR_SIZE } from '../links/render-qr-code';
import { ZListQuery } from './common';
import { verificationSettingFields } from './verification-settings';
import { ZLinkBranding, ZLinkBrandingRequest } from './branding';

export const FLOWS = ['DOCUMENT', 'SELFIE', 'DOCUMENT_AND_SELFIE'] as const;
export const LINK_STATUSES = ['ACTIVE', 'EXHAUSTED', 'EXPIRED', 'DEACTIVATED'] as const;

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .min(5)
  .max(2048);

const ZUsage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SINGLE') }).strict(),
  z.object({ type: z.literal('MULTI'), maxUses: z.number().int().min(2).max(1_000_000) }).strict(),
  z.object({ type: z.literal('UNLIMITED') }).strict(),
]);

export const ZCreateLinkRequest = z
  .object({
    name: z.string().trim().min(1).max(200),
    flow: z.enum(FLOWS),
    usage: ZUsage,
    expiresAt: z.iso
      .datetime({ offset: true, abort: true })
      .refine((value) => Date.parse(value) > Date.now(), 'must be in the future')
      .optional(),
    language: z.enum(SUPPORTED_LANGUAGES).optional().meta({ description: "The pages' language; without it the person's browser languages decide (messages are sent in English)" }),
    successUrl: httpUrl.optional(),
    errorUrl: httpUrl.optional(),
    callbackUrl: httpUrl.optional(),
    ...verificationSettingFields,
    branding: ZLinkBrandingRequest.optional().meta({ description: "Overrides of the account's branding on this link's pages and the sessions it creates" }),
  })
  .strict()
  .meta({ id: 'CreateLinkRequest' });
export type TCreateLinkRequest = z.infer<typeof ZCreateLinkRequest>;

/**
 * The name and the branding overrides may change (the branding replaced as a whole: a field left out or null uses the
 * account's); limits and expiry can never be raised or extended (PRODUCT.md "No renewals").
 */
export const ZUpdateLinkRequest = z
  .object({ name: z.string().trim().min(1).max(200).optional(), branding: ZLinkBrandingRequest.optional() })
  .strict()
  .refine((request) => request.name !== undefined || request.branding !== undefined, 'name or branding is required')
  .meta({ id: 'UpdateLinkRequest' });
export const RENEWAL_FIELDS = ['usage', 'maxUses', 'expiresAt'] as const;

export const ZLink = z
  .object({
    id: z.string(),
    name: z.string(),
    flow: z.enum(FLOWS),
    usage: z.object({ type: z.enum(['SINGLE', 'MULTI', 'UNLIMITED']), maxUses: z.number().int().nullable() }),
    status: z.enum(LINK_STATUSES),
    usesConsumed: z.number().int(),
    usesRemaining: z.number().int().nullable().meta({ description: 'null when unlimited' }),
    views: z.number().int(),
    expiresAt: z.iso.datetime().nullable(),
    language: z.string().nullable().meta({ description: "null: the person's browser languages decide the pages" }),
    successUrl: z.string().nullable(),
    errorUrl: z.string().nullable(),
    callbackUrl: z.string().nullable(),
    branding: ZLinkBranding,
    url: z.string().meta({ description: 'The public link to share' }),
    qrCodeUrl: z.string(),
    temporalUrl: z.string().meta({ description: "The link's workflow in the Temporal UI" }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Link' });

export const ZLinkListQuery = ZListQuery.extend({ status: z.enum(LINK_STATUSES).optional() });

export const ZLinkStats = z
  .object({
    views: z.number().int(),
    clicks: z.number().int(),
    sessionsStarted: z.number().int(),
    submitted: z.number().int(),
    approved: z.number().int(),
    denied: z.number().int(),
    suspected: z.number().int(),
    expired: z.number().int(),
  })
  .meta({ id: 'LinkStats' });

export const ZQrQuery = z.object({ size: z.coerce.number().int().min(QR_SIZE.min).max(QR_SIZE.max).default(QR_SIZE.default) });

export const ZLinkIdParams = z.object({ id: z.string().min(1).max(64) });
