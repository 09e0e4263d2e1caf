/**
 * The team page (admins): members with their role and last sign-in, open invitations, the invitation form, role
 * changes and removal; and the public page where an invited person chooses a password.
 */
import type { OperatorRole } from '@prisma/client';
import type { VNode } from 'preact';
import { OPERATOR_ROLES, ROLE_LABELS } from '../../../lib/operator-roles';
import { PASSWORD_MIN_LENGTH } from '../../../services/schemas/operators';
import { CsrfField, Table, framed, renderDashboardPage, when, type Frame } from './frame';
import { ErrorSummary, Field, FieldError, fieldAttributes, type FieldErrors, type FieldSpec, Notice } from './form-parts';

export interface MemberRow {
  id: string;
  email: string;
  role: OperatorRole;
  lastSignInAt: Date | null;
  createdAt: Date;
}

export interface InvitationRow {
  id: string;
  email: string;
  role: OperatorRole;
  createdAt: Date;
  expiresAt: Date;
}

export interface InvitationFormState {
  values: { email: string; role: string };
  errors?: FieldErrors;
  message?: string;
}

const INVITE_FIELDS = {
  email: { id: 'invite-email', label: 'Email' },
  role: { id: 'invite-role', label: 'Role', hintId: 'invite-role-hint' },
} as const satisfies Record<string, FieldSpec>;

const ROLE_HINT = 'Admins manage everything. Reviewers decide sessions but not keys, webhooks, credits or the team. Viewers only look.';

