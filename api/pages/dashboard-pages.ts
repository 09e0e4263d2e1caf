/**
 * The operators' dashboard pages: server-rendered HTML, no script needed, every value through `escapeHtml`. Forms
 * that change state carry the session's CSRF token.
 */
import escapeHtml from 'escape-html';
import type { CreditBalance } from '../../workflows/definitions';

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:#f4f6fa;color:#1b2130;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{display:flex;align-items:center;justify-content:space-between;gap:16px;padding:14px 24px;background:#fff;border-bottom:1px solid #e1e6ef}
header .brand{font-weight:700;letter-spacing:-.01em}
header form{margin:0}
header nav{display:flex;gap:16px;margin-right:auto;margin-left:24px}
header nav a[aria-current]{font-weight:700;color:#1b2130;text-decoration:none}
.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:end;margin-bottom:16px}
.filters label{margin:0 0 4px;font-size:.8125rem}
select,input[type=text],input[type=date],textarea{padding:9px 10px;border:1px solid #c5cdd9;border-radius:10px;font:inherit;background:#fff}
textarea{width:100%;min-height:70px}
.status{display:inline-block;padding:2px 9px;border-radius:999px;background:#eef1f6;font-size:.8125rem;font-weight:600}
.images{display:flex;flex-wrap:wrap;gap:14px}
.images figure{margin:0}
.images img{display:block;max-width:280px;max-height:220px;border-radius:10px;border:1px solid #e1e6ef}
.images figcaption{font-size:.8125rem;color:#4a5466;margin-top:4px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 18px;margin:0}
dt{color:#4a5466}
dd{margin:0}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:16px}
fieldset{border:0;padding:0;margin:0 0 10px}
legend{font-weight:600;margin-bottom:6px}
.pager{margin-top:14px}
main{max-width:960px;margin:0 auto;padding:28px 24px}
h1{margin:0 0 20px;font-size:1.5rem;letter-spacing:-.01em}
h2{margin:28px 0 12px;font-size:1rem}
.card{background:#fff;border:1px solid #e1e6ef;border-radius:14px;padding:20px 22px}
.login{max-width:380px;margin:10vh auto}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:14px}
.figure .label{color:#4a5466;font-size:.8125rem;text-transform:uppercase;letter-spacing:.05em}
.figure .value{font-size:1.75rem;font-weight:700}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e1e6ef;border-radius:14px;overflow:hidden}
th,td{text-align:left;padding:10px 14px;border-bottom:1px solid #eef1f6;font-size:.9375rem}
th{color:#4a5466;font-weight:600;background:#f8fafc}
.empty{color:#4a5466}
label{display:block;margin:14px 0 6px;font-weight:600}
input[type=email],input[type=password]{width:100%;padding:11px 12px;border:1px solid #c5cdd9;border-radius:10px;font:inherit}
button{padding:10px 16px;border:0;border-radius:10px;background:#1d4ed8;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button.quiet{background:#eef1f6;color:#1b2130}
.login button{width:100%;margin-top:20px;padding:12px}
.alert{margin:0 0 14px;padding:10px 12px;border-radius:10px;background:#fdeee0;color:#7a3200}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} · Magic Link dashboard</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

export function renderLoginPage({ next, email, error }: { next: string; email?: string; error?: string }): string {
  return page(
    'Sign in',
    `<main><form class="card login" method="post" action="/dashboard/login">
<h1>Sign in to the dashboard</h1>
${error ? `<p class="alert" role="alert">${escapeHtml(error)}</p>` : ''}
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form></main>`,
  );
}

export interface LedgerRow {
  type: string;
  amount: number;
  sessionId: string | null;
  at: Date;
}

export interface Frame {
  email: string;
  accountName: string;
  csrfToken: string;
}

const SECTIONS = [
  ['/dashboard', 'Credits'],
  ['/dashboard/links', 'Links'],
  ['/dashboard/sessions', 'Sessions'],
  ['/dashboard/webhooks', 'Webhooks'],
  ['/dashboard/outbox', 'Outbox'],
] as const;

/** The signed-in frame: the account, the sections, the operator and the sign-out form. */
function framed(frame: Frame, current: string, title: string, main: string): string {
  const nav = SECTIONS.map(([href, label]) => `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  return page(
    title,
    `<header><span class="brand">Magic Link · ${escapeHtml(frame.accountName)}</span><nav aria-label="Sections">${nav}</nav>
<form method="post" action="/dashboard/logout"><input type="hidden" name="_csrf" value="${escapeHtml(frame.csrfToken)}"><span>${escapeHtml(frame.email)}</span> <button class="quiet" type="submit">Sign out</button></form></header>
<main>${main}</main>`,
  );
}

export function renderHomePage(input: Frame & { credits: CreditBalance; ledger: LedgerRow[]; temporalUrl: string }): string {
  const figure = (label: string, value: number) => `<div class="card figure"><div class="label">${label}</div><div class="value">${value}</div></div>`;
  const rows = input.ledger
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.at.toISOString().replace('T', ' ').slice(0, 16))} UTC</td><td>${escapeHtml(entry.type)}</td><td>${entry.amount}</td><td>${escapeHtml(entry.sessionId ?? '—')}</td></tr>`,
    )
    .join('');
  return framed(
    input,
    '/dashboard',
    'Credits',
    `<h1>Credits</h1>
<div class="figures">${figure('Balance', input.credits.balance)}${figure('Reserved by open sessions', input.credits.reserved)}${figure('Available', input.credits.available)}</div>
<h2>Latest ledger entries</h2>
${
  rows
    ? `<table><thead><tr><th scope="col">When</th><th scope="col">Type</th><th scope="col">Amount</th><th scope="col">Session</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No credit movements yet.</p>'
}
<h2>Workflows</h2>
<p><a href="${escapeHtml(input.temporalUrl)}">Every link, session and delivery of this account in the Temporal UI</a></p>`,
  );
}

/** A value for a definition list: lists joined, nothing as a dash. */
function display(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ') || '—';
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const when = (date: Date | null) => (date ? `${date.toISOString().replace('T', ' ').slice(0, 16)} UTC` : '—');

export interface SessionRow {
  id: string;
  clientId: string;
  status: string;
  flow: string;
  createdAt: Date;
}

export const SESSION_STATUS_FILTERS = ['ACTIVE', 'REVIEWING', 'APPROVED', 'DENIED', 'SUSPECTED', 'EXPIRED', 'CANCELLED', 'DELETED'] as const;

export function renderSessionsPage(input: Frame & { sessions: SessionRow[]; status: string | null; clientId: string; nextPage: string | null }): string {
  const options = ['', ...SESSION_STATUS_FILTERS]
    .map((status) => `<option value="${status}"${status === (input.status ?? '') ? ' selected' : ''}>${status || 'Any status'}</option>`)
    .join('');
  const rows = input.sessions
    .map(
      (session) =>
        `<tr><td><a href="/dashboard/sessions/${escapeHtml(session.id)}">${escapeHtml(session.id)}</a></td><td>${escapeHtml(session.clientId)}</td><td><span class="status">${escapeHtml(session.status)}</span></td><td>${escapeHtml(session.flow)}</td><td>${when(session.createdAt)}</td></tr>`,
    )
    .join('');
  return framed(
    input,
    '/dashboard/sessions',
    'Sessions',
    `<h1>Sessions</h1>
<form class="filters" method="get" action="/dashboard/sessions">
<div><label for="status">Status</label><select id="status" name="status">${options}</select></div>
<div><label for="clientId">Client id</label><input id="clientId" name="clientId" type="text" value="${escapeHtml(input.clientId)}"></div>
<button type="submit">Filter</button>
</form>
${
  rows
    ? `<table><thead><tr><th scope="col">Session</th><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Flow</th><th scope="col">Created</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No sessions match.</p>'
}
${input.nextPage ? `<p class="pager"><a href="${escapeHtml(input.nextPage)}">Older sessions</a></p>` : ''}`,
  );
}

export interface SessionDetail {
  id: string;
  clientId: string;
  status: Record<string, unknown> & { overall: string };
  final: boolean;
  decision: string | null;
  flow: string;
  supplied: Record<string, string | null>;
  data: Record<string, unknown> | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  images: { id: string; kind: string; attempt: number }[];
  events: { type: string; at: Date }[];
  temporalUrl: string;
}

const REVIEWED_FIELDS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['dateOfBirth', 'Date of birth (YYYY-MM-DD)'],
  ['documentNumber', 'Document number'],
] as const;

export function renderSessionPage(input: Frame & { session: SessionDetail; error?: string }): string {
  const { session } = input;
  const statusRows = Object.entries(session.status)
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(display(value))}</dd>`)
    .join('');
  const supplied = Object.entries(session.supplied)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value ?? '')}</dd>`)
    .join('');
  const read = Object.entries(session.data ?? {})
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(display(value))}</dd>`)
    .join('');
  const images = session.images
    .map(
      (image) =>
        `<figure><img src="/dashboard/sessions/${escapeHtml(session.id)}/documents/${escapeHtml(image.id)}" alt="${escapeHtml(image.kind)}, attempt ${image.attempt}"><figcaption>${escapeHtml(image.kind)} · attempt ${image.attempt}</figcaption></figure>`,
    )
    .join('');
  const events = session.events.map((event) => `<tr><td>${when(event.at)}</td><td>${escapeHtml(event.type)}</td></tr>`).join('');
  const review =
    session.status.overall === 'REVIEWING'
      ? `<h2>Review</h2>
<form class="card" method="post" action="/dashboard/sessions/${escapeHtml(session.id)}/review">
<input type="hidden" name="_csrf" value="${escapeHtml(input.csrfToken)}">
${input.error ? `<p class="alert" role="alert">${escapeHtml(input.error)}</p>` : ''}
<fieldset><legend>Decision</legend>
<label><input type="radio" name="decision" value="APPROVED" required> Approve</label>
<label><input type="radio" name="decision" value="DENIED"> Deny</label></fieldset>
<label for="reasons">Reasons (codes, comma-separated; required to deny)</label><input id="reasons" name="reasons" type="text" placeholder="DOC_EXPIRED, FACE_MISMATCH">
<div class="grid2">${REVIEWED_FIELDS.map(([name, label]) => `<div><label for="data-${name}">${label} as read on the document</label><input id="data-${name}" name="data.${name}" type="text"></div>`).join('')}</div>
<label for="note">Note</label><textarea id="note" name="note"></textarea>
<p><button type="submit">Record the decision</button></p>
</form>`
      : '';
  return framed(
    input,
    '/dashboard/sessions',
    `Session ${session.id}`,
    `<h1>Session ${escapeHtml(session.id)} <span class="status">${escapeHtml(session.status.overall)}</span></h1>
<p>Client <strong>${escapeHtml(session.clientId)}</strong> · ${escapeHtml(session.flow)} · created ${when(session.createdAt)} · started ${when(session.startedAt)} · finished ${when(session.finishedAt)}${session.decision ? ` · decision ${escapeHtml(session.decision)}` : ''} · <a href="${escapeHtml(session.temporalUrl)}">workflow in the Temporal UI</a></p>
<div class="grid2">
<section class="card"><h2>Result</h2><dl>${statusRows}</dl></section>
<section class="card"><h2>Supplied by the integrator</h2>${supplied ? `<dl>${supplied}</dl>` : '<p class="empty">Nothing supplied.</p>'}</section>
<section class="card"><h2>Read from the document</h2>${read ? `<dl>${read}</dl>` : '<p class="empty">Not read yet.</p>'}</section>
</div>
<h2>Images</h2>
${images ? `<div class="images">${images}</div>` : '<p class="empty">No images (none uploaded, or deleted with the session\'s data).</p>'}
${review}
<h2>Timeline</h2>
${events ? `<table><thead><tr><th scope="col">When</th><th scope="col">Event</th></tr></thead><tbody>${events}</tbody></table>` : '<p class="empty">No events.</p>'}`,
  );
}

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

export interface OutboxRow {
  channel: string;
  kind: string;
  to: string | null;
  subject: string | null;
  text: string | null;
  sessionId: string;
  createdAt: Date;
}

export function renderOutboxPage(input: Frame & { messages: OutboxRow[] }): string {
  const rows = input.messages
    .map(
      (message) =>
        `<tr><td>${when(message.createdAt)}</td><td>${escapeHtml(message.channel)} · ${escapeHtml(message.kind)}</td><td>${escapeHtml(message.to ?? '—')}</td><td>${escapeHtml(message.subject ?? '')}<br><small>${escapeHtml(message.text ?? '')}</small></td><td><a href="/dashboard/sessions/${escapeHtml(message.sessionId)}">${escapeHtml(message.sessionId)}</a></td></tr>`,
    )
    .join('');
  return framed(
    input,
    '/dashboard/outbox',
    'Outbox',
    `<h1>Outbox</h1>
<p>No email or SMS provider is configured for these messages: they were kept here and <strong>not sent</strong>.</p>
${
  rows
    ? `<table><thead><tr><th scope="col">When</th><th scope="col">Message</th><th scope="col">To</th><th scope="col">Content</th><th scope="col">Session</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">The outbox is empty.</p>'
}`,
  );
}

export interface EndpointRow {
  id: string;
  url: string;
  kind: string;
  format: string;
  status: string;
  disabledReason: string | null;
  failingSince: Date | null;
}

export function renderWebhooksPage(input: Frame & { endpoints: EndpointRow[] }): string {
  const rows = input.endpoints
    .map(
      (endpoint) =>
        `<tr><td><a href="/dashboard/webhooks/${escapeHtml(endpoint.id)}">${escapeHtml(endpoint.url)}</a></td><td>${escapeHtml(endpoint.kind)} · ${escapeHtml(endpoint.format)}</td><td><span class="status">${escapeHtml(endpoint.status)}</span>${endpoint.disabledReason ? ` ${escapeHtml(endpoint.disabledReason)}` : ''}</td><td>${when(endpoint.failingSince)}</td></tr>`,
    )
    .join('');
  return framed(
    input,
    '/dashboard/webhooks',
    'Webhooks',
    `<h1>Webhook endpoints</h1>
${
  rows
    ? `<table><thead><tr><th scope="col">URL</th><th scope="col">Kind · format</th><th scope="col">Status</th><th scope="col">Failing since</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No endpoints yet. Create one with <code>POST /api/v1/webhook-endpoints</code>.</p>'
}`,
  );
}

export interface DeliveryRow {
  id: string;
  eventType: string;
  eventId: string;
  status: string;
  series: number;
  nextAttemptAt: Date | null;
  attempts: { series: number; number: number; at: Date; httpStatus: number | null; durationMs: number; error: string | null }[];
}

export function renderEndpointPage(input: Frame & { endpoint: EndpointRow; deliveries: DeliveryRow[]; temporalUrl: string; notice?: string }): string {
  const { endpoint } = input;
  const deliveries = input.deliveries
    .map((delivery) => {
      const attempts = delivery.attempts
        .map((attempt) => `<li>${when(attempt.at)} · series ${attempt.series} #${attempt.number} · ${attempt.httpStatus ?? 'no answer'} · ${attempt.durationMs} ms${attempt.error ? ` · ${escapeHtml(attempt.error)}` : ''}</li>`)
        .join('');
      const retry =
        delivery.status === 'PENDING'
          ? delivery.nextAttemptAt
            ? `next attempt ${when(delivery.nextAttemptAt)}`
            : ''
          : `<form method="post" action="/dashboard/deliveries/${escapeHtml(delivery.id)}/retry"><input type="hidden" name="_csrf" value="${escapeHtml(input.csrfToken)}"><button class="quiet" type="submit">Send again</button></form>`;
      return `<tr><td>${escapeHtml(delivery.eventType)}<br><small>${escapeHtml(delivery.eventId)}</small></td><td><span class="status">${escapeHtml(delivery.status)}</span></td><td><ol>${attempts}</ol></td><td>${retry}</td></tr>`;
    })
    .join('');
  return framed(
    input,
    '/dashboard/webhooks',
    endpoint.url,
    `<h1>${escapeHtml(endpoint.url)} <span class="status">${escapeHtml(endpoint.status)}</span></h1>
${input.notice ? `<p class="alert" role="status">${escapeHtml(input.notice)}</p>` : ''}
<p>${escapeHtml(endpoint.kind)} · ${escapeHtml(endpoint.format)} format · <a href="${escapeHtml(input.temporalUrl)}">failing deliveries in the Temporal UI</a></p>
<h2>Deliveries</h2>
${
  deliveries
    ? `<table><thead><tr><th scope="col">Event</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col"></th></tr></thead><tbody>${deliveries}</tbody></table>`
    : '<p class="empty">Nothing delivered to this endpoint yet.</p>'
}`,
  );
}
