/**
 * Dashboard pages of webhooks: the endpoints, the new-endpoint form, one endpoint with its deliveries and every
 * attempt, and the pages that show a signing secret once (after creating, after rotating).
 */
import type { VNode } from 'preact';
import { AttemptItem, CsrfField, StatusPill, Table, Toolbar, display, framed, when, type AttemptRow, type Frame } from './frame';
import { ErrorSummary, Field, FieldError, FormKeyField, ShownOnceSecret, fieldAttributes, type FieldSpec, type FormState, Notice } from './form-parts';

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

const endpointHref = (endpoint: { id: string }) => `/dashboard/webhooks/${endpoint.id}`;
const eventsText = (events: string[]) => (events.length ? events.join(', ') : 'All events');

function EndpointListRow({ endpoint }: { endpoint: EndpointRow }): VNode {
  return (
    <tr>
      <td>
        <a href={endpointHref(endpoint)}>{endpoint.url}</a>
        {endpoint.description && (
          <>
            <br />
            <small>{endpoint.description}</small>
          </>
        )}
      </td>
      <td>
        {endpoint.kind} · {endpoint.format}
      </td>
      <td>{eventsText(endpoint.events)}</td>
      <td>
        <StatusPill status={endpoint.status} />
        {endpoint.disabledReason && ` ${endpoint.disabledReason}`}
      </td>
      <td>{when(endpoint.failingSince)}</td>
    </tr>
  );
}

/** Deliveries of the account whose first attempt is still owed (the outbox), and since when the oldest waits. */
export interface FirstAttemptBacklog {
  pending: number;
  oldest: Date | null;
}

