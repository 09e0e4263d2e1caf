/** A link as the API returns it and the dashboard shows it, and the URLs it is reached by. */
import type { Link } from '@prisma/client';
import { workflowIds } from '../../workflows/definitions';
import type { AppDeps } from '../deps';
import { workflowUrl } from '../temporal-ui';
import { brandingFieldsOf } from '../../services/branding/branding-columns';
import { logoUrlFor } from '../../services/branding/page-branding';

export function publicLinkUrl(slug: string, config: AppDeps['config']): string {
  return `${config.http.publicBaseUrl}/l/${slug}`;
}

/** What a QR code encodes: the public URL with a source marker, so scans are counted apart from other views. */
export function qrTarget(link: Pick<Link, 'slug'>, config: AppDeps['config']): string {
  return `${publicLinkUrl(link.slug, config)}?src=qr`;
}

export function linkView(link: Link, config: AppDeps['config']) {
  // Past its expiry a link is expired even in the instant before its workflow's timer records it.
  const status = link.status === 'ACTIVE' && link.expiresAt && link.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : link.status;
  return {
    id: link.id,
    name: link.name,
    flow: link.flow,
    usage: { type: link.usageType, maxUses: link.maxUses },
    status,
    usesConsumed: link.usesConsumed,
    usesRemaining: link.maxUses === null ? null : Math.max(0, link.maxUses - link.usesConsumed),
    views: link.views,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    language: link.language,
    successUrl: link.successUrl,
    errorUrl: link.errorUrl,
    callbackUrl: link.callbackUrl,
    branding: { ...brandingFieldsOf(link), logoUrl: logoUrlFor(link.brandLogoId, config.http.publicBaseUrl) },
    url: publicLinkUrl(link.slug, config),
    qrCodeUrl: `${config.http.publicBaseUrl}/api/v1/links/${link.id}/qr.svg`,
    temporalUrl: workflowUrl(config, workflowIds.magicLink(link.id)),
    createdAt: link.createdAt.toISOString(),
  };
}
