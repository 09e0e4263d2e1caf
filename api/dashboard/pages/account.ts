/** Dashboard pages of the account: sign-in, credits with the top-up form, the ledger, the outbox. */
import escapeHtml from 'escape-html';
import type { CreditBalance } from '../../../workflows/definitions';
import { csrfField, framed, page, table, when, type Frame } from './frame';
import { errorSummary, fieldAttributes, fieldError, formKeyField, type FieldSpec, type FormState } from './form-parts';

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
  reason: string | null;
  at: Date;
}

export interface TopUpFormValues {
  amount: string;
  reason: string;
}

const TOP_UP_FIELDS = {
  amount: { id: 'topup-amount', label: 'Credits to add', hintId: 'topup-amount-hint' },
  reason: { id: 'topup-reason', label: 'Reason', hintId: 'topup-reason-hint' },
} as const satisfies Record<keyof TopUpFormValues, FieldSpec>;

/** The credits page: the figures, the top-up form for admin operators (`topUp`), and the latest ledger entries. */
export function renderHomePage(
  input: Frame & {
    credits: CreditBalance;
    ledger: LedgerRow[];
    moreLedger: boolean;
    temporalUrl: string;
    notice?: string;
    topUp: FormState<TopUpFormValues> | null;
    autoDecisions: AutoDecisions;
  },
): string {
  const figure = (label: string, value: number) => `<div class="card figure"><div class="label">${label}</div><div class="value">${value}</div></div>`;
  return framed(
    input,
    '/dashboard',
    'Credits',
    `<h1>Credits</h1>
${input.notice ? `<p class="notice" role="status">${escapeHtml(input.notice)}</p>` : ''}
${input.topUp ? errorSummary(input.topUp.message, input.topUp.errors, TOP_UP_FIELDS) : ''}
<div class="figures">${figure('Balance', input.credits.balance)}${figure('Reserved by open sessions', input.credits.reserved)}${figure('Available', input.credits.available)}</div>
${input.topUp ? topUpForm(input.csrfToken, input.topUp) : '<p class="hint">Credits are added by the admin operators of this account.</p>'}
${autoDecisionsSection(input.autoDecisions, input.autoDecisions.editable ? input.csrfToken : null)}
<h2>Latest ledger entries</h2>
${ledgerTable(input.ledger)}
${input.moreLedger ? '<p class="pager"><a href="/dashboard/ledger">The whole ledger</a></p>' : ''}
<h2>Workflows</h2>
<p><a href="${escapeHtml(input.temporalUrl)}">Every link, session and delivery of this account in the Temporal UI</a></p>`,
  );
}

export interface AutoDecisions {
  autoApprove: boolean;
  autoDeny: boolean;
  /** Admin operators may switch them. */
  editable: boolean;
}

/** The account's decision policy: what the verification engine may decide alone; admins switch it (`csrfToken`). */
function autoDecisionsSection(policy: AutoDecisions, csrfToken: string | null): string {
  const state = (on: boolean) => (on ? 'on' : 'off: those sessions go to review');
  const summary = `<p>Automatic approval is ${state(policy.autoApprove)}. Automatic denial (expired document, confident face mismatch) is ${state(policy.autoDeny)}. A link or session may switch automatic approval off for itself.</p>`;
  if (!csrfToken) return `<h2>Automatic decisions</h2>\n${summary}`;
  const box = (name: 'autoApprove' | 'autoDeny', label: string) =>
    `<div><input id="policy-${name}" name="${name}" type="checkbox"${policy[name] ? ' checked' : ''}> <label for="policy-${name}">${label}</label></div>`;
  return `<h2>Automatic decisions</h2>
${summary}
<form class="card" method="post" action="/dashboard/auto-decisions">
${csrfField(csrfToken)}
${box('autoApprove', 'Approve automatically when every check passed with margin')}
${box('autoDeny', 'Deny automatically on clear failures')}
<div class="actions"><button type="submit">Save</button><span class="hint">Unticked: the engine's findings are shown to a reviewer, who decides.</span></div>
</form>`;
}

function topUpForm(csrfToken: string, form: FormState<TopUpFormValues>): string {
  const { values, errors = {} } = form;
  const f = TOP_UP_FIELDS;
  return `<h2>Add credits</h2>
<form class="card" method="post" action="/dashboard/top-up" novalidate>
${csrfField(csrfToken)}${formKeyField(form.formKey)}
<div class="form-grid">
<div><label for="${f.amount.id}">${f.amount.label}</label>
<input id="${f.amount.id}" name="amount" type="number" inputmode="numeric" min="1" max="10000000" step="1" required value="${escapeHtml(values.amount)}"${fieldAttributes(f.amount, errors.amount)}>
<span class="hint" id="${f.amount.hintId}">A whole number from 1 to 10,000,000.</span>
${fieldError(f.amount, errors.amount)}</div>
<div><label for="${f.reason.id}">${f.reason.label} (optional)</label>
<input id="${f.reason.id}" name="reason" type="text" maxlength="200" value="${escapeHtml(values.reason)}"${fieldAttributes(f.reason, errors.reason)}>
<span class="hint" id="${f.reason.hintId}">Kept in the ledger, e.g. an invoice number.</span>
${fieldError(f.reason, errors.reason)}</div>
</div>
<div class="actions"><button type="submit">Add credits</button><span class="hint">Pressing twice adds the credits once.</span></div>
</form>`;
}

export function renderLedgerPage(input: Frame & { ledger: LedgerRow[]; nextPage: string | null }): string {
  return framed(
    input,
    '/dashboard',
    'Ledger',
    `<div class="toolbar"><h1>Ledger</h1><a class="button quiet" href="/dashboard">Back to credits</a></div>
<p>Every change to the credits, newest first: top-ups, credits reserved by sessions, then charged or released.</p>
${ledgerTable(input.ledger)}
${input.nextPage ? `<p class="pager"><a href="${escapeHtml(input.nextPage)}">Older entries</a></p>` : ''}`,
  );
}

function ledgerTable(ledger: LedgerRow[]): string {
  const rows = ledger.map(
    (entry) =>
      `<tr><td>${when(entry.at)}</td><td>${escapeHtml(entry.type)}</td><td>${entry.amount}</td><td>${entry.sessionId ? `<a href="/dashboard/sessions/${escapeHtml(entry.sessionId)}">${escapeHtml(entry.sessionId)}</a>` : '—'}</td><td>${escapeHtml(entry.reason ?? '')}</td></tr>`,
  );
  return table(['When', 'Type', 'Amount', 'Session', 'Reason'], rows, 'No credit movements yet. Credits added, and credits each session reserves and is charged, appear here.');
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
    : '<p class="empty">The outbox is empty: messages are kept here only when no email or SMS provider is configured for them.</p>'
}`,
  );
}