export function renderWebhooksPage(input: Frame & { endpoints: EndpointRow[]; backlog: FirstAttemptBacklog; notice?: string }): string {
  return framed(
    input,
    '/dashboard/webhooks',
    'Webhooks',
    <>
      <Toolbar heading="Webhook endpoints">
        <a class="button" href="/dashboard/webhooks/new">
          New endpoint
        </a>
      </Toolbar>
      <Notice text={input.notice} />
      <p class="hint" data-testid="first-attempt-backlog">
        {input.backlog.pending === 0 ? (
          'No delivery waits for its first attempt.'
        ) : (
          <>
            {input.backlog.pending} {input.backlog.pending === 1 ? 'delivery waits' : 'deliveries wait'} for a first attempt, the oldest since{' '}
            {when(input.backlog.oldest)}.
          </>
        )}
      </p>
      <Table
        headers={['URL', 'Kind · format', 'Events', 'Status', 'Failing since']}
        rows={input.endpoints.map((endpoint) => (
          <EndpointListRow endpoint={endpoint} />
        ))}
        empty={
          <>
            No endpoints yet. <a href="/dashboard/webhooks/new">Add one</a> to have session results pushed to your server, signed, as they happen. (The{' '}
            <code>callbackUrl</code> of a link or session appears here too.)
          </>
        }
      />
    </>,
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

/** The endpoint form: a new endpoint, or (with `editing`) the settings of an existing one. */
export function renderEndpointFormPage(input: Frame & { form: FormState<EndpointFormValues>; eventTypes: readonly string[]; editing?: EndpointRow }): string {
  const editing = input.editing;
  const title = editing ? 'Edit webhook endpoint' : 'New webhook endpoint';
  const { values, errors = {} } = input.form;
  const f = ENDPOINT_FIELDS;
  const option = (value: string, label: string) => (
    <option value={value} selected={values.format === value}>
      {label}
    </option>
  );
  return framed(
    input,
    '/dashboard/webhooks',
    title,
    <>
      <h1>{title}</h1>
      <ErrorSummary message={input.form.message} errors={errors} fields={f} />
      <form class="card" method="post" action={editing ? `${endpointHref(editing)}/edit` : '/dashboard/webhooks'} novalidate>
        <CsrfField token={input.csrfToken} />
        {!editing && <FormKeyField formKey={input.form.formKey} />}
        <div class="form-grid">
          <Field field={f.url} hint="Where deliveries are POSTed, e.g. https://example.com/webhooks/magic-link. Addresses on private networks may be refused." error={errors.url} wide>
            <input id={f.url.id} name="url" type="url" required maxlength={2048} value={values.url} {...fieldAttributes(f.url, errors.url)} />
          </Field>
          <Field field={f.format} hint="iDenfy-compatible: iDenfy's callback body and Idenfy-Signature header, for session results only." error={errors.format}>
            <select id={f.format.id} name="format" {...fieldAttributes(f.format, errors.format)}>
              {option('standard', 'Standard Webhooks')}
              {option('idenfy', 'iDenfy-compatible')}
            </select>
          </Field>
          <Field field={f.description} label="Description (optional)" error={errors.description}>
            <input
              id={f.description.id}
              name="description"
              type="text"
              maxlength={500}
              value={values.description}
              {...fieldAttributes(f.description, errors.description)}
            />
          </Field>
          <fieldset class="wide" id={f.events.id} {...fieldAttributes(f.events, errors.events)}>
            <legend>Events</legend>
            <span class="hint" id={f.events.hintId}>
              None ticked: every event type, including ones added later.
            </span>
            <div class="checks">
              {input.eventTypes.map((type) => (
                <label>
                  <input type="checkbox" name="events" value={type} checked={values.events.includes(type)} /> <code>{type}</code>
                </label>
              ))}
            </div>
            <FieldError field={f.events} error={errors.events} />
          </fieldset>
        </div>
        <div class="actions">
          <button type="submit">{editing ? 'Save changes' : 'Create endpoint'}</button>
          <a href={editing ? endpointHref(editing) : '/dashboard/webhooks'}>Cancel</a>
        </div>
      </form>
    </>,
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
    <>
      <h1>Endpoint created</h1>
      <div class="card">
        <p>
          Deliveries to <strong>{endpoint.url}</strong> are signed with this secret.
        </p>
        <ShownOnceSecret id="endpoint-secret" label="Signing secret" secret={input.secret} use={signatureUse(endpoint)} />
        <div class="actions">
          <a class="button" href={endpointHref(endpoint)}>
            Go to the endpoint
          </a>
          <span class="hint">There, send a test event to check your receiver.</span>
        </div>
      </div>
    </>,
  );
}

export interface DeliveryRow {
  id: string;
  eventType: string;
  eventId: string;
  /** The body as sent to this endpoint (its format's), pretty-printed. */
  payload: string;
  status: string;
  series: number;
  nextAttemptAt: Date | null;
  attempts: AttemptRow[];
}

const RECOVER_FIELD: FieldSpec = { id: 'recover-since', label: 'Failed deliveries since', hintId: 'recover-since-hint' };

function DeliveryListRow({ delivery, csrfToken }: { delivery: DeliveryRow; csrfToken: string }): VNode {
  const retry =
    delivery.status === 'PENDING' ? (
      delivery.nextAttemptAt && <>next attempt {when(delivery.nextAttemptAt)}</>
    ) : (
      <form method="post" action={`/dashboard/deliveries/${delivery.id}/retry`}>
        <CsrfField token={csrfToken} />
        <button class="quiet" type="submit">
          Send again
        </button>
      </form>
    );
  return (
    <tr>
      <td>
        {delivery.eventType}
        <br />
        <small>{delivery.eventId}</small>
        <details class="excerpt">
          <summary>Payload</summary>
          <pre>{delivery.payload}</pre>
        </details>
      </td>
      <td>
        <StatusPill status={delivery.status} />
      </td>
      <td>
        <ol>
          {delivery.attempts.map((attempt) => (
            <AttemptItem attempt={attempt} />
          ))}
        </ol>
      </td>
      <td>{retry}</td>
    </tr>
  );
}

export function renderEndpointPage(
  input: Frame & { endpoint: EndpointRow; deliveries: DeliveryRow[]; temporalUrl: string; notice?: string; recover: { since: string; error?: string } },
): string {
  const { endpoint, recover } = input;
  const href = endpointHref(endpoint);
  const disabled = endpoint.status === 'DISABLED';
  const previousSigns = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date();
  return framed(
    input,
    '/dashboard/webhooks',
    endpoint.url,
    <>
      <h1>
        {endpoint.url} <StatusPill status={endpoint.status} />
      </h1>
      <Notice text={input.notice} />
      <ErrorSummary message={undefined} errors={recover.error ? { since: recover.error } : {}} fields={{ since: RECOVER_FIELD }} />
      <div class="card">
        <dl>
          <dt>Kind · format</dt>
          <dd>
            {endpoint.kind} · {endpoint.format}
          </dd>
          <dt>Events</dt>
          <dd>{eventsText(endpoint.events)}</dd>
          <dt>Description</dt>
          <dd>{display(endpoint.description)}</dd>
          <dt>Created</dt>
          <dd>{when(endpoint.createdAt)}</dd>
          <dt>Failing since</dt>
          <dd>{when(endpoint.failingSince)}</dd>
          {disabled && (
            <>
              <dt>Disabled because</dt>
              <dd>{display(endpoint.disabledReason)}</dd>
            </>
          )}
          {previousSigns && (
            <>
              <dt>Previous secret</dt>
              <dd>still signs until {when(endpoint.previousSecretExpiresAt)}</dd>
            </>
          )}
        </dl>
        <div class="actions">
          <form method="post" action={`${href}/test`}>
            <CsrfField token={input.csrfToken} />
            <button type="submit">Send test event</button>
          </form>
          <a class="button quiet" href={`${href}/edit`}>
            Edit…
          </a>
          <a class="button quiet" href={`${href}/rotate-secret`}>
            Rotate secret…
          </a>
          <a class="button quiet" href={`${href}/delete`}>
            Delete…
          </a>
          {disabled && (
            <form method="post" action={`${href}/enable`}>
              <CsrfField token={input.csrfToken} />
              <button class="quiet" type="submit">
                Enable again
              </button>
            </form>
          )}
          <a href={input.temporalUrl}>Failing deliveries in the Temporal UI</a>
        </div>
      </div>
      <h2>Recover failed deliveries</h2>
      <form class="card" method="post" action={`${href}/recover`} novalidate>
        <CsrfField token={input.csrfToken} />
        <label for={RECOVER_FIELD.id}>{RECOVER_FIELD.label}</label>
        <input id={RECOVER_FIELD.id} name="since" type="date" required value={recover.since} {...fieldAttributes(RECOVER_FIELD, recover.error)} />
        <span class="hint" id={RECOVER_FIELD.hintId}>
          From 00:00 UTC that day. Each failed delivery is sent again as a new series of attempts with the same webhook-id, so your receiver can tell one it
          already has.{disabled && ' This endpoint is disabled: only test events reach it until it is enabled again.'}
        </span>
        <FieldError field={RECOVER_FIELD} error={recover.error} />
        <div class="actions">
          <button type="submit">Send them again</button>
        </div>
      </form>
      <h2>Deliveries</h2>
      <Table
        headers={['Event', 'Status', 'Attempts', '']}
        rows={input.deliveries.map((delivery) => (
          <DeliveryListRow delivery={delivery} csrfToken={input.csrfToken} />
        ))}
        empty="Nothing delivered to this endpoint yet. Send a test event to check that your receiver answers."
      />
    </>,
  );
}

export function renderDeleteEndpointPage(input: Frame & { endpoint: EndpointRow }): string {
  const { endpoint } = input;
  return framed(
    input,
    '/dashboard/webhooks',
    'Delete the endpoint',
    <>
      <h1>Delete the endpoint</h1>
      <div class="card confirm">
        <p>
          Delete <strong>{endpoint.url}</strong>? It is disabled and no new events are sent to it; its delivery log is kept. This cannot be undone: to
          receive events there again, add it as a new endpoint (with a new secret).
        </p>
        <form method="post" action={`${endpointHref(endpoint)}/delete`}>
          <CsrfField token={input.csrfToken} />
          <div class="actions">
            <button class="danger" type="submit">
              Delete endpoint
            </button>
            <a href={endpointHref(endpoint)}>Cancel</a>
          </div>
        </form>
      </div>
    </>,
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
    <>
      <h1>Rotate the signing secret</h1>
      <div class="card confirm">
        <p>
          Endpoint <strong>{endpoint.url}</strong>: a new signing secret is made and shown once. {overlap}
        </p>
        {rotatedRecently && (
          <p>
            <strong>The secret was rotated recently:</strong> the secret before the current one stops signing now.
          </p>
        )}
        <form method="post" action={`${endpointHref(endpoint)}/rotate-secret`}>
          <CsrfField token={input.csrfToken} />
          <input type="hidden" name="secretVersion" value={input.secretVersion} />
          <div class="actions">
            <button class="danger" type="submit">
              Rotate secret
            </button>
            <a href={endpointHref(endpoint)}>Cancel</a>
          </div>
        </form>
      </div>
    </>,
  );
}

export function renderSecretRotatedPage(input: Frame & { endpoint: EndpointRow; secret: string }): string {
  const { endpoint } = input;
  const until =
    endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? <> The previous secret also signs until {when(endpoint.previousSecretExpiresAt)}.</> : '';
  return framed(
    input,
    '/dashboard/webhooks',
    'New signing secret',
    <>
      <h1>New signing secret</h1>
      <div class="card">
        <p>
          Endpoint <strong>{endpoint.url}</strong>.{until}
        </p>
        <ShownOnceSecret id="endpoint-secret" label="New signing secret" secret={input.secret} use={signatureUse(endpoint)} />
        <div class="actions">
          <a class="button" href={endpointHref(endpoint)}>
            Back to the endpoint
          </a>
        </div>
      </div>
    </>,
  );
}

/** 86400 → "24 hours", 90 → "90 seconds": the overlap as configured, in the largest whole unit. */
function durationText(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
