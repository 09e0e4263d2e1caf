/**
 * Dashboard pages of verification sessions: the list with its filters, the form that creates a dynamic link, one
 * session in full (checks, link, actions, images, review form, timeline with webhook deliveries), and the
 * confirmation step of cancelling and of deleting data. Status pills carry `data-live-session` for dashboard-live.js.
 */
import { may } from '../../../lib/operator-roles';
import type { ComponentChildren, VNode } from 'preact';
import type { ErrorDetail } from '../../../lib/errors';
import type { EngineFindings } from '../../../services/sessions/engine-findings';
import { messagesFor } from '../../hosted/i18n';
import { SUPPORTED_LANGUAGES } from '../../../lib/languages';
import { AttemptItem, CsrfField, Pager, StatusPill, Table, Toolbar, display, exactly, framed, when, type AttemptRow, type Frame } from './frame';
import { BROWSER_LANGUAGE_LABEL, FLOW_LABELS, IMAGE_KIND_LABELS, labelOf, languageLabel } from './labels';
import { AuditTable, type AuditRow } from './audit';
import { CopyField, ErrorSummary, FieldError, fieldAttributes, type FieldSpec as FormFieldSpec } from './form-parts';

const LIVE_SCRIPT = { scripts: ['/assets/dashboard-live.js'] } as const;
const SESSION_SCRIPTS = { scripts: ['/assets/dashboard-live.js', '/assets/dashboard-images.js', '/assets/dashboard-review.js'] } as const;

/** Where dashboard-live.js announces status changes (present before any change, so screen readers follow it). */
function LiveRegion(): VNode {
  return <p class="live" id="live-announcer" aria-live="polite"></p>;
}

/** A status pill that dashboard-live.js keeps current; on a session's own page a change reloads it. */
function LivePill({ sessionId, status, reload = false }: { sessionId: string; status: string; reload?: boolean }): VNode {
  return (
    <span class="status" data-status={status} data-live-session={sessionId} data-live-reload={reload}>
      {status}
    </span>
  );
}

const sessionPath = (id: string) => `/dashboard/sessions/${id}`;

// ----- The list ---------------------------------------------------------------------------------------------------

export const SESSION_STATUS_FILTERS = ['ACTIVE', 'REVIEWING', 'APPROVED', 'DENIED', 'SUSPECTED', 'EXPIRED', 'CANCELLED', 'DELETED'] as const;

export interface SessionRow {
  id: string;
  clientId: string;
  status: string;
  flow: string;
  linkName: string | null;
  createdAt: Date;
}

/** The list's filters as the form sends them; '' when not set. Dates are `YYYY-MM-DD`, whole days in UTC. */
export interface SessionFilters {
  status: '' | (typeof SESSION_STATUS_FILTERS)[number];
  clientId: string;
  linkId: string;
  createdFrom: string;
  createdTo: string;
}

/** A link's session has no client id of its own (it carries the session id): the person is anonymous until verified. */
const clientOf = (session: SessionRow) => (session.linkName !== null && session.clientId === session.id ? <span class="hint">link visitor</span> : session.clientId);

function SessionListRow({ session }: { session: SessionRow }): VNode {
  return (
    <tr>
      <td class="id-cell">
        <a href={sessionPath(session.id)}>{session.id}</a>
      </td>
      <td>{clientOf(session)}</td>
      <td>
        <LivePill sessionId={session.id} status={session.status} />
      </td>
      <td>{labelOf(FLOW_LABELS, session.flow)}</td>
      <td>{session.linkName ?? 'dynamic'}</td>
      <td>{when(session.createdAt)}</td>
    </tr>
  );
}

/** The download's query: the filters that are set, so the CSV holds exactly the sessions the list shows. */
function csvQuery(filters: SessionFilters): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== '')).toString();
  return query ? `?${query}` : '';
}

