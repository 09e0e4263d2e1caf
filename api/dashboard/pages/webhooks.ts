/**
 * Dashboard pages of webhooks: the endpoints, the new-endpoint form, one endpoint with its deliveries and every
 * attempt, and the pages that show a signing secret once (after creating, after rotating).
 */
import escapeHtml from 'escape-html';
import { attemptItem, csrfField, display, framed, statusPill, table, when, type AttemptRow, type Frame } from './frame';
import { errorSummary, fieldAttributes, fieldError, formKeyField, shownOnceSecret, type FieldSpec, type FormState } from './form-parts';

export interface EndpointRow {
  id: string;
  url: string;
  kind: string;
  format: string;
  events: string[];
  description: string | null;
  status: string;
  disabledReason: string | null;
  failingSince: Date | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
}

const endpointHref = (endpoint: { id: string }) => `/dashboard/webhooks/${escapeHtml(endpoint.id)}`;
const eventsText = (events: string[]) => (events.length ? events.join(', ') : 'All events');

export function renderWebhooksPage(input: Frame & { endpoints: EndpointRow[] }): string {
  const rows = input.endpoints.map(
    (endpoint) =>
      `<tr><td><a href="${endpointHref(endpoint)}">${escapeHtml(endpoint.url)}</a>${endpoint.description ? `<br><small>${escapeHtml(endpoint.description)}</small>` : ''}</td><td>${escapeHtml(endpoint.kind)} · ${escapeHtml(endpoint.format)}</td><td>${escapeHtml(eventsText(endpoint.events))}</td><td>${statusPill(endpoint.status)}${endpoint.disabledReason ? ` ${escapeHtml(endpoint.disabledReason)}` : ''}</td><td>${when(endpoint.failingSince)}</td></tr>`,
  );
  return framed(
    input,
    '/dashboard/webhooks',
    'Webhooks',
    `<div class="toolbar"><h1>Webhook endpoints</h1><a class="button" href="/dashboard/webhooks/new">New endpoint</a></div>
${table(
  ['URL', 'Kind · format', 'Events', 'Status', 'Failing since'],
  rows,
  'No endpoints yet. <a href="/dashboard/webhooks/new">Add one</a> to have session results pushed to your server, signed, as they happen. (The <code>callbackUrl</code> of a link or session appears here too.)',
)}`,
  );
}

export interface EndpointFormValues {
  url: string;
  format: string;
  events: string[];
  description: string;
}

const ENDPOINT_FIELDS = {
  url: { id: 'endpoint-url', label: 'URL', hintId: 'endpoint-url-hint' },
  format: { id: 'endpoint-format', label: 'Format', hintId: 'endpoint-format-hint' },
  events: { id: 'endpoint-events', label: 'Events', hintId: 'endpoint-events-hint' },
  description: { id: 'endpoint-description', label: 'Description' },
} as const satisfies Record<keyof EndpointFormValues, FieldSpec>;

export function renderNewEndpointPage(input: Frame & { form: FormState<EndpointFormValues>; eventTypes: readonly string[] }): string {
  const { values, errors = {} } = input.form;
  const f = ENDPOINT_FIELDS;
  const option = (value: string, label: string) => `<option value="${value}"${values.format === value ? ' selected' : ''}>${label}</option>`;
  const checkboxes = input.eventTypes
    .map(
      (type) =>
        `<label><input type="checkbox" name="events" value="${escapeHtml(type)}"${values.events.includes(type) ? ' checked' : ''}> <code>${escapeHtml(type)}</code></label>`,
    )
    .join('');
  return framed(
    input,
    '/dashboard/webhooks',
    'New webhook endpoint',
    `<h1>New webhook endpoint</h1>
${errorSummary(input.form.message, errors, f)}
<form class="card" method="post" action="/dashboard/webhooks" novalidate>
${csrfField(input.csrfToken)}${formKeyField(input.form.formKey)}
<div class="form-grid">
<div class="wide"><label for="${f.url.id}">URL</label>
<input id="${f.url.id}" name="url" type="url" required maxlength="2048" value="${escapeHtml(values.url)}"${fieldAttributes(f.url, errors.url)}>
<span class="hint" id="${f.url.hintId}">Where deliveries are POSTed, e.g. https://example.com/webhooks/magic-link. Addresses on private networks may be refused.</span>
${fieldError(f.url, errors.url)}</div>
<div><label for="${f.format.id}">Format</label>
<select id="${f.format.id}" name="format"${fieldAttributes(f.format, errors.format)}>${option('standard', 'Standard Webhooks')}${option('idenfy', 'iDenfy-compatible')}</select>
<span class="hint" id="${f.format.hintId}">iDenfy-compatible: iDenfy's callback body and Idenfy-Signature header, for session results only.</span>
${fieldError(f.format, errors.format)}</div>
<div><label for="${f.description.id}">Description (optional)</label>
<input id="${f.description.id}" name="description" type="text" maxlength="500" value="${escapeHtml(values.description)}"${fieldAttributes(f.description, errors.description)}>
${fieldError(f.description, errors.description)}</div>
<fieldset class="wide" id="${f.events.id}"${fieldAttributes(f.events, errors.events)}><legend>Events</legend>
<span class="hint" id="${f.events.hintId}">None ticked: every event type, including ones added later.</span>
<div class="checks">${checkboxes}</div>
${fieldError(f.events, errors.events)}</fieldset>
</div>
<div class="actions"><button type="submit">Create endpoint</button><a href="/dashboard/webhooks">Cancel</a></div>
</form>`,
  );
}

