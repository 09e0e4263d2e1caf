/** The branding fields as the Account and Link rows store them (`brand…` columns), and back. */
import type { TUpdateBrandingRequest } from '../schemas/branding';

export interface BrandingColumns {
  brandName: string | null;
  brandAccentColor: string | null;
  brandSupportContact: string | null;
  brandPrivacyPolicyUrl: string | null;
}

export function brandingColumnsOf(request: TUpdateBrandingRequest): BrandingColumns {
  return {
    brandName: request.businessName ?? null,
    brandAccentColor: request.accentColor ?? null,
    brandSupportContact: request.supportContact ?? null,
    brandPrivacyPolicyUrl: request.privacyPolicyUrl ?? null,
  };
}

export function brandingFieldsOf(row: BrandingColumns) {
  return {
    businessName: row.brandName,
    accentColor: row.brandAccentColor,
    supportContact: row.brandSupportContact,
    privacyPolicyUrl: row.brandPrivacyPolicyUrl,
  };
}
