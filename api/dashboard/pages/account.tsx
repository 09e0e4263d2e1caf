/** Dashboard pages of the account: sign-in, credits with the top-up form, the ledger, the outbox. */
import type { VNode } from 'preact';
import type { CreditBalance } from '../../../workflows/definitions';
import { CsrfField, Pager, Table, Toolbar, framed, renderDashboardPage, when, type Frame } from './frame';
import { ErrorSummary, Field, FormKeyField, fieldAttributes, type FieldSpec, type FormState, Notice } from './form-parts';

export function renderLoginPage({ next, email, error }: { next: string; email?: string; error?: string }): string {
  return renderDashboardPage(
    'Sign in',
    <main>
      <form class="card login" method="post" action="/dashboard/login">
        <h1>Sign in to the dashboard</h1>
        {error && (
          <p class="alert" role="alert">
            {error}
          </p>
        )}
        <input type="hidden" name="next" value={next} />
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required value={email ?? ''} />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">Sign in</button>
        <p>
          <a href="/dashboard/password-reset">Forgot your password?</a>
        </p>
      </form>
    </main>,
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

function Figure({ label, value }: { label: string; value: number }): VNode {
  return (
    <div class="card figure">
      <div class="label">{label}</div>
      <div class="value">{value}</div>
    </div>
  );
}

/** The credits page (admins): the figures, the top-up form (`topUp`), the decision policy and the latest ledger entries. */
export function renderHomePage(
  input: Frame & {
    credits: CreditBalance;
    ledger: LedgerRow[];
    moreLedger: boolean;
    temporalUrl: string;
    notice?: string;
    topUp: FormState<TopUpFormValues>;
    autoDecisions: AutoDecisions;
  },
): string {
  return framed(
    input,
    '/dashboard/credits',
    'Credits',
    <>
      <h1>Credits</h1>
      <Notice text={input.notice} />
      <ErrorSummary message={input.topUp.message} errors={input.topUp.errors} fields={TOP_UP_FIELDS} />
      <div class="figures">
        <Figure label="Balance" value={input.credits.balance} />
        <Figure label="Reserved by open sessions" value={input.credits.reserved} />
        <Figure label="Available" value={input.credits.available} />
      </div>
      <TopUpForm csrfToken={input.csrfToken} form={input.topUp} />
      <AutoDecisionsSection policy={input.autoDecisions} csrfToken={input.csrfToken} />
      <h2>Latest ledger entries</h2>
      <LedgerTable ledger={input.ledger} />
      <Pager href={input.moreLedger ? '/dashboard/ledger' : null} label="The whole ledger" />
      <p>
        <a href="/dashboard/credits.csv" download>
          Download the whole ledger as CSV
        </a>
      </p>
      <h2>Workflows</h2>
      <p>
        <a href={input.temporalUrl}>Every link, session and delivery of this account in the Temporal UI</a>
      </p>
    </>,
  );
}

export interface AutoDecisions {
  autoApprove: boolean;
  autoDeny: boolean;
}

/** The account's decision policy: what the verification engine may decide alone, and the form that switches it. */
function AutoDecisionsSection({ policy, csrfToken }: { policy: AutoDecisions; csrfToken: string }): VNode {
  const state = (on: boolean) => (on ? 'on' : 'off: those sessions go to review');
  const box = (name: 'autoApprove' | 'autoDeny', label: string) => (
    <div>
      <input id={`policy-${name}`} name={name} type="checkbox" checked={policy[name]} /> <label for={`policy-${name}`}>{label}</label>
    </div>
  );
  return (
    <>
      <h2>Automatic decisions</h2>
      <p>
        Automatic approval is {state(policy.autoApprove)}. Automatic denial (expired document, confident face mismatch) is {state(policy.autoDeny)}. A link
        or session may switch automatic approval off for itself.
      </p>
      <form class="card" method="post" action="/dashboard/auto-decisions">
        <CsrfField token={csrfToken} />
        {box('autoApprove', 'Approve automatically when every check passed with margin')}
        {box('autoDeny', 'Deny automatically on clear failures')}
        <div class="actions">
          <button type="submit">Save</button>
          <span class="hint">Unticked: the engine's findings are shown to a reviewer, who decides.</span>
        </div>
      </form>
    </>
  );
}

function TopUpForm({ csrfToken, form }: { csrfToken: string; form: FormState<TopUpFormValues> }): VNode {
  const { values, errors = {} } = form;
  const f = TOP_UP_FIELDS;
  return (
    <>
      <h2>Add credits</h2>
      <form class="card" method="post" action="/dashboard/top-up" novalidate>
        <CsrfField token={csrfToken} />
        <FormKeyField formKey={form.formKey} />
        <div class="form-grid">
          <Field field={f.amount} hint="A whole number from 1 to 10,000,000." error={errors.amount}>
            <input
              id={f.amount.id}
              name="amount"
              type="number"
              inputmode="numeric"
              min={1}
              max={10000000}
              step={1}
              required
              value={values.amount}
              {...fieldAttributes(f.amount, errors.amount)}
            />
          </Field>
          <Field field={f.reason} label={`${f.reason.label} (optional)`} hint="Kept in the ledger, e.g. an invoice number." error={errors.reason}>
            <input id={f.reason.id} name="reason" type="text" maxlength={200} value={values.reason} {...fieldAttributes(f.reason, errors.reason)} />
          </Field>
        </div>
        <div class="actions">
          <button type="submit">Add credits</button>
          <span class="hint">Pressing twice adds the credits once.</span>
        </div>
      </form>
    </>
  );
}

export function renderLedgerPage(input: Frame & { ledger: LedgerRow[]; nextPage: string | null }): string {
  return framed(
    input,
    '/dashboard/credits',
    'Ledger',
    <>
      <Toolbar heading="Ledger">
        <a class="button quiet" href="/dashboard/credits.csv" download>
          Download CSV
        </a>
        <a class="button quiet" href="/dashboard/credits">
          Back to credits
        </a>
      </Toolbar>
      <p>Every change to the credits, newest first: top-ups, credits reserved by sessions, then charged or released.</p>
      <LedgerTable ledger={input.ledger} />
      <Pager href={input.nextPage} label="Older entries" />
    </>,
  );
}

function LedgerTable({ ledger }: { ledger: LedgerRow[] }): VNode {
  return (
    <Table
      headers={['When', 'Type', 'Amount', 'Session', 'Reason']}
      rows={ledger.map((entry) => (
        <tr>
          <td>{when(entry.at)}</td>
          <td>{entry.type}</td>
          <td>{entry.amount}</td>
          <td>{entry.sessionId ? <a href={`/dashboard/sessions/${entry.sessionId}`}>{entry.sessionId}</a> : '—'}</td>
          <td>{entry.reason ?? ''}</td>
        </tr>
      ))}
      empty="No credit movements yet. Credits added, and credits each session reserves and is charged, appear here."
    />
  );
}

export interface OutboxRow {
  channel: string;
  kind: string;
  to: string | null;
  subject: string | null;
  text: string | null;
  /** null for the dashboard's own emails to operators (invitations, password resets). */
  sessionId: string | null;
  createdAt: Date;
}

export function renderOutboxPage(input: Frame & { messages: OutboxRow[] }): string {
  return framed(
    input,
    '/dashboard/outbox',
    'Outbox',
    <>
      <h1>Outbox</h1>
      <p>
        No email or SMS provider is configured for these messages: they were kept here and <strong>not sent</strong>.
      </p>
      {input.messages.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Message</th>
              <th scope="col">To</th>
              <th scope="col">Content</th>
              <th scope="col">Session</th>
            </tr>
          </thead>
          <tbody>
            {input.messages.map((message) => (
              <tr>
                <td>{when(message.createdAt)}</td>
                <td>
                  {message.channel} · {message.kind}
                </td>
                <td>{message.to ?? '—'}</td>
                <td>
                  {message.subject ?? ''}
                  <br />
                  <small>{message.text ?? ''}</small>
                </td>
                <td>{message.sessionId ? <a href={`/dashboard/sessions/${message.sessionId}`}>{message.sessionId}</a> : 'To an operator'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="empty">The outbox is empty: messages are kept here only when no email or SMS provider is configured for them.</p>
      )}
    </>,
  );
}
