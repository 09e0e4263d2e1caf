import { z } from 'zod';
import { DOCUMENT_TYPES, type DocumentType } from '../../workflows/definitions';

/** What the verification engine requires of the document, per session (and per link, for the sessions it creates). */
export const verificationSettingFields = {
  allowedCountries: z
    .array(z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code, as on the document').transform((value) => value.toUpperCase()))
    .max(250)
    .optional()
    .meta({ description: 'Issuing countries accepted (alpha-3, as in the MRZ); another is COUNTRY_MISMATCH and goes to review' }),
  allowedDocumentTypes: z
    .array(z.enum(DOCUMENT_TYPES as [DocumentType, ...DocumentType[]]))
    .max(4)
    .optional()
    .meta({ description: 'Document types accepted; another (read from the MRZ) goes to review' }),
  minimumAge: z.number().int().min(1).max(120).optional().meta({ description: 'Younger, by the date of birth read: UNDER_AGE, review' }),
  autoApprove: z.boolean().optional().meta({ description: "Overrides the account's policy: false sends every submission to review" }),
};
