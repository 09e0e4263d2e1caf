/**
 * Dashboard pages of API keys: the list (read-only for operators who are not admins), the new-key form, the page
 * that shows a new key's secret once, and the confirmation before revoking.
 */
import escapeHtml from 'escape-html';
import { csrfField, framed, table, when, type Frame } from './frame';
import { errorSummary, fieldAttributes, fieldError, formKeyField, shownOnceSecret, type FieldSpec, type FormState } from './form-parts';

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

const HOW_KEYS_WORK =
  '<p>Integrations call the API with HTTP Basic auth: the key id as the user name, its secret as the password. Admin keys may also manage API keys and add credits.</p>';

export function renderApiKeysPage(
  input: Frame & { isAdmin: boolean; keys: ApiKeyRow[]; nextPage: string | null; notice?: string; alert?: string; form: FormState<ApiKeyFormValues> },
): string {
  const { values, errors = {} } = input.form;
  const f = API_KEY_FIELDS;
  const rows = input.keys.map((key) => {
    const revoke = input.isAdmin && !key.revokedAt ? `<a href="/dashboard/api-keys/${escapeHtml(key.id)}/revoke">Revoke…</a>` : '';
    const status = key.revokedAt ? `<span class="status" data-status="DISABLED">Revoked</span> ${when(key.revokedAt)}` : '<span class="status">Active</span>';
    return `<tr><td>${escapeHtml(key.name)}<br><small>${escapeHtml(key.id)}</small></td><td>${escapeHtml(key.role)}</td><td><code>${escapeHtml(key.secretPrefix)}…</code></td><td>${when(key.createdAt)}</td><td>${key.lastUsedAt ? when(key.lastUsedAt) : 'Never'}</td><td>${status}</td><td>${revoke}</td></tr>`;
  });
  const option = (value: string, label: string) => `<option value="${value}"${values.role === value ? ' selected' : ''}>${label}</option>`;
  const createForm = input.isAdmin
    ? `<h2>New API key</h2>
<form class="card" method="post" action="/dashboard/api-keys" novalidate>
${csrfField(input.csrfToken)}${formKeyField(input.form.formKey)}
<div class="form-grid">
<div><label for="${f.name.id}">Name</label>
<input id="${f.name.id}" name="name" type="text" required maxlength="100" value="${escapeHtml(values.name)}"${fieldAttributes(f.name, errors.name)}>
<span class="hint" id="${f.name.hintId}">Who or what uses it, e.g. “CRM integration”.</span>
${fieldError(f.name, errors.name)}</div>
<div><label for="${f.role.id}">Role</label>
<select id="${f.role.id}" name="role"${fieldAttributes(f.role, errors.role)}>${option('STANDARD', 'Standard')}${option('ADMIN', 'Admin')}</select>
<span class="hint" id="${f.role.hintId}">Standard keys create links and sessions and read results; admin keys can also manage keys and credits.</span>
${fieldError(f.role, errors.role)}</div>
</div>
<div class="actions"><button type="submit">Create API key</button></div>
</form>`
    : '<p class="hint">Only admin operators can create or revoke API keys, because a key acts for the whole account; ask an admin of this account.</p>';
  return framed(
    input,
    '/dashboard/api-keys',
    'API keys',
    `<h1>API keys</h1>
${input.notice ? `<p class="notice" role="status">${escapeHtml(input.notice)}</p>` : ''}
${errorSummary(input.alert ?? input.form.message, errors, f)}
${HOW_KEYS_WORK}
${table(['Name · key id', 'Role', 'Secret starts', 'Created', 'Last used', 'Status', ''], rows, 'No API keys yet.')}
${input.nextPage ? `<p class="pager"><a href="${escapeHtml(input.nextPage)}">Older keys</a></p>` : ''}
${createForm}`,
  );
}

export function renderApiKeyCreatedPage(input: Frame & { key: ApiKeyRow; secret: string }): string {
  const { key } = input;
  return framed(
    input,
    '/dashboard/api-keys',
    'API key created',
    `<h1>API key created</h1>
<div class="card">
<p><strong>${escapeHtml(key.name)}</strong> · ${escapeHtml(key.role)}</p>
<label for="key-id">Key id (the user name)</label>
<div class="copy-row"><input id="key-id" type="text" readonly value="${escapeHtml(key.id)}"><button type="button" class="quiet" data-copy="#key-id">Copy</button></div>
${shownOnceSecret('key-secret', 'Secret (the password)', input.secret, 'Only its hash is stored: if it is lost, revoke the key and create another.')}
<div class="actions"><a class="button" href="/dashboard/api-keys">Back to API keys</a></div>
</div>`,
  );
}

export function renderRevokeApiKeyPage(input: Frame & { key: ApiKeyRow }): string {
  const { key } = input;
  return framed(
    input,
    '/dashboard/api-keys',
    'Revoke API key',
    `<h1>Revoke an API key</h1>
<div class="card confirm">
<p>Revoke <strong>${escapeHtml(key.name)}</strong> (${escapeHtml(key.role)}, <code>${escapeHtml(key.secretPrefix)}…</code>)? Every call made with it is refused from then on, at once. This cannot be undone.</p>
<form method="post" action="/dashboard/api-keys/${escapeHtml(key.id)}/revoke">${csrfField(input.csrfToken)}
<div class="actions"><button class="danger" type="submit">Revoke key</button><a href="/dashboard/api-keys">Cancel</a></div>
</form>
</div>`,
  );
}
