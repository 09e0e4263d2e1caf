/**
 * Branding of the hosted pages: the account's (GET/PUT /account/branding, the dashboard's form) and a link's
 * overrides (link create/update). Every field is nullable: null is the unbranded default, or on a link the account's.
 */
import { z } from 'zod';
import { AA_NORMAL_TEXT, ACCENT_COLOR, contrastWithWhite } from '../../lib/branding/contrast';
import { isHttpsUrl, supportContactKind } from '../../lib/branding/support-contact';

const ZBusinessName = z.string().trim().min(1).max(100).meta({ description: 'Shown on the hosted pages instead of "the organisation", and as the controller in the privacy notice' });

const ZAccentColor = z
  .string()
  .trim()
  .toLowerCase()
  .regex(ACCENT_COLOR, 'must be a colour as #rrggbb')
  .superRefine((color, ctx) => {
    // Only a well-formed colour has a contrast to report (the regex above has already named the other).
    if (!ACCENT_COLOR.test(color)) return;
    const ratio = contrastWithWhite(color);
    if (ratio < AA_NORMAL_TEXT) {
      ctx.addIssue({
        code: 'custom',
        message: `must have a contrast of at least ${AA_NORMAL_TEXT}:1 against white (WCAG AA); ${color} has ${ratio.toFixed(2)}:1 — choose a darker shade`,
      });
    }
  })
  .meta({ description: 'Buttons and links, as #rrggbb; refused unless white text on it (and it on white) reaches 4.5:1 (WCAG AA)', example: '#0b5394' });

const ZSupportContact = z
  .string()
  .trim()
  .min(3)
  .max(200)
  .refine((contact) => supportContactKind(contact) !== null, 'must be an email address, an https URL or a phone number in international format (+…)')
  .meta({ description: 'Shown on the pages that say a link or verification cannot go on: an email address, an https URL or a phone number (+…)' });

const ZPrivacyPolicyUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(isHttpsUrl, 'must be an https URL')
  .meta({ description: 'Linked from the consent and the privacy notice; https only' });

const brandingFields = {
  businessName: ZBusinessName.nullable().optional(),
  accentColor: ZAccentColor.nullable().optional(),
  supportContact: ZSupportContact.nullable().optional(),
  privacyPolicyUrl: ZPrivacyPolicyUrl.nullable().optional(),
};

/** The whole branding but the logo (which has its own operations): a field left out or null is cleared. */
export const ZUpdateBrandingRequest = z.object(brandingFields).strict().meta({ id: 'UpdateBrandingRequest' });
export type TUpdateBrandingRequest = z.infer<typeof ZUpdateBrandingRequest>;

/** A link's overrides, on create and update: a field left out or null uses the account's. */
export const ZLinkBrandingRequest = z.object(brandingFields).strict().meta({ id: 'LinkBrandingRequest' });
export type TLinkBrandingRequest = z.infer<typeof ZLinkBrandingRequest>;

export const ZBranding = z
  .object({
    businessName: z.string().nullable(),
    accentColor: z.string().nullable(),
    supportContact: z.string().nullable(),
    privacyPolicyUrl: z.string().nullable(),
    logoUrl: z.string().nullable().meta({ description: 'Where the hosted pages load the logo from (our origin); null without a logo' }),
  })
  .meta({ id: 'Branding' });

export const ZLinkBranding = z
  .object({
    businessName: z.string().nullable(),
    accentColor: z.string().nullable(),
    supportContact: z.string().nullable(),
    privacyPolicyUrl: z.string().nullable(),
    logoUrl: z.string().nullable().meta({ description: "Where the hosted pages load the link's own logo from (our origin); null: the account's logo" }),
  })
  .meta({ id: 'LinkBranding', description: "The link's overrides; null fields use the account's branding" });
