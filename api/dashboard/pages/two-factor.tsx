/**
 * Two-factor sign-in pages: the operator's own settings (set up with a QR code and a confirming code, recovery codes
 * shown once, turn off), the account's requirement for admins, and the sign-in step that asks for a code.
 */
import type { VNode } from 'preact';
import { CsrfField, framed, renderDashboardPage, type Frame } from './frame';
import { ErrorSummary, FieldError, fieldAttributes, type FieldSpec, Notice } from './form-parts';

export type TwoFactorView =
  | { status: 'OFF' }
  | { status: 'PENDING'; qrCode: string; secret: string }
  | { status: 'ON'; recoveryCodesLeft: number };

export interface TwoFactorPage extends Frame {
  view: TwoFactorView;
  /** The account requires a second factor of every operator. */
  required: boolean;
  /** May set the account's requirement (the team permission). */
  mayRequireForTeam: boolean;
  notice?: string;
  /** A refused code, with the form it was entered in. */
  refused?: { form: CodeForm; message: string };
}

type CodeForm = 'confirm' | 'regenerate' | 'disable';

const CODE_FIELDS: Record<CodeForm, FieldSpec> = {
  confirm: { id: 'confirm-code', label: 'Code from the app', hintId: 'confirm-code-hint' },
  regenerate: { id: 'regenerate-code', label: 'Code from the app, or a recovery code', hintId: 'regenerate-code-hint' },
  disable: { id: 'disable-code', label: 'Code from the app, or a recovery code', hintId: 'disable-code-hint' },
};

const PATH = '/dashboard/me/two-factor';

export function renderTwoFactorPage(input: TwoFactorPage): string {
  const { view, refused } = input;
  return framed(
    input,
    PATH,
    'Two-factor sign-in',
    <>
      <h1>Two-factor sign-in</h1>
      <Notice text={input.notice} />
      {refused && <ErrorSummary message={undefined} errors={{ [refused.form]: refused.message }} fields={CODE_FIELDS} />}
      {input.required && view.status !== 'ON' && (
        <p class="alert" role="alert">
          {input.accountName} requires two-factor sign-in of every operator: set it up to go on using the dashboard.
        </p>
      )}
      {view.status === 'OFF' && <SetUpStart csrfToken={input.csrfToken} />}
      {view.status === 'PENDING' && <SetUpConfirm csrfToken={input.csrfToken} view={view} error={refused?.form === 'confirm' ? refused.message : undefined} />}
      {view.status === 'ON' && <TwoFactorOn input={input} view={view} />}
      {input.mayRequireForTeam && <Requirement csrfToken={input.csrfToken} required={input.required} accountName={input.accountName} />}
    </>,
  );
}

function SetUpStart({ csrfToken }: { csrfToken: string }): VNode {
  return (
    <>
      <p>
        Two-factor sign-in is <strong>off</strong>. Once on, signing in takes your password and a six-digit code from an authenticator app on your phone
        (Google Authenticator, Microsoft Authenticator, 1Password, Aegis…), so a stolen password alone does not open the dashboard.
      </p>
      <form class="card" method="post" action={`${PATH}/setup`}>
        <CsrfField token={csrfToken} />
        <button type="submit">Set up two-factor sign-in</button>
      </form>
    </>
  );
}

function SetUpConfirm({ csrfToken, view, error }: { csrfToken: string; view: { qrCode: string; secret: string }; error: string | undefined }): VNode {
  return (
    <div class="card">
      <h2>1. Add this account to your authenticator app</h2>
      <p>Scan the QR code with the app, or type the key below into it (time-based, 6 digits, every 30 seconds).</p>
      <img class="qr" src={view.qrCode} width={224} height={224} alt="QR code holding the key below, for an authenticator app" />
      <p>
        Key: <code class="totp-secret">{view.secret}</code>
      </p>
      <h2>2. Enter the code the app shows</h2>
      <CodeForm action={`${PATH}/confirm`} csrfToken={csrfToken} field={CODE_FIELDS.confirm} hint="Six digits; it changes every 30 seconds." error={error} submit="Turn on two-factor sign-in" />
    </div>
  );
}

