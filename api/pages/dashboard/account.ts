/** Dashboard pages of the account: sign-in, credits and ledger, the outbox. */
import escapeHtml from 'escape-html';
import type { CreditBalance } from '../../../workflows/definitions';
import { framed, page, when, type Frame } from './frame';

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
