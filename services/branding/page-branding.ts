/**
 * The branding a hosted page shows: the link's overrides over the account's. `businessName` is null when neither set
 * one (the pages then speak of "the organisation"); `controller` is who the privacy notice names, the account's own
 * name when no business name is set.
 */
import type { Account, Link } from '@prisma/client';
import type { Database } from '../../lib/db';

export interface PageBranding {
  businessName: string | null;
  controller: string;
  accentColor: string | null;
  supportContact: string | null;
  privacyPolicyUrl: string | null;
  /** Same-origin path of the logo; null without one. */
  logoUrl: string | null;
}

/** Where a logo is served: on our origin (`origin`, e.g. PUBLIC_BASE_URL for the API's views; none for a page's own path). */
export function logoUrlFor(logoId: string | null, origin = ''): string | null {
  return logoId ? `${origin}/branding/logos/${logoId}.png` : null;
}

type AccountBranding = Pick<Account, 'name' | 'brandName' | 'brandAccentColor' | 'brandSupportContact' | 'brandPrivacyPolicyUrl' | 'brandLogoId'>;
type LinkBranding = Pick<Link, 'brandName' | 'brandAccentColor' | 'brandSupportContact' | 'brandPrivacyPolicyUrl' | 'brandLogoId'>;

export function pageBrandingOf(account: AccountBranding, link: LinkBranding | null): PageBranding {
  const businessName = link?.brandName ?? account.brandName;
  return {
    businessName,
    controller: businessName ?? account.name,
    accentColor: link?.brandAccentColor ?? account.brandAccentColor,
    supportContact: link?.brandSupportContact ?? account.brandSupportContact,
    privacyPolicyUrl: link?.brandPrivacyPolicyUrl ?? account.brandPrivacyPolicyUrl,
    logoUrl: logoUrlFor(link?.brandLogoId ?? account.brandLogoId),
  };
}

/** Reads what a page of the account (and, for a link's page or a session a link created, that link) shows. */
export async function loadPageBranding(db: Database, accountId: string, linkId: string | null): Promise<PageBranding> {
  const [account, link] = await Promise.all([
    db.account.findUniqueOrThrow({ where: { id: accountId } }),
    linkId ? db.link.findUnique({ where: { id: linkId } }) : null,
  ]);
  return pageBrandingOf(account, link);
}