const signatureUse = (endpoint: EndpointRow) =>
  endpoint.format === 'idenfy'
    ? 'Your receiver needs it to check the Idenfy-Signature header of every delivery.'
    : 'Your receiver needs it to verify the webhook-signature header of every delivery (any Standard Webhooks library does this).';

export function renderEndpointCreatedPage(input: Frame & { endpoint: EndpointRow; secret: string }): string {
  const { endpoint } = input;
  return framed(
    input,
    '/dashboard/webhooks',
    'Endpoint created',
    `<h1>Endpoint created</h1>
<div class="card">
<p>Deliveries to <strong>${escapeHtml(endpoint.url)}</strong> are signed with this secret.</p>
${shownOnceSecret('endpoint-secret', 'Signing secret', input.secret, signatureUse(endpoint))}
<div class="actions"><a class="button" href="${endpointHref(endpoint)}">Go to the endpoint</a><span class="hint">There, send a test event to check your receiver.</span></div>
</div>`,
  );
}

export interface DeliveryRow {
  id: string;
  eventType: string;
  eventId: string;
  status: string;
  series: number;
  nextAttemptAt: Date | null;
  attempts: AttemptRow[];
}

const RECOVER_FIELD: FieldSpec = { id: 'recover-since', label: 'Failed deliveries since', hintId: 'recover-since-hint' };