export function renderSessionsPage(
  input: Frame & { sessions: SessionRow[]; filters: SessionFilters; links: { id: string; name: string }[]; nextPage: string | null },
): string {
  const { filters } = input;
  const option = (value: string, label: string, selected: string) => (
    <option value={value} selected={value === selected}>
      {label}
    </option>
  );
  const filtered = Object.values(filters).some((value) => value !== '');
  const empty = filtered ? (
    <>
      No sessions match. <a href="/dashboard/sessions">Clear the filters</a>
    </>
  ) : (
    <>
      No sessions yet. Create one for a person with <strong>New session</strong>, share a <a href="/dashboard/links">reusable link</a>, or call{' '}
      <code>POST /api/v1/sessions</code>.
    </>
  );
  return framed(
    input,
    '/dashboard/sessions',
    'Sessions',
    <>
      <Toolbar heading="Sessions">
        <a class="button quiet" href={`/dashboard/sessions.csv${csvQuery(filters)}`} download>
          Download CSV
        </a>
        {may(input.role, 'act') && (
          <a class="button" href="/dashboard/sessions/new">
            New session
          </a>
        )}
      </Toolbar>
      <form class="filters" method="get" action="/dashboard/sessions">
        <div>
          <label for="status">Status</label>
          <select id="status" name="status">
            {['', ...SESSION_STATUS_FILTERS].map((status) => option(status, status || 'Any status', filters.status))}
          </select>
        </div>
        <div>
          <label for="clientId">Client id</label>
          <input id="clientId" name="clientId" type="text" maxlength={100} value={filters.clientId} />
        </div>
        <div>
          <label for="linkId">Link</label>
          <select id="linkId" name="linkId">
            {option('', 'Any link or none', filters.linkId)}
            {input.links.map((link) => option(link.id, link.name, filters.linkId))}
          </select>
        </div>
        <div>
          <label for="createdFrom">Created from (UTC)</label>
          <input id="createdFrom" name="createdFrom" type="date" value={filters.createdFrom} />
        </div>
        <div>
          <label for="createdTo">Created to (UTC)</label>
          <input id="createdTo" name="createdTo" type="date" value={filters.createdTo} />
        </div>
        <button type="submit">Filter</button>
      </form>
      <LiveRegion />
      <Table
        headers={['Session', 'Client', 'Status', 'Flow', 'Link', 'Created']}
        rows={input.sessions.map((session) => (
          <SessionListRow session={session} />
        ))}
        empty={empty}
      />
      <Pager href={input.nextPage} label="Older sessions" />
    </>,
    LIVE_SCRIPT,
  );
}

// ----- A new dynamic link ------------------------------------------------------------------------------------------

/** The form's fields by name, as sent (checkboxes: 'on' when ticked). */
export type SessionFormValues = Record<string, string>;

interface FieldSpec {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel' | 'date' | 'url';
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  maxlength?: number;
}

const PERSON_FIELDS: FieldSpec[] = [
  { name: 'clientId', label: 'Client id', type: 'text', required: true, maxlength: 100, hint: 'Your reference for this person (required, up to 100 characters); webhooks carry it.' },
  { name: 'firstName', label: 'First name', type: 'text', autocomplete: 'off', hint: 'Checked against the document when given.' },
  { name: 'lastName', label: 'Last name', type: 'text', autocomplete: 'off' },
  { name: 'dateOfBirth', label: 'Date of birth', type: 'date' },
  { name: 'email', label: 'Email', type: 'email', autocomplete: 'off', hint: 'Needed to send the link by email.' },
  { name: 'phone', label: 'Phone', type: 'tel', autocomplete: 'off', hint: 'E.164: + then country code and number, no spaces, e.g. +37060000000. Needed for SMS.' },
];

type UrlField = 'successUrl' | 'errorUrl' | 'unverifiedUrl' | 'callbackUrl';

const URL_FIELDS: (FieldSpec & { name: UrlField })[] = [
  { name: 'successUrl', label: 'Success URL', type: 'url', hint: 'Where the person goes when approved (http or https).' },
  { name: 'errorUrl', label: 'Error URL', type: 'url', hint: 'Where the person goes when the session fails or expires.' },
  { name: 'unverifiedUrl', label: 'Unverified URL', type: 'url', hint: 'Where the person goes when not verified.' },
  { name: 'callbackUrl', label: 'Callback URL', type: 'url', hint: "This session's webhooks go here as well as to the account's endpoints." },
];


export interface DurationLimits {
  min: string;
  max: string;
  default: string;
}

export interface NewSessionForm extends Frame {
  values: SessionFormValues;
  /** Hidden and random: the request key, so submitting the same form twice creates one session. */
  formKey: string;
  errors: ErrorDetail[];
  /** A problem that is not one field's (no credit, an out-of-date form). */
  alert?: ComponentChildren;
  limits: { expiryTime: DurationLimits; sessionLength: DurationLimits };
  /** How long before expiry a reminder goes out, as a duration. */
  reminderBefore: string;
}

/** The refusal when the account has no credit left, with the way to top up. */
export const NO_CREDIT_ALERT = (
  <>
    No credit available: every session reserves one. <a href="/dashboard/credits">See the credits</a> and top up the account to create sessions.
  </>
);