function RoleOptions({ selected }: { selected: string }): VNode {
  return (
    <>
      {OPERATOR_ROLES.map((role) => (
        <option value={role} selected={role === selected}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </>
  );
}

function MemberRowView({ member, self, csrfToken }: { member: MemberRow; self: boolean; csrfToken: string }): VNode {
  const selectId = `role-${member.id}`;
  return (
    <tr data-member={member.email}>
      <td>
        {member.email}
        {self && ' (you)'}
      </td>
      <td>
        <form class="role-form" method="post" action={`/dashboard/team/${member.id}/role`}>
          <CsrfField token={csrfToken} />
          <label class="visually-hidden" for={selectId}>
            Role of {member.email}
          </label>
          <select id={selectId} name="role">
            <RoleOptions selected={member.role} />
          </select>
          <button class="quiet" type="submit">
            Change
          </button>
        </form>
      </td>
      <td>
        <span class="status" data-status="ENABLED">
          Active
        </span>
      </td>
      <td>{member.lastSignInAt ? when(member.lastSignInAt) : 'Never'}</td>
      <td>{!self && <a href={`/dashboard/team/${member.id}/remove`}>Remove…</a>}</td>
    </tr>
  );
}

function InvitationRowView({ invitation }: { invitation: InvitationRow }): VNode {
  return (
    <tr data-invitation={invitation.email}>
      <td>{invitation.email}</td>
      <td>{ROLE_LABELS[invitation.role]}</td>
      <td>
        <span class="status" data-status="PENDING">
          Invited
        </span>
      </td>
      <td>Invited {when(invitation.createdAt)}</td>
      <td>Link valid until {when(invitation.expiresAt)}</td>
    </tr>
  );
}

export function renderTeamPage(
  input: Frame & { userId: string; members: MemberRow[]; invitations: InvitationRow[]; form: InvitationFormState; notice?: string; alert?: string },
): string {
  const { form } = input;
  const errors = form.errors ?? {};
  return framed(
    input,
    '/dashboard/team',
    'Team',
    <>
      <h1>Team</h1>
      <Notice text={input.notice} />
      {input.alert && (
        <p class="alert" role="alert">
          {input.alert}
        </p>
      )}
      <p>{ROLE_HINT}</p>
      <Table
        headers={['Email', 'Role', 'Status', 'Last sign-in', '']}
        rows={[
          ...input.members.map((member) => <MemberRowView member={member} self={member.id === input.userId} csrfToken={input.csrfToken} />),
          ...input.invitations.map((invitation) => <InvitationRowView invitation={invitation} />),
        ]}
        empty="No members."
      />
      <h2 id="invite">Invite a member</h2>
      <ErrorSummary message={form.message} errors={errors} fields={INVITE_FIELDS} />
      <form class="card" method="post" action="/dashboard/team/invitations" novalidate>
        <CsrfField token={input.csrfToken} />
        <div class="form-grid">
          <Field field={INVITE_FIELDS.email} error={errors.email}>
            <input id={INVITE_FIELDS.email.id} name="email" type="email" autocomplete="off" required value={form.values.email} {...fieldAttributes(INVITE_FIELDS.email, errors.email)} />
          </Field>
          <Field field={INVITE_FIELDS.role} hint="What they may do; you can change it later." error={errors.role}>
            <select id={INVITE_FIELDS.role.id} name="role" {...fieldAttributes(INVITE_FIELDS.role, errors.role)}>
              <RoleOptions selected={form.values.role} />
            </select>
          </Field>
        </div>
        <div class="form-actions">
          <button type="submit">Send the invitation</button>
        </div>
      </form>
    </>,
  );
}

export function renderRemoveMemberPage(input: Frame & { member: MemberRow }): string {
  return framed(
    input,
    '/dashboard/team',
    'Remove a member',
    <>
      <h1>Remove {input.member.email}?</h1>
      <div class="card confirm">
        <p>
          They are signed out at once and can no longer sign in. What they did stays in the audit trail. To bring them back, invite them again.
        </p>
        <div class="actions">
          <form method="post" action={`/dashboard/team/${input.member.id}/remove`}>
            <CsrfField token={input.csrfToken} />
            <button class="danger" type="submit">
              Remove {input.member.email}
            </button>
          </form>
          <a class="button quiet" href="/dashboard/team">
            Keep them
          </a>
        </div>
      </div>
    </>,
  );
}

export const NEW_PASSWORD_FIELDS = {
  password: { id: 'new-password', label: 'New password', hintId: 'new-password-hint' },
  confirm: { id: 'confirm-password', label: 'The same password again' },
} as const satisfies Record<string, FieldSpec>;

/** The two new-password inputs every password form shares. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }): VNode {
  const f = NEW_PASSWORD_FIELDS;
  return (
    <>
      <label for={f.password.id}>{f.password.label}</label>
      <input id={f.password.id} name="password" type="password" autocomplete="new-password" required minLength={PASSWORD_MIN_LENGTH} {...fieldAttributes(f.password, errors.password)} />
      <span class="hint" id={f.password.hintId}>
        At least {PASSWORD_MIN_LENGTH} characters; a few unrelated words are easy to remember and hard to guess.
      </span>
      <FieldError field={f.password} error={errors.password} />
      <label for={f.confirm.id}>{f.confirm.label}</label>
      <input id={f.confirm.id} name="confirm" type="password" autocomplete="new-password" required {...fieldAttributes(f.confirm, errors.confirm)} />
      <FieldError field={f.confirm} error={errors.confirm} />
    </>
  );
}

/** A page for someone not signed in (an invitation, a reset): the sign-in page's small card. */
export function renderPublicCard(title: string, body: VNode): string {
  return renderDashboardPage(
    title,
    <main>
      <div class="card login">{body}</div>
    </main>,
  );
}

export function renderAcceptInvitationPage(input: { token: string; email: string; accountName: string; role: OperatorRole; errors?: FieldErrors; message?: string }): string {
  const errors = input.errors ?? {};
  return renderPublicCard(
    'Accept the invitation',
    <form method="post" action="/dashboard/invitation" novalidate>
      <h1>Join {input.accountName}</h1>
      <p>
        You are invited as <strong>{ROLE_LABELS[input.role].toLowerCase()}</strong>. Your sign-in is <strong>{input.email}</strong>; choose its password.
      </p>
      <ErrorSummary message={input.message} errors={errors} fields={NEW_PASSWORD_FIELDS} />
      <input type="hidden" name="token" value={input.token} />
      <NewPasswordFields errors={errors} />
      <button type="submit">Accept and sign in</button>
    </form>,
  );
}

/** A dead link (used, expired, withdrawn): what happened and what to do. */
export function renderDeadLinkPage(title: string, message: string, action?: { href: string; label: string }): string {
  return renderPublicCard(
    title,
    <>
      <h1>{title}</h1>
      <p class="alert" role="alert">
        {message}
      </p>
      {action && (
        <p>
          <a href={action.href}>{action.label}</a>
        </p>
      )}
    </>,
  );
}