export function renderEndpointPage(
  input: Frame & { endpoint: EndpointRow; deliveries: DeliveryRow[]; temporalUrl: string; notice?: string; recover: { since: string; error?: string } },
): string {
  const { endpoint, recover } = input;
  const href = endpointHref(endpoint);
  const disabled = endpoint.status === 'DISABLED';
  const deliveries = input.deliveries.map((delivery) => {
    const attempts = delivery.attempts.map(attemptItem).join('');
    const retry =
      delivery.status === 'PENDING'
        ? delivery.nextAttemptAt
          ? `next attempt ${when(delivery.nextAttemptAt)}`
          : ''
        : `<form method="post" action="/dashboard/deliveries/${escapeHtml(delivery.id)}/retry">${csrfField(input.csrfToken)}<button class="quiet" type="submit">Send again</button></form>`;
    return `<tr><td>${escapeHtml(delivery.eventType)}<br><small>${escapeHtml(delivery.eventId)}</small></td><td>${statusPill(delivery.status)}</td><td><ol>${attempts}</ol></td><td>${retry}</td></tr>`;
  });
  const previousSigns = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date();
  return framed(
    input,
    '/dashboard/webhooks',
    endpoint.url,
    `<h1>${escapeHtml(endpoint.url)} ${statusPill(endpoint.status)}</h1>
${input.notice ? `<p class="notice" role="status">${escapeHtml(input.notice)}</p>` : ''}
${errorSummary(undefined, recover.error ? { since: recover.error } : {}, { since: RECOVER_FIELD })}
<div class="card">
<dl>
<dt>Kind · format</dt><dd>${escapeHtml(endpoint.kind)} · ${escapeHtml(endpoint.format)}</dd>
<dt>Events</dt><dd>${escapeHtml(eventsText(endpoint.events))}</dd>
<dt>Description</dt><dd>${escapeHtml(display(endpoint.description))}</dd>
<dt>Created</dt><dd>${when(endpoint.createdAt)}</dd>
<dt>Failing since</dt><dd>${when(endpoint.failingSince)}</dd>
${disabled ? `<dt>Disabled because</dt><dd>${escapeHtml(display(endpoint.disabledReason))}</dd>` : ''}
${previousSigns ? `<dt>Previous secret</dt><dd>still signs until ${when(endpoint.previousSecretExpiresAt)}</dd>` : ''}
</dl>
<div class="actions">
<form method="post" action="${href}/test">${csrfField(input.csrfToken)}<button type="submit">Send test event</button></form>
<a class="button quiet" href="${href}/rotate-secret">Rotate secret…</a>
${disabled ? `<form method="post" action="${href}/enable">${csrfField(input.csrfToken)}<button class="quiet" type="submit">Enable again</button></form>` : ''}
<a href="${escapeHtml(input.temporalUrl)}">Failing deliveries in the Temporal UI</a>
</div>
</div>
<h2>Recover failed deliveries</h2>
<form class="card" method="post" action="${href}/recover" novalidate>
${csrfField(input.csrfToken)}
<label for="${RECOVER_FIELD.id}">${RECOVER_FIELD.label}</label>
<input id="${RECOVER_FIELD.id}" name="since" type="date" required value="${escapeHtml(recover.since)}"${fieldAttributes(RECOVER_FIELD, recover.error)}>
<span class="hint" id="${RECOVER_FIELD.hintId}">From 00:00 UTC that day. Each failed delivery is sent again as a new series of attempts with the same webhook-id, so your receiver can tell one it already has.${disabled ? ' This endpoint is disabled: only test events reach it until it is enabled again.' : ''}</span>
${fieldError(RECOVER_FIELD, recover.error)}
<div class="actions"><button type="submit">Send them again</button></div>
</form>
<h2>Deliveries</h2>
${table(['Event', 'Status', 'Attempts', ''], deliveries, 'Nothing delivered to this endpoint yet. Send a test event to check that your receiver answers.')}`,
  );
}

export function renderRotateSecretPage(input: Frame & { endpoint: EndpointRow; overlapSeconds: number; secretVersion: string }): string {
  const { endpoint } = input;
  const overlap =
    input.overlapSeconds > 0
      ? `For the next ${durationText(input.overlapSeconds)} deliveries are signed with both the new and the current secret, so your receiver keeps verifying them while you switch it to the new one; after that only the new secret signs.`
      : 'From now on only the new secret signs: deliveries fail verification until your receiver uses it.';
  const rotatedRecently = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date();
  return framed(
    input,
    '/dashboard/webhooks',
    'Rotate the signing secret',
    `<h1>Rotate the signing secret</h1>
<div class="card confirm">
<p>Endpoint <strong>${escapeHtml(endpoint.url)}</strong>: a new signing secret is made and shown once. ${overlap}</p>
${rotatedRecently ? '<p><strong>The secret was rotated recently:</strong> the secret before the current one stops signing now.</p>' : ''}
<form method="post" action="${endpointHref(endpoint)}/rotate-secret">${csrfField(input.csrfToken)}<input type="hidden" name="secretVersion" value="${escapeHtml(input.secretVersion)}">
<div class="actions"><button class="danger" type="submit">Rotate secret</button><a href="${endpointHref(endpoint)}">Cancel</a></div>
</form>
</div>`,
  );
}

export function renderSecretRotatedPage(input: Frame & { endpoint: EndpointRow; secret: string }): string {
  const { endpoint } = input;
  const until = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? ` The previous secret also signs until ${when(endpoint.previousSecretExpiresAt)}.` : '';
  return framed(
    input,
    '/dashboard/webhooks',
    'New signing secret',
    `<h1>New signing secret</h1>
<div class="card">
<p>Endpoint <strong>${escapeHtml(endpoint.url)}</strong>.${escapeHtml(until)}</p>
${shownOnceSecret('endpoint-secret', 'New signing secret', input.secret, signatureUse(endpoint))}
<div class="actions"><a class="button" href="${endpointHref(endpoint)}">Back to the endpoint</a></div>
</div>`,
  );
}

/** 86400 → "24 hours", 90 → "90 seconds": the overlap as configured, in the largest whole unit. */
function durationText(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