const fieldId = (name: string) => name.replace('.', '-');

/** A field as the shared form parts name it: its element id, and its hint's id when it has one. */
const partsOf = (name: string, hint: boolean) => ({ id: fieldId(name), label: name, hintId: hint ? `${fieldId(name)}-hint` : undefined });

/** `aria-invalid` and `aria-describedby` of a field with its hint and error. */
const described = (name: string, hint: boolean, error: string | undefined) => fieldAttributes(partsOf(name, hint), error);

function HintAndError({ name, hint, error }: { name: string; hint?: string; error: string | undefined }): VNode {
  return (
    <>
      {hint && (
        <span class="hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </span>
      )}
      <FieldError field={partsOf(name, Boolean(hint))} error={error} />
    </>
  );
}

export function renderNewSessionPage(input: NewSessionForm): string {
  const errors = new Map<string, string>();
  for (const detail of input.errors) if (!errors.has(detail.field)) errors.set(detail.field, detail.message);
  const value = (name: string) => input.values[name] ?? '';
  const labels = new Map<string, string>();

  const field = (spec: FieldSpec) => {
    labels.set(spec.name, spec.label);
    const error = errors.get(spec.name);
    return (
      <div>
        <label for={fieldId(spec.name)}>{spec.label}</label>
        <input
          id={fieldId(spec.name)}
          name={spec.name}
          type={spec.type}
          value={value(spec.name)}
          required={spec.required}
          maxlength={spec.maxlength}
          autocomplete={spec.autocomplete}
          {...described(spec.name, Boolean(spec.hint), error)}
        />
        <HintAndError name={spec.name} hint={spec.hint} error={error} />
      </div>
    );
  };
  const select = (name: string, label: string, options: [string, string][]) => {
    labels.set(name, label);
    const error = errors.get(name);
    return (
      <div>
        <label for={name}>{label}</label>
        <select id={name} name={name} {...described(name, false, error)}>
          {options.map(([code, text]) => (
            <option value={code} selected={input.values[name] === code}>
              {text}
            </option>
          ))}
        </select>
        <HintAndError name={name} error={error} />
      </div>
    );
  };
  const duration = (name: 'expiryTime' | 'sessionLength', label: string, hint: string) => {
    const limits = input.limits[name];
    return field({ name, label, type: 'text', hint: `${hint} A number and a unit: 90s, 45m, 24h or 7d; from ${limits.min} to ${limits.max}, default ${limits.default}.` });
  };
  const checkbox = (name: string, label: string, hint?: string) => {
    labels.set(name, label);
    const error = errors.get(name);
    return (
      <div>
        <label>
          <input type="checkbox" id={fieldId(name)} name={name} value="on" checked={input.values[name] === 'on'} {...described(name, Boolean(hint), error)} /> {label}
        </label>
        <HintAndError name={name} hint={hint} error={error} />
      </div>
    );
  };

  // Built before the summary, which names each field by the label these record.
  const person = PERSON_FIELDS.map(field);
  const verification = [
    select('flow', 'Steps', Object.entries(FLOW_LABELS)),
    select('language', 'Language of the page', [['', BROWSER_LANGUAGE_LABEL], ...SUPPORTED_LANGUAGES.map((code): [string, string] => [code, messagesFor(code).languageName])]),
    duration('expiryTime', 'Link can be started for', 'After this the link expires unused.'),
    duration('sessionLength', 'Time to finish once opened', 'Counted from pressing Start.'),
  ];
  const urls = URL_FIELDS.map(field);
  const sending = [
    checkbox('send.email', 'Send by email'),
    checkbox('send.sms', 'Send by SMS'),
    checkbox('send.reminder', 'Remind before expiry', `Sent the same way ${input.reminderBefore} before the link expires, if the person has not started.`),
  ];

  // One line per field, in the form's order, each leading to its field.
  const summary = errors.size > 0 && (
    <div class="alert" role="alert">
      <p>{errors.size === 1 ? 'One field needs' : `${errors.size} fields need`} attention:</p>
      <ul>
        {[...errors].map(([name, message]) => (
          <li>
            <a href={`#${fieldId(name)}`}>{labels.get(name) ?? name}</a>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
  return framed(
    input,
    '/dashboard/sessions',
    'New session',
    <>
      <h1>New session</h1>
      <p>A dynamic link: one verification for one person. Only the client id is required.</p>
      {input.alert && (
        <p class="alert" role="alert">
          {input.alert}
        </p>
      )}
      {summary}
      <form class="card" method="post" action="/dashboard/sessions/new">
        <CsrfField token={input.csrfToken} />
        <input type="hidden" name="formKey" value={input.formKey} />
        <fieldset>
          <legend>The person</legend>
          <div class="form-grid">{person}</div>
        </fieldset>
        <fieldset>
          <legend>The verification</legend>
          <div class="form-grid">{verification}</div>
        </fieldset>
        <fieldset>
          <legend>Afterwards</legend>
          <div class="form-grid">{urls}</div>
        </fieldset>
        <fieldset>
          <legend>Sending</legend>
          {sending}
        </fieldset>
        <p class="actions">
          <button type="submit">Create session</button>
          <a href="/dashboard/sessions">Back to the sessions</a>
        </p>
      </form>
    </>,
  );
}

// ----- One session -------------------------------------------------------------------------------------------------

export interface TimelineDelivery {
  endpointId: string;
  url: string;
  status: string;
  nextAttemptAt: Date | null;
  attempts: AttemptRow[];
}

export interface TimelineEvent {
  type: string;
  at: Date;
  deliveries: TimelineDelivery[];
}

export interface SessionDetail {
  id: string;
  clientId: string;
  status: { overall: string; autoDocument: string | null; autoFace: string | null; manualDocument: string | null; manualFace: string | null; fraudTags: string[]; mismatchTags: string[] };
  decision: string | null;
  flow: string;
  language: string | null;
  externalRef: string | null;
  link: { id: string; name: string } | null;
  attempts: number;
  maxAttempts: number;
  supplied: Record<string, string | null>;
  data: Record<string, unknown> | null;
  urls: Record<UrlField, string | null>;
  createdAt: Date;
  expiresAt: Date;
  startedAt: Date | null;
  submittedAt: Date | null;
  finishedAt: Date | null;
  dataDeletedAt: Date | null;
  images: SessionImage[];
  /** The verification engine's findings for the latest attempt it read; null when it did not read this session. */
  engine: EngineFindings | null;
  timeline: TimelineEvent[];
  temporalUrl: string;
  /** The review that decided the session, when a person did. */
  review: AppliedReview | null;
  /** The session waiting longest for review besides this one: the review screen's "next". */
  nextReview: string | null;
  /** Operators' actions on this session, newest first. */
  audit: AuditRow[];
  /** Who is reviewing the session now (a claim that has not run out), if anyone. */
  claim: { by: string; until: Date; mine: boolean } | null;
  /** The person's link, while they can still use it. */
  hostedPageUrl: string | null;
  /** What the operator may do now (the API's rules). */
  can: { sendBy: ('email' | 'sms')[]; cancel: boolean; deleteData: boolean };
}

export interface SessionImage {
  id: string;
  kind: string;
  attempt: number;
  /** A later upload of the same kind (a retake, or the next attempt's photo) replaced it. */
  replaced: boolean;
}

export interface AppliedReview {
  decision: string;
  reasons: string[];
  note: string | null;
  at: Date;
  /** Who decided, in words: the operator's email, or the API key's name. */
  by: string;
}

/** The review form as entered; shown again with its errors when refused. */
export interface ReviewFormValues {
  decision: '' | 'APPROVED' | 'DENIED';
  reasons: string[];
  otherReasons: string;
  note: string;
  data: Record<string, string>;
}

export interface ReviewFormState {
  values: ReviewFormValues;
  /** By form field: decision, reasons, note, data.<name>. */
  errors: Record<string, string>;
}

/** Notices after an action, by the `notice` query value the action redirects with. */
export const SESSION_NOTICES = {
  created: 'Session created. This is the link for the person:',
  'created-sent': 'Session created and the link sent (to the Outbox when no provider is configured). This is the link for the person:',
  'sent-email': 'The link is on its way by email (to the Outbox when no provider is configured).',
  'sent-sms': 'The link is on its way by SMS (to the Outbox when no provider is configured).',
  cancelled: 'The session is cancelled and its credit released.',
  deleting: 'The images and personal data are being deleted; the status becomes DELETED in a moment.',
} as const;
export type SessionNotice = keyof typeof SESSION_NOTICES;

/** The usual reasons to deny, as iDenfy's document and face codes (IDENFY-COMPAT.md); any other code can be typed. */
const DENIAL_REASONS = [
  ['DOC_EXPIRED', 'Document expired'],
  ['DOC_DAMAGED', 'Document damaged'],
  ['DOC_NOT_FULLY_VISIBLE', 'Document not fully visible'],
  ['DOC_TOO_BLURRY', 'Document too blurry'],
  ['DOC_TYPE_MISMATCH', 'Not the document type chosen'],
  ['DOC_FAKE', 'Document looks fake'],
  ['FACE_MISMATCH', 'Face does not match the document'],
  ['NO_FACE_FOUND', 'No face in the selfie'],
  ['FAKE_FACE', 'Selfie looks fake'],
] as const;

const REVIEWED_FIELDS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['dateOfBirth', 'Date of birth (YYYY-MM-DD)'],
  ['documentNumber', 'Document number'],
] as const;

const readValue = (data: Record<string, unknown> | null, name: string) => (typeof data?.[name] === 'string' ? (data[name]) : '');

/** The engine's named checks with their outcomes, the MRZ as read, the face score and both face crops. */
function EngineSection({ session }: { session: SessionDetail }): VNode | null {
  const engine = session.engine;
  if (!engine) return null;
  const crop = (which: 'selfie' | 'document', label: string) =>
    engine.crops[which] && (
      <figure>
        <img src={`${sessionPath(session.id)}/crops/${which}`} alt={label} />
        <figcaption>{label}</figcaption>
      </figure>
    );
  return (
    <>
      <h2>Verification engine · attempt {engine.attempt}</h2>
      <section class="card wide">
        <Table
          headers={['Check', 'Outcome', 'Reason']}
          rows={engine.checks.map((check) => (
            <tr>
              <td>{check.name}</td>
              <td>{check.result}</td>
              <td>{check.code ?? ''}</td>
            </tr>
          ))}
          empty="No decision recorded for this reading."
        />
        <Facts
          entries={[
            ['MRZ', engine.mrzValid ? 'found, every check digit valid' : engine.mrzFound ? 'found, not valid by its check digits' : 'not found'],
            ['Face similarity', engine.faceSimilarity === null ? 'not compared' : engine.faceSimilarity.toFixed(2)],
            ['Read in', `${(engine.millis / 1000).toFixed(1)} s`],
          ]}
        />
        {engine.mrzLines.length > 0 && <pre class="mrz">{engine.mrzLines.join('\n')}</pre>}
        <div class="images">
          {crop('document', 'Portrait on the document')}
          {crop('selfie', 'Selfie')}
        </div>
      </section>
    </>
  );
}

/** A term and its value (text, or a moment). */
type Fact = [string, ComponentChildren];

/** A definition list of facts; long values (URLs, check codes) wrap. */
function Facts({ entries }: { entries: Fact[] }): VNode | null {
  if (entries.length === 0) return null;
  return (
    <dl class="facts">
      {entries.map(([term, value]) => (
        <>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

function LinkBlock({ url }: { url: string }): VNode {
  return <CopyField id="session-url" label="Link for the person" value={url} />;
}

function Actions({ session, csrfToken }: { session: SessionDetail; csrfToken: string }): VNode | null {
  const { sendBy, cancel, deleteData } = session.can;
  if (sendBy.length === 0 && !cancel && !deleteData) return null;
  return (
    <>
      <h2>Actions</h2>
      <div class="actions">
        {sendBy.map((channel) => (
          <form method="post" action={`${sessionPath(session.id)}/send`}>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="channel" value={channel} />
            <button class="quiet" type="submit">
              Send the link again by {channel === 'email' ? 'email' : 'SMS'}
            </button>
          </form>
        ))}
        {cancel && (
          <a class="button quiet" href={`${sessionPath(session.id)}/cancel`}>
            Cancel the session…
          </a>
        )}
        {deleteData && (
          <a class="button quiet" href={`${sessionPath(session.id)}/delete-data`}>
            Delete personal data…
          </a>
        )}
      </div>
    </>
  );
}

function Delivery({ delivery }: { delivery: TimelineDelivery }): VNode {
  return (
    <div>
      <a href={`/dashboard/webhooks/${delivery.endpointId}`}>{delivery.url}</a> <StatusPill status={delivery.status} />
      {delivery.attempts.length > 0 ? (
        <ol>
          {delivery.attempts.map((attempt) => (
            <AttemptItem attempt={attempt} />
          ))}
        </ol>
      ) : (
        <p class="hint">No attempt yet.</p>
      )}
      {delivery.status === 'PENDING' && delivery.nextAttemptAt && <p class="hint">Next attempt {exactly(delivery.nextAttemptAt)}</p>}
    </div>
  );
}

function Timeline({ session }: { session: SessionDetail }): VNode {
  return (
    <Table
      headers={['When', 'Event', 'Webhook deliveries']}
      rows={session.timeline.map((event) => (
        <tr>
          <td>{exactly(event.at)}</td>
          <td>{event.type}</td>
          <td>
            {event.deliveries.length > 0 ? (
              event.deliveries.map((delivery) => <Delivery delivery={delivery} />)
            ) : (
              <span class="hint">None</span>
            )}
          </td>
        </tr>
      ))}
      empty="No events."
    />
  );
}

const REVIEW_FIELDS = {
  decision: { id: 'review-decision', label: 'Decision' },
  reasons: { id: 'review-reasons', label: 'Reasons' },
  note: { id: 'note', label: 'Note' },
  ...Object.fromEntries(REVIEWED_FIELDS.map(([name, label]) => [`data.${name}`, { id: `data-${name}`, label }])),
} as Record<string, FormFieldSpec>;

const REASON_LABELS = new Map<string, string>(DENIAL_REASONS);

/** A reason code in words when it is one of the usual ones; other codes as typed. */
const reasonText = (code: string) => REASON_LABELS.get(code) ?? code;

function ReviewForm({ session, csrfToken, state }: { session: SessionDetail; csrfToken: string; state?: ReviewFormState }): VNode {
  const values = state?.values;
  const errors = state?.errors ?? {};
  const fixed = new Set<string>(DENIAL_REASONS.map(([code]) => code));
  const typedReasons = values ? [values.otherReasons, ...values.reasons.filter((code) => !fixed.has(code))].filter(Boolean).join(', ') : '';
  const dataValue = (name: string) => (values ? (values.data[name] ?? '') : readValue(session.data, name));
  const f = REVIEW_FIELDS;
  return (
    <>
      <h2 id="review">Review</h2>
      <p class="hint">
        Keys: <kbd>A</kbd> approve · <kbd>D</kbd> deny, then tick the reasons · <kbd>N</kbd> next in the review queue.
      </p>
      <ErrorSummary message={state ? 'The decision was not recorded:' : undefined} errors={errors} fields={REVIEW_FIELDS} />
      <form class="card" method="post" action={`${sessionPath(session.id)}/review`} data-review-form novalidate>
        <CsrfField token={csrfToken} />
        <fieldset id={f.decision!.id} {...fieldAttributes(f.decision!, errors.decision)}>
          <legend>Decision</legend>
          <label>
            <input type="radio" name="decision" value="APPROVED" required checked={values?.decision === 'APPROVED'} /> Approve
          </label>
          <label>
            <input type="radio" name="decision" value="DENIED" checked={values?.decision === 'DENIED'} /> Deny
          </label>
          <FieldError field={f.decision!} error={errors.decision} />
        </fieldset>
        <fieldset id={f.reasons!.id} {...fieldAttributes(f.reasons!, errors.reasons)}>
          <legend>Reasons (at least one to deny)</legend>
          <FieldError field={f.reasons!} error={errors.reasons} />
          <div class="checks">
            {DENIAL_REASONS.map(([code, label]) => (
              <label>
                <input type="checkbox" name="reasons" value={code} checked={values?.reasons.includes(code)} /> {label}
              </label>
            ))}
          </div>
          <label for="other-reasons">Other reason codes (comma-separated)</label>
          <input id="other-reasons" name="otherReasons" type="text" placeholder="COUNTRY_MISMATCH, MRZ_NOT_FOUND" value={typedReasons} />
        </fieldset>
        <div class="grid2">
          {REVIEWED_FIELDS.map(([name, label]) => {
            const field = f[`data.${name}`]!;
            const error = errors[`data.${name}`];
            return (
              <div>
                <label for={field.id}>{label} as read on the document</label>
                <input id={field.id} name={`data.${name}`} type="text" value={dataValue(name)} {...fieldAttributes(field, error)} />
                <FieldError field={field} error={error} />
              </div>
            );
          })}
        </div>
        <p class="hint">Filled in from what the engine read: confirm, or correct what is wrong.</p>
        <label for="note">Note</label>
        <textarea id="note" name="note" {...fieldAttributes(f.note!, errors.note)}>
          {values?.note ?? ''}
        </textarea>
        <FieldError field={f.note!} error={errors.note} />
        <p>
          <button type="submit">Record the decision</button>
        </p>
      </form>
    </>
  );
}

/**
 * A thumbnail that opens the full-size image; its caption names the kind and attempt. dashboard-images.js adds zoom
 * and rotate buttons to it, turning the image inside its clipped frame.
 */
function Thumbnail({ session, image, status }: { session: SessionDetail; image: SessionImage; status: string }): VNode {
  const name = `${labelOf(IMAGE_KIND_LABELS, image.kind)}, attempt ${image.attempt}, ${status}`;
  const src = `${sessionPath(session.id)}/documents/${image.id}`;
  return (
    <figure data-image-viewer>
      <a class="image-frame" href={src} target="_blank" rel="noopener" title="Open full size">
        <img src={src} alt={name} />
      </a>
      <figcaption>
        {labelOf(IMAGE_KIND_LABELS, image.kind)} · attempt {image.attempt} · {status} · <a href={src} target="_blank" rel="noopener">full size</a>
      </figcaption>
    </figure>
  );
}

/** The images the decision rests on; photos replaced by a later one of the same kind are kept apart, folded and marked. */
function Images({ session }: { session: SessionDetail }): VNode {
  if (session.images.length === 0) return <p class="empty">No images (none uploaded, or deleted with the session's data).</p>;
  const submitted = session.images.filter((image) => !image.replaced);
  const replaced = session.images.filter((image) => image.replaced);
  return (
    <>
      <div class="images">
        {submitted.map((image) => (
          <Thumbnail session={session} image={image} status="submitted" />
        ))}
      </div>
      {replaced.length > 0 && (
        <details class="replaced">
          <summary>
            {replaced.length === 1 ? '1 photo' : `${replaced.length} photos`} replaced by a later one (not used)
          </summary>
          <div class="images">
            {replaced.map((image) => (
              <Thumbnail session={session} image={image} status="replaced" />
            ))}
          </div>
        </details>
      )}
    </>
  );
}

/** The review form for the reviewer holding the session; for others, who holds it and until when. */
function ReviewPart({ session, csrfToken, state }: { session: SessionDetail; csrfToken: string; state?: ReviewFormState }): VNode {
  const claim = session.claim;
  if (claim && !claim.mine) {
    return (
      <>
        <h2 id="review">Review</h2>
        <p class="notice" role="status" data-claimed-by={claim.by}>
          {claim.by} is reviewing this session. It is released if they leave it until {when(claim.until)}; then you can decide it.
        </p>
      </>
    );
  }
  return (
    <>
      {claim && (
        <p class="hint" data-claimed-by={claim.by}>
          You are reviewing this session: others cannot decide it while you have it open (released if you leave it until {when(claim.until)}).
        </p>
      )}
      <ReviewForm session={session} csrfToken={csrfToken} state={state} />
    </>
  );
}

/** Who decided, when, why and what they noted. */
function DecisionCard({ review }: { review: AppliedReview }): VNode {
  return (
    <section class="card wide" aria-labelledby="decided-heading">
      <h2 id="decided-heading">Review decision</h2>
      <Facts
        entries={[
          ['Decision', review.decision],
          ['Decided by', review.by],
          ['Decided at', when(review.at)],
          ['Reasons', review.reasons.length ? review.reasons.map(reasonText).join(', ') : '—'],
          ['Note', review.note ?? '—'],
        ]}
      />
    </section>
  );
}

export function renderSessionPage(input: Frame & { session: SessionDetail; error?: string; notice?: SessionNotice; review?: ReviewFormState }): string {
  const { session } = input;
  const tags = (values: string[]) => (values.length ? values.join(', ') : 'none');
  const checks: [string, string][] = [
    ['Document, automatic', display(session.status.autoDocument)],
    ['Face, automatic', display(session.status.autoFace)],
    ['Document, review', display(session.status.manualDocument)],
    ['Face, review', display(session.status.manualFace)],
    ['Fraud tags', tags(session.status.fraudTags)],
    ['Mismatch tags', tags(session.status.mismatchTags)],
    ...(session.decision ? ([['Decision', session.decision]] as [string, string][]) : []),
  ];
  const settings: Fact[] = [
    ['Attempts', `${session.attempts} of ${session.maxAttempts}`],
    ['Language', languageLabel(session.language)],
    ['Expires', when(session.expiresAt)],
    ['Started', when(session.startedAt)],
    ['Submitted', when(session.submittedAt)],
    ['Finished', when(session.finishedAt)],
    ...(session.externalRef ? ([['External ref', session.externalRef]] as Fact[]) : []),
    ...URL_FIELDS.flatMap((spec): Fact[] => {
      const url = session.urls[spec.name];
      return url ? [[spec.label, url]] : [];
    }),
    ...(session.dataDeletedAt ? ([['Data deleted', when(session.dataDeletedAt)]] as Fact[]) : []),
  ];
  const supplied = Object.entries(session.supplied).filter((entry): entry is [string, string] => entry[1] !== null);
  const read = Object.entries(session.data ?? {}).map(([name, value]): [string, string] => [name, display(value)]);
  const created = input.notice === 'created' || input.notice === 'created-sent';
  const canAct = may(input.role, 'act');
  return framed(
    input,
    '/dashboard/sessions',
    `Session ${session.id}`,
    <>
      <h1>
        Session {session.id} <LivePill sessionId={session.id} status={session.status.overall} reload />
      </h1>
      <LiveRegion />
      {session.nextReview && (
        <p>
          <a href={`${sessionPath(session.nextReview)}#review`} data-next-review>
            Next in the review queue
          </a>{' '}
          <kbd>N</kbd>
        </p>
      )}
      {input.error && (
        <p class="alert" role="alert">
          {input.error}
        </p>
      )}
      {input.notice && (
        <div class="notice" role="status">
          <p>{SESSION_NOTICES[input.notice]}</p>
          {created && session.hostedPageUrl && <LinkBlock url={session.hostedPageUrl} />}
        </div>
      )}
      <p>
        Client <strong>{session.clientId}</strong> · {labelOf(FLOW_LABELS, session.flow)} ·{' '}
        {session.link ? (
          <>
            from link <a href={`/dashboard/links/${session.link.id}`}>{session.link.name}</a>
          </>
        ) : (
          'dynamic link'
        )}{' '}
        · created {when(session.createdAt)} · <a href={session.temporalUrl}>workflow in the Temporal UI</a>
      </p>
      <div class="grid2 roomy">
        {session.hostedPageUrl && !created && (
          <section class="card wide">
            <h2>Link for the person</h2>
            <LinkBlock url={session.hostedPageUrl} />
            <p class="hint">Anyone holding it can verify as this person until {when(session.expiresAt)}; share it only with them.</p>
          </section>
        )}
        {session.review && <DecisionCard review={session.review} />}
        <section class="card">
          <h2>Checks and tags</h2>
          <Facts entries={checks} />
        </section>
        <section class="card">
          <h2>Session</h2>
          <Facts entries={settings} />
        </section>
        <section class="card">
          <h2>Supplied by the integrator</h2>
          {supplied.length > 0 ? <Facts entries={supplied} /> : <p class="empty">Nothing supplied.</p>}
        </section>
        <section class="card">
          <h2>Read from the document</h2>
          {read.length > 0 ? <Facts entries={read} /> : <p class="empty">Not read yet.</p>}
        </section>
      </div>
      {canAct && <Actions session={session} csrfToken={input.csrfToken} />}
      <EngineSection session={session} />
      <h2>Images</h2>
      <Images session={session} />
      {session.status.overall === 'REVIEWING' &&
        (canAct ? (
          <ReviewPart session={session} csrfToken={input.csrfToken} state={input.review} />
        ) : (
          <>
            <h2 id="review">Review</h2>
            <p class="hint" data-view-only>
              This session waits for a reviewer. As a viewer you can look, not decide.
            </p>
          </>
        ))}
      <h2>Timeline</h2>
      <Timeline session={session} />
      <h2>Audit trail</h2>
      <AuditTable entries={session.audit} showSubject={false} />
    </>,
    SESSION_SCRIPTS,
  );
}

// ----- Confirmations -----------------------------------------------------------------------------------------------

export interface Confirmation {
  sessionId: string;
  title: string;
  /** What happens, and what stays. */
  explanation: ComponentChildren;
  /** The path the confirming form posts to. */
  action: string;
  button: string;
}

export function cancelExplanation(clientId: string): VNode {
  return (
    <>
      The link stops working at once and the credit reserved for it is released. <strong>{clientId}</strong> cannot verify with it any more; that would
      need a new session.
    </>
  );
}

/** `result`: the decision or status, which stays with the audit trail. */
export function dataDeletionExplanation(result: string): VNode {
  return (
    <>
      The images and the personal data (supplied at creation and read from the document) are deleted for good. The result, <strong>{result}</strong>, and
      the audit trail stay. This cannot be undone.
    </>
  );
}

export function renderConfirmPage(input: Frame & Confirmation): string {
  return framed(
    input,
    '/dashboard/sessions',
    input.title,
    <>
      <h1>{input.title}</h1>
      <section class="card confirm">
        <p>{input.explanation}</p>
        <div class="actions">
          <form method="post" action={input.action}>
            <CsrfField token={input.csrfToken} />
            <button class="danger" type="submit">
              {input.button}
            </button>
          </form>
          <a href={sessionPath(input.sessionId)}>No, back to the session</a>
        </div>
      </section>
    </>,
  );
}
