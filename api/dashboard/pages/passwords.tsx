/** Password pages: the signed-in change (current password needed), and the emailed reset for a forgotten one. */
import { CsrfField, framed, type Frame } from './frame';
import { ErrorSummary, FieldError, fieldAttributes, type FieldErrors, type FieldSpec, Notice } from './form-parts';
import { NEW_PASSWORD_FIELDS, NewPasswordFields, renderPublicCard } from './team';

const CHANGE_FIELDS = {
  current: { id: 'current-password', label: 'Current password' },
  ...NEW_PASSWORD_FIELDS,
} as const satisfies Record<string, FieldSpec>;

export function renderChangePasswordPage(input: Frame & { roleLabel: string; errors?: FieldErrors; message?: string; notice?: string }): string {
  const errors = input.errors ?? {};
  return framed(
    input,
    '',
    'Your password',
    <>
      <h1>Your password</h1>
      <Notice text={input.notice} />
      <p>
        You sign in as <strong>{input.email}</strong>, {input.roleLabel.toLowerCase()} of this account. Changing the password signs you out everywhere
        else.
      </p>
      <ErrorSummary message={input.message} errors={errors} fields={CHANGE_FIELDS} />
      <form class="card" method="post" action="/dashboard/password" novalidate>
        <CsrfField token={input.csrfToken} />
        <label for={CHANGE_FIELDS.current.id}>{CHANGE_FIELDS.current.label}</label>
        <input id={CHANGE_FIELDS.current.id} name="current" type="password" autocomplete="current-password" required {...fieldAttributes(CHANGE_FIELDS.current, errors.current)} />
        <FieldError field={CHANGE_FIELDS.current} error={errors.current} />
        <NewPasswordFields errors={errors} />
        <div class="form-actions">
          <button type="submit">Change the password</button>
        </div>
      </form>
    </>,
  );
}

export function renderResetRequestPage(input: { email?: string; error?: string; sent?: boolean }): string {
  return renderPublicCard(
    'Reset your password',
    input.sent ? (
      <>
        <h1>Check your email</h1>
        <p class="notice" role="status">
          If {input.email ? <strong>{input.email}</strong> : 'that address'} signs in to a dashboard, a link to choose a new password is on its way. It
          works once, within an hour.
        </p>
        <p>
          <a href="/dashboard/login">Back to sign-in</a>
        </p>
      </>
    ) : (
      <form method="post" action="/dashboard/password-reset" novalidate>
        <h1>Reset your password</h1>
        {input.error && (
          <p class="alert" role="alert">
            {input.error}
          </p>
        )}
        <p>Enter the email you sign in with; we send a link to choose a new password.</p>
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required value={input.email ?? ''} />
        <button type="submit">Send the link</button>
        <p>
          <a href="/dashboard/login">Back to sign-in</a>
        </p>
      </form>
    ),
  );
}

export function renderNewPasswordPage(input: { token: string; errors?: FieldErrors; message?: string }): string {
  const errors = input.errors ?? {};
  return renderPublicCard(
    'Choose a new password',
    <form method="post" action="/dashboard/password-reset/new" novalidate>
      <h1>Choose a new password</h1>
      <ErrorSummary message={input.message} errors={errors} fields={NEW_PASSWORD_FIELDS} />
      <input type="hidden" name="token" value={input.token} />
      <NewPasswordFields errors={errors} />
      <button type="submit">Save and sign in</button>
    </form>,
  );
}
