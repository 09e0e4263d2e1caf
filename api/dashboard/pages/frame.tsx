/**
 * The dashboard's frame inside the page shell: the signed-in header with the sections, and the small parts every
 * section's page uses.
 */
import type { ComponentChildren, VNode } from 'preact';
import type { OperatorRole } from '@prisma/client';
import { PageShell, renderPage } from '../../html/shell';
import { mayVisit } from '../../../lib/operator-roles';

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:#f4f6fa;color:#1b2130;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{display:flex;align-items:center;justify-content:space-between;gap:16px;padding:14px 24px;background:#fff;border-bottom:1px solid #e1e6ef}
header .brand{font-weight:700;letter-spacing:-.01em}
header form{margin:0}
header nav{display:flex;gap:16px;margin-right:auto;margin-left:24px}
header a[aria-current]{font-weight:700;color:#1b2130;text-decoration:none}
.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:end;margin-bottom:16px}
.filters label{margin:0 0 4px;font-size:.8125rem}
select,input[type=text],input[type=date],textarea{padding:9px 10px;border:1px solid #c5cdd9;border-radius:10px;font:inherit;background:#fff}
textarea{width:100%;min-height:70px}
.status{display:inline-block;padding:2px 9px;border-radius:999px;background:#eef1f6;font-size:.8125rem;font-weight:600}
.images{display:flex;flex-wrap:wrap;gap:14px}
.images figure{margin:0}
.images img{display:block;max-width:280px;max-height:220px;border-radius:10px;border:1px solid #e1e6ef}
.images figcaption{font-size:.8125rem;color:#4a5466;margin-top:4px}
.images a:hover img{border-color:#1d4ed8}
.images .image-frame{display:block;width:fit-content;overflow:hidden;border-radius:10px}
.image-tools{display:flex;gap:6px;margin-top:6px}
.image-tools button{min-width:36px;min-height:32px;padding:4px 10px;background:#eef1f6;color:#1b2130;font-weight:600}
.replaced{margin-top:14px}
.excerpt pre{margin:6px 0;padding:10px;max-height:320px;overflow:auto;border-radius:8px;background:#f1f5f9;color:#0f172a;font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;overflow-wrap:anywhere}
.excerpt summary{cursor:pointer}
.replaced summary{cursor:pointer;color:#4a5466}
.replaced img{opacity:.75}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 18px;margin:0}
dt{color:#4a5466}
dd{margin:0}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:16px}
fieldset{border:0;padding:0;margin:0 0 10px}
legend{font-weight:600;margin-bottom:6px}
.pager{margin-top:14px}
main{max-width:1320px;margin:0 auto;padding:28px 24px}
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
button{white-space:nowrap;padding:10px 16px;border:0;border-radius:10px;background:#1d4ed8;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button.quiet{background:#eef1f6;color:#1b2130}
.login button{width:100%;margin-top:20px;padding:12px}
/* Two-factor sign-in: the code field reads like the code; the QR code and the recovery codes stand apart. */
input[name=code]{width:100%;max-width:320px;padding:11px 12px;border:1px solid #c5cdd9;border-radius:10px;font:16px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;letter-spacing:.08em}
img.qr{display:block;margin:8px 0;background:#fff}
.totp-secret{word-break:break-all;font-size:.9375rem}
.recovery-codes{columns:2;max-width:520px;font-size:1rem;line-height:2}
.two-factor-cards{display:grid;gap:14px}
.alert{margin:0 0 14px;padding:10px 12px;border-radius:10px;background:#fdeee0;color:#7a3200}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.skip{position:absolute;left:-999px;top:8px;padding:8px 12px;background:#fff;border-radius:8px;z-index:10}
.skip:focus{left:8px}
main:focus{outline:none}
/* Ids and URLs are long words: they wrap rather than widen the page on phones. */
h1,p,dd,label{overflow-wrap:anywhere}
.who{display:inline-block;vertical-align:middle;color:#4a5466;max-width:240px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
header form{display:flex;align-items:center;gap:10px}
header nav a{white-space:nowrap}
header nav .count{display:inline-block;min-width:1.6em;padding:0 6px;border-radius:999px;background:#fff4d6;color:#6b4100;font-size:.8125rem;font-weight:700;text-align:center}
.queue td{vertical-align:top}
.age{font-variant-numeric:tabular-nums;white-space:nowrap}
.tags{display:flex;flex-wrap:wrap;gap:4px}
.tag{display:inline-block;padding:1px 8px;border-radius:999px;background:#eef1f6;font-size:.8125rem}
.tag.fraud{background:#fdecec;color:#8a1c1c}
kbd{padding:1px 6px;border:1px solid #c5cdd9;border-bottom-width:2px;border-radius:6px;background:#fff;font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
header nav{flex-wrap:wrap}
.table-wrap{overflow-x:auto;border-radius:14px}
.toolbar{display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between;margin-bottom:16px}
.toolbar h1{margin:0}
a.button{display:inline-block;padding:10px 16px;border-radius:10px;background:#1d4ed8;color:#fff;font-weight:600;text-decoration:none}
a.button.quiet{background:#eef1f6;color:#1b2130}
button.danger{background:#b42318}
button:disabled,button[aria-busy=true]{opacity:.6;cursor:progress}
.form-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:4px 18px}
.form-grid .wide{grid-column:1/-1}
.hint{display:block;color:#4a5466;font-size:.8125rem;font-weight:400;margin-top:4px}
input[type=number],input[type=url],input[type=datetime-local],input[type=tel]{padding:9px 10px;border:1px solid #c5cdd9;border-radius:10px;font:inherit;background:#fff}
.form-grid input,.form-grid select{width:100%}
.field-error{color:#8a1c1c;font-size:.8125rem;margin-top:4px}
[aria-invalid=true]{border-color:#b42318!important}
.notice{margin:0 0 14px;padding:10px 12px;border-radius:10px;background:#e7f6ec;color:#14532d}
.copy-row{display:flex;gap:8px}
.copy-row input{flex:1;min-width:0}
.confirm{border:1px solid #f3c1c1;background:#fff7f7}
.actions{display:flex;flex-wrap:wrap;gap:10px;align-items:center}
.actions form{margin:0}
.chart svg{width:100%;height:auto;display:block}
.legend{display:flex;flex-wrap:wrap;gap:12px;font-size:.8125rem;color:#4a5466;margin-top:8px}
.legend span::before{content:"";display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;background:var(--c)}
.status[data-status=APPROVED],.status[data-status=DELIVERED],.status[data-status=ENABLED]{background:#dcfce7;color:#14532d}
.status[data-status=DENIED],.status[data-status=FAILED],.status[data-status=DISABLED]{background:#fdecec;color:#8a1c1c}
.status[data-status=SUSPECTED],.status[data-status=REVIEWING],.status[data-status=PENDING]{background:#fff4d6;color:#6b4100}
.live{font-size:.8125rem;color:#4a5466}
@media (max-width:720px){header{flex-wrap:wrap;padding:12px 16px}.who{display:none}header nav{order:3;width:100%;margin:4px 0 0;overflow-x:auto}main{padding:20px 14px}th,td{padding:8px 10px}}
/* sections */
.card>h2:first-child{margin-top:0}
.choice{display:flex;gap:8px;align-items:baseline;margin:6px 0}
.choice input{width:auto}
.choice label{display:inline;margin:0}
.choice .hint{display:inline;margin:0}
.form-actions{margin-top:18px}
figure.chart{margin:0}
.alert p{margin:0}
.alert ul{margin:6px 0 0;padding-left:20px}
.alert a{color:inherit}
/* A one-time secret: dark monospace text on a pale field (input[type=text] would otherwise win the background). */
input.secret{width:100%;padding:12px;border:1px solid #94a3b8;border-radius:10px;background:#f8fafc;color:#0f172a;font:14px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
.checks{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:0 16px}
.checks label{display:flex;gap:8px;align-items:center;margin:4px 0;font-weight:400}
.checks input{width:auto}
.card .actions{margin-top:16px}
.grid2.roomy{grid-template-columns:repeat(auto-fit,minmax(min(400px,100%),1fr))}
.grid2 .wide{grid-column:1/-1}
dl.facts{grid-template-columns:max-content minmax(0,1fr)}
/* Session ids are 33 characters: set small and monospaced, so a list keeps room for its other columns. */
td.id-cell{font:.8125rem/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:nowrap}
.facts dd{overflow-wrap:anywhere}
/* Emails and details (an invited email, say) wrap anywhere, so the audit table fits the page instead of scrolling. */
td.wraps{overflow-wrap:anywhere}
.role-form{display:flex;gap:8px;align-items:center;margin:0}
.role-form button{padding:8px 12px}
/* Read by screen readers, not shown: a label a table row's context already gives to the eye. */
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** A dashboard document in English; `scripts` are same-origin script URLs. */
export function renderDashboardPage(title: string, body: ComponentChildren, options: { scripts?: readonly string[] } = {}): string {
  return renderPage(
    <PageShell language="en" title={`${title} · Magic Link dashboard`} stylesheet={STYLE} scripts={options.scripts}>
      {body}
    </PageShell>,
  );
}

export interface Frame {
  email: string;
  accountName: string;
  csrfToken: string;
  /** What the operator may do (lib/operator-roles.ts): the navigation leaves out sections they can't open. */
  role: OperatorRole;
  /** Sessions waiting for review, shown beside the queue in the navigation; null when not counted. */
  reviewCount?: number | null;
}

const SECTIONS = [
  ['/dashboard', 'Review queue'],
  ['/dashboard/credits', 'Credits'],
  ['/dashboard/links', 'Links'],
  ['/dashboard/sessions', 'Sessions'],
  ['/dashboard/webhooks', 'Webhooks'],
  ['/dashboard/outbox', 'Outbox'],
  ['/dashboard/api-keys', 'API keys'],
  ['/dashboard/branding', 'Branding'],
  ['/dashboard/reports', 'Reports'],
  ['/dashboard/audit', 'Audit'],
  ['/dashboard/team', 'Team'],
] as const;

/** The signed-in frame: the account, the sections, the operator and the sign-out form. */
export function framed(frame: Frame, current: string, title: string, main: ComponentChildren, options: { scripts?: readonly string[] } = {}): string {
  return renderDashboardPage(
    title,
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span class="brand">Magic Link · {frame.accountName}</span>
        <nav aria-label="Sections">
          {SECTIONS.filter(([href]) => mayVisit(frame.role, href)).map(([href, label]) => (
            <a href={href} aria-current={href === current ? 'page' : undefined}>
              {label}
              {href === '/dashboard' && typeof frame.reviewCount === 'number' && (
                <>
                  {' '}
                  <span class="count" data-review-count>
                    {frame.reviewCount}
                  </span>
                </>
              )}
            </a>
          ))}
        </nav>
        <a href="/dashboard/me/two-factor" aria-current={current === '/dashboard/me/two-factor' ? 'page' : undefined}>
          Two-factor
        </a>
        <form method="post" action="/dashboard/logout">
          <CsrfField token={frame.csrfToken} />
          <a class="who" href="/dashboard/password" title="Your account: change your password">
            {frame.email}
          </a>{' '}
          <button class="quiet" type="submit">Sign out</button>
        </form>
      </header>
      <main id="main" tabindex={-1}>
        {main}
      </main>
    </>,
    { scripts: ['/assets/dashboard.js', ...(options.scripts ?? [])] },
  );
}

/** The 403 page: what the operator tried to open is reserved to another role. */
export function renderForbiddenPage(frame: Frame, roleLabel: string): string {
  return framed(
    frame,
    '',
    'Not available to your role',
    <>
      <h1>Not available to your role</h1>
      <p>
        You are signed in as a <strong>{roleLabel.toLowerCase()}</strong>, and this part of the dashboard is for other roles. An admin of this account can
        change your role on the Team page.
      </p>
      <p>
        <a href="/dashboard">Back to the review queue</a>
      </p>
    </>,
  );
}

/** A value for a definition list: lists joined, nothing as a dash. */
export function display(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ') || '—';
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A moment in UTC as text, to the minute or (on timelines, where webhook attempts follow each other closely) the second. */
export const utcText = (date: Date, precision: 'minute' | 'second' = 'minute') =>
  `${date.toISOString().replace('T', ' ').slice(0, precision === 'minute' ? 16 : 19)} UTC`;

/**
 * A moment as a `<time>`: written in UTC, which dashboard.js rewrites into the operator's own time zone, keeping UTC in
 * the title (shown on hover). Without scripts it stays in UTC.
 */
export function Moment({ date, precision = 'minute' }: { date: Date; precision?: 'minute' | 'second' }): VNode {
  const utc = utcText(date, precision);
  return (
    <time datetime={date.toISOString()} title={utc} data-local={precision}>
      {utc}
    </time>
  );
}

export const when = (date: Date | null) => (date ? <Moment date={date} /> : '—');

export const exactly = (date: Date) => <Moment date={date} precision="second" />;

export interface AttemptRow {
  series: number;
  number: number;
  at: Date;
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
  /** The start of the receiver's response body, as stored by the delivery. */
  responseSnippet: string | null;
}

/** One webhook delivery attempt as a list item: when, which, the receiver's answer and how long it took. */
export function AttemptItem({ attempt }: { attempt: AttemptRow }): VNode {
  const series = attempt.series > 1 ? `series ${attempt.series} ` : '';
  const answer = attempt.httpStatus === null ? 'no answer' : `HTTP ${attempt.httpStatus}`;
  return (
    <li>
      {exactly(attempt.at)}
      {` · ${series}attempt ${attempt.number} · ${answer} · ${attempt.durationMs} ms`}
      {attempt.error && ` · ${attempt.error}`}
      {attempt.responseSnippet && (
        <details class="excerpt">
          <summary>Response body (start)</summary>
          <pre>{attempt.responseSnippet}</pre>
        </details>
      )}
    </li>
  );
}

/** The hidden field every state-changing form carries. */
export function CsrfField({ token }: { token: string }): VNode {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A table of rows, or the empty state when there are none; wide tables scroll on phones. */
export function Table({ headers, rows, empty }: { headers: readonly string[]; rows: readonly VNode[]; empty: ComponentChildren }): VNode {
  if (rows.length === 0) return <p class="empty">{empty}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {headers.map((header) => (
              <th scope="col">{header}</th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}

/** The link to the next page of a list, when there is one. */
export function Pager({ href, label }: { href: string | null; label: string }): VNode | null {
  if (!href) return null;
  return (
    <p class="pager">
      <a href={href}>{label}</a>
    </p>
  );
}

/** A page's heading with its main actions beside it. */
export function Toolbar({ heading, children }: { heading: ComponentChildren; children: ComponentChildren }): VNode {
  return (
    <div class="toolbar">
      <h1>{heading}</h1>
      {children}
    </div>
  );
}

/** A status pill; `data-status` colours it. */
export function StatusPill({ status }: { status: string }): VNode {
  return (
    <span class="status" data-status={status}>
      {status}
    </span>
  );
}