function TwoFactorOn({ input, view }: { input: TwoFactorPage; view: { recoveryCodesLeft: number } }): VNode {
  const error = (form: CodeForm) => (input.refused?.form === form ? input.refused.message : undefined);
  return (
    <>
      <p>
        Two-factor sign-in is <strong>on</strong>: signing in takes your password and a code from your authenticator app. {view.recoveryCodesLeft} of 10 recovery
        codes are left.
      </p>
      <div class="two-factor-cards">
        <div class="card">
          <h2>New recovery codes</h2>
          <p>Replaces your recovery codes, used or not: the old ones stop working.</p>
          <CodeForm
            action={`${PATH}/recovery-codes`}
            csrfToken={input.csrfToken}
            field={CODE_FIELDS.regenerate}
            hint="To show it is you."
            error={error('regenerate')}
            submit="Make new recovery codes"
          />
        </div>
        <div class="card">
          <h2>Turn off two-factor sign-in</h2>
          <p>{input.required ? 'This account requires it: you will be asked to set it up again before going on.' : 'Signing in will take only your password.'}</p>
          <CodeForm action={`${PATH}/disable`} csrfToken={input.csrfToken} field={CODE_FIELDS.disable} hint="To show it is you." error={error('disable')} submit="Turn off" />
        </div>
      </div>
    </>
  );
}

function CodeForm({ action, csrfToken, field, hint, error, submit }: { action: string; csrfToken: string; field: FieldSpec; hint: string; error: string | undefined; submit: string }): VNode {
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={csrfToken} />
      <label for={field.id}>{field.label}</label>
      <input id={field.id} name="code" type="text" inputmode="text" autocomplete="one-time-code" spellcheck={false} maxlength={24} required {...fieldAttributes(field, error)} />
      <span class="hint" id={field.hintId}>
        {hint}
      </span>
      <FieldError field={field} error={error} />
      <div class="actions">
        <button type="submit">{submit}</button>
      </div>
    </form>
  );
}

function Requirement({ csrfToken, required, accountName }: { csrfToken: string; required: boolean; accountName: string }): VNode {
  return (
    <>
      <h2>For every operator of {accountName}</h2>
      <form class="card" method="post" action="/dashboard/two-factor-requirement">
        <CsrfField token={csrfToken} />
        <div>
          <input id="require-two-factor" name="required" type="checkbox" checked={required} />{' '}
          <label for="require-two-factor">Require two-factor sign-in of every operator</label>
        </div>
        <div class="actions">
          <button type="submit">Save</button>
          <span class="hint">Operators without it are sent to set it up after signing in, and can do nothing else until they have.</span>
        </div>
      </form>
    </>
  );
}

/** The recovery codes, shown once: after turning two-factor sign-in on, or after making new ones. */
export function renderRecoveryCodesPage(input: Frame & { codes: string[]; heading: string }): string {
  return framed(
    input,
    PATH,
    input.heading,
    <>
      <h1>{input.heading}</h1>
      <p class="notice" role="status">
        <strong>Save these recovery codes now; they will not be shown again.</strong> Each one signs you in once in place of a code from the app, should you
        lose your phone.
      </p>
      <ol class="recovery-codes">
        {input.codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <a href={PATH}>Done: back to two-factor sign-in</a>
      </p>
    </>,
  );
}

const SIGN_IN_CODE: FieldSpec = { id: 'code', label: 'Code from your authenticator app', hintId: 'code-hint' };

/** The sign-in step after a right password: a code from the app, or a recovery code. */
export function renderTwoFactorSignInPage({ error }: { error?: string }): string {
  return renderDashboardPage(
    'Two-factor sign-in',
    <main>
      <form class="card login" method="post" action="/dashboard/login/two-factor" novalidate>
        <h1>Enter your sign-in code</h1>
        {error && (
          <p class="alert" role="alert">
            {error}
          </p>
        )}
        <label for={SIGN_IN_CODE.id}>{SIGN_IN_CODE.label}</label>
        <input id={SIGN_IN_CODE.id} name="code" type="text" inputmode="text" autocomplete="one-time-code" spellcheck={false} maxlength={24} required autofocus aria-describedby={SIGN_IN_CODE.hintId} />
        <span class="hint" id={SIGN_IN_CODE.hintId}>
          Six digits from the app, or one of your recovery codes if you have lost your phone.
        </span>
        <button type="submit">Sign in</button>
        <p>
          <a href="/dashboard/login">Start again</a>
        </p>
      </form>
    </main>,
  );
}
