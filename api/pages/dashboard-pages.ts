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

export function renderHomePage(input: {
  email: string;
  accountName: string;
  credits: CreditBalance;
  ledger: LedgerRow[];
  csrfToken: string;
  temporalUrl: string;
}): string {
  const figure = (label: string, value: number) => `<div class="card figure"><div class="label">${label}</div><div class="value">${value}</div></div>`;
  const rows = input.ledger
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.at.toISOString().replace('T', ' ').slice(0, 16))} UTC</td><td>${escapeHtml(entry.type)}</td><td>${entry.amount}</td><td>${escapeHtml(entry.sessionId ?? '—')}</td></tr>`,
    )
    .join('');
  return page(
    input.accountName,
    `<header><span class="brand">Magic Link · ${escapeHtml(input.accountName)}</span>
<form method="post" action="/dashboard/logout"><input type="hidden" name="_csrf" value="${escapeHtml(input.csrfToken)}"><span>${escapeHtml(input.email)}</span> <button class="quiet" type="submit">Sign out</button></form></header>
<main>
<h1>Credits</h1>
<div class="figures">${figure('Balance', input.credits.balance)}${figure('Reserved by open sessions', input.credits.reserved)}${figure('Available', input.credits.available)}</div>
<h2>Latest ledger entries</h2>
${
  rows
    ? `<table><thead><tr><th scope="col">When</th><th scope="col">Type</th><th scope="col">Amount</th><th scope="col">Session</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No credit movements yet.</p>'
}
<h2>Workflows</h2>
<p><a href="${escapeHtml(input.temporalUrl)}">Every link, session and delivery of this account in the Temporal UI</a></p>
</main>`,
  );
}
