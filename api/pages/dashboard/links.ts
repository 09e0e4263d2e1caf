/** Dashboard pages of reusable links: the list, and one link with its public URL, QR code and funnel. */
import escapeHtml from 'escape-html';
import { framed, when, type Frame } from './frame';

export interface LinkRow {
  id: string;
  name: string;
  status: string;
  usesConsumed: number;
  maxUses: number | null;
  views: number;
  expiresAt: Date | null;
  createdAt: Date;
}

export function renderLinksPage(input: Frame & { links: LinkRow[] }): string {
  const rows = input.links
    .map(
      (link) =>
        `<tr><td><a href="/dashboard/links/${escapeHtml(link.id)}">${escapeHtml(link.name)}</a></td><td><span class="status">${escapeHtml(link.status)}</span></td><td>${link.usesConsumed} / ${link.maxUses ?? '∞'}</td><td>${link.views}</td><td>${when(link.expiresAt)}</td><td>${when(link.createdAt)}</td></tr>`,
    )
    .join('');
  return framed(
    input,
    '/dashboard/links',
    'Links',
    `<h1>Reusable links</h1>
${
  rows
    ? `<table><thead><tr><th scope="col">Name</th><th scope="col">Status</th><th scope="col">Uses</th><th scope="col">Views</th><th scope="col">Expires</th><th scope="col">Created</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No links yet. Create one with <code>POST /api/v1/links</code>.</p>'
}`,
  );
}

export function renderLinkPage(
  input: Frame & {
    link: LinkRow & { flow: string; url: string; temporalUrl: string };
    funnel: Record<string, number>;
  },
): string {
  const { link } = input;
  const qr = `/dashboard/links/${escapeHtml(link.id)}/qr`;
  const funnel = Object.entries(input.funnel)
    .map(([stage, count]) => `<div class="card figure"><div class="label">${escapeHtml(stage)}</div><div class="value">${count}</div></div>`)
    .join('');
  return framed(
    input,
    '/dashboard/links',
    link.name,
    `<h1>${escapeHtml(link.name)} <span class="status">${escapeHtml(link.status)}</span></h1>
<p>${escapeHtml(link.flow)} · ${link.usesConsumed} of ${link.maxUses ?? 'unlimited'} uses · expires ${when(link.expiresAt)} · <a href="${escapeHtml(link.temporalUrl)}">workflow in the Temporal UI</a></p>
<div class="grid2">
<section class="card"><h2>Public link</h2><label for="link-url">Share this address</label><input id="link-url" type="text" readonly value="${escapeHtml(link.url)}" style="width:100%"></section>
<section class="card"><h2>QR code</h2><img src="${qr}.svg" alt="QR code of the link" width="180" height="180"><p><a href="${qr}.svg" download>Download SVG</a> · <a href="${qr}.png" download>Download PNG</a></p></section>
</div>
<h2>Funnel</h2>
<div class="figures">${funnel}</div>`,
  );
}
