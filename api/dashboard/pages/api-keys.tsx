/**
 * Dashboard pages of API keys (admins only, lib/operator-roles.ts): the list, the new-key form, the page
 * that shows a new key's secret once, and the confirmation before revoking.
 */
import type { VNode } from 'preact';
import { CsrfField, Pager, Table, framed, when, type Frame } from './frame';
import { CopyField, ErrorSummary, Field, FormKeyField, ShownOnceSecret, fieldAttributes, type FieldSpec, type FormState, Notice } from './form-parts';

export interface ApiKeyRow {
  id: string;
  name: string;
  role: string;
  secretPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiKeyFormValues {
  name: string;
  role: string;
}

const API_KEY_FIELDS = {
  name: { id: 'key-name', label: 'Name', hintId: 'key-name-hint' },
  role: { id: 'key-role', label: 'Role', hintId: 'key-role-hint' },
} as const satisfies Record<keyof ApiKeyFormValues, FieldSpec>;

function KeyRow({ apiKey }: { apiKey: ApiKeyRow }): VNode {
  return (
    <tr>
      <td>
        {apiKey.name}
        <br />
        <small>{apiKey.id}</small>
      </td>
      <td>{apiKey.role}</td>
      <td>
        <code>{apiKey.secretPrefix}…</code>
      </td>
      <td>{when(apiKey.createdAt)}</td>
      <td>{apiKey.lastUsedAt ? when(apiKey.lastUsedAt) : 'Never'}</td>
      <td>
        {apiKey.revokedAt ? (
          <>
            <span class="status" data-status="DISABLED">
              Revoked
            </span>{' '}
            {when(apiKey.revokedAt)}
          </>
        ) : (
          <span class="status">Active</span>
        )}
      </td>
      <td>{!apiKey.revokedAt && <a href={`/dashboard/api-keys/${apiKey.id}/revoke`}>Revoke…</a>}</td>
    </tr>
  );
}

function CreateForm({ csrfToken, form }: { csrfToken: string; form: FormState<ApiKeyFormValues> }): VNode {
  const { values, errors = {} } = form;
  const f = API_KEY_FIELDS;
  const option = (value: string, label: string) => (
    <option value={value} selected={values.role === value}>
      {label}
    </option>
  );
  return (
    <>
      <h2>New API key</h2>
      <form class="card" method="post" action="/dashboard/api-keys" novalidate>
        <CsrfField token={csrfToken} />
        <FormKeyField formKey={form.formKey} />
        <div class="form-grid">
          <Field field={f.name} hint="Who or what uses it, e.g. “CRM integration”." error={errors.name}>
            <input id={f.name.id} name="name" type="text" required maxlength={100} value={values.name} {...fieldAttributes(f.name, errors.name)} />
          </Field>
          <Field field={f.role} hint="Standard keys create links and sessions and read results; admin keys can also manage keys and credits." error={errors.role}>
            <select id={f.role.id} name="role" {...fieldAttributes(f.role, errors.role)}>
              {option('STANDARD', 'Standard')}
              {option('ADMIN', 'Admin')}
            </select>
          </Field>
        </div>
        <div class="actions">
          <button type="submit">Create API key</button>
        </div>
      </form>
    </>
  );
}

export function renderApiKeysPage(
  input: Frame & { keys: ApiKeyRow[]; nextPage: string | null; notice?: string; alert?: string; form: FormState<ApiKeyFormValues> },
): string {
  return framed(
    input,
    '/dashboard/api-keys',
    'API keys',
    <>
      <h1>API keys</h1>
      <Notice text={input.notice} />
      <ErrorSummary message={input.alert ?? input.form.message} errors={input.form.errors} fields={API_KEY_FIELDS} />
      <p>
        Integrations call the API with HTTP Basic auth: the key id as the user name, its secret as the password. Admin keys may also manage API keys
        and add credits.
      </p>
      <Table
        headers={['Name · key id', 'Role', 'Secret starts', 'Created', 'Last used', 'Status', '']}
        rows={input.keys.map((apiKey) => (
          <KeyRow apiKey={apiKey} />
        ))}
        empty="No API keys yet."
      />
      <Pager href={input.nextPage} label="Older keys" />
      <CreateForm csrfToken={input.csrfToken} form={input.form} />
    </>,
  );
}

export function renderApiKeyCreatedPage(input: Frame & { key: ApiKeyRow; secret: string }): string {
  const { key } = input;
  return framed(
    input,
    '/dashboard/api-keys',
    'API key created',
    <>
      <h1>API key created</h1>
      <div class="card">
        <p>
          <strong>{key.name}</strong> · {key.role}
        </p>
        <label for="key-id">Key id (the user name)</label>
        <CopyField id="key-id" value={key.id} />
        <ShownOnceSecret id="key-secret" label="Secret (the password)" secret={input.secret} use="Only its hash is stored: if it is lost, revoke the key and create another." />
        <div class="actions">
          <a class="button" href="/dashboard/api-keys">
            Back to API keys
          </a>
        </div>
      </div>
    </>,
  );
}

export function renderRevokeApiKeyPage(input: Frame & { key: ApiKeyRow }): string {
  const { key } = input;
  return framed(
    input,
    '/dashboard/api-keys',
    'Revoke API key',
    <>
      <h1>Revoke an API key</h1>
      <div class="card confirm">
        <p>
          Revoke <strong>{key.name}</strong> ({key.role}, <code>{key.secretPrefix}…</code>)? Every call made with it is refused from then on, at once. This
          cannot be undone.
        </p>
        <form method="post" action={`/dashboard/api-keys/${key.id}/revoke`}>
          <CsrfField token={input.csrfToken} />
          <div class="actions">
            <button class="danger" type="submit">
              Revoke key
            </button>
            <a href="/dashboard/api-keys">Cancel</a>
          </div>
        </form>
      </div>
    </>,
  );
}
