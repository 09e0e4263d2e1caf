/**
 * Dashboard pages of verification sessions: the list with its filters, the form that creates a dynamic link, one
 * session in full (checks, link, actions, images, review form, timeline with webhook deliveries), and the
 * confirmation step of cancelling and of deleting data. Status pills carry `data-live-session` for dashboard-live.js.
 */
import escapeHtml from 'escape-html';
import type { ErrorDetail } from '../../../lib/errors';
import type { EngineFindings } from '../../../services/engine-findings';
import { messagesFor } from '../../hosted/i18n';
import { SUPPORTED_LANGUAGES } from '../../../lib/languages';
import { attemptItem, csrfField, display, exactly, framed, statusPill, table, when, type AttemptRow, type Frame } from './frame';
import { fieldAttributes, fieldError } from './form-parts';

const LIVE_SCRIPT = { scripts: ['/assets/dashboard-live.js'] } as const;
/** Where dashboard-live.js announces status changes (present before any change, so screen readers follow it). */
const LIVE_REGION = '<p class="live" id="live-announcer" aria-live="polite"></p>';

/** A status pill that dashboard-live.js keeps current; on a session's own page a change reloads it. */
const livePill = (sessionId: string, status: string, reload = false) =>
  `<span class="status" data-status="${escapeHtml(status)}" data-live-session="${escapeHtml(sessionId)}"${reload ? ' data-live-reload' : ''}>${escapeHtml(status)}</span>`;

const sessionPath = (id: string) => `/dashboard/sessions/${escapeHtml(id)}`;

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

export function renderSessionsPage(
  input: Frame & { sessions: SessionRow[]; filters: SessionFilters; links: { id: string; name: string }[]; nextPage: string | null },
): string {
  const { filters } = input;
  const option = (value: string, label: string, selected: string) =>
    `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const statuses = ['', ...SESSION_STATUS_FILTERS].map((status) => option(status, status || 'Any status', filters.status)).join('');
  const links = [option('', 'Any link or none', filters.linkId), ...input.links.map((link) => option(link.id, link.name, filters.linkId))].join('');
  const rows = input.sessions.map(
    (session) =>
      `<tr><td><a href="${sessionPath(session.id)}">${escapeHtml(session.id)}</a></td><td>${escapeHtml(session.clientId)}</td><td>${livePill(session.id, session.status)}</td><td>${escapeHtml(session.flow)}</td><td>${session.linkName === null ? 'dynamic' : escapeHtml(session.linkName)}</td><td>${when(session.createdAt)}</td></tr>`,
  );
  const filtered = Object.values(filters).some((value) => value !== '');
  const empty = filtered
    ? 'No sessions match. <a href="/dashboard/sessions">Clear the filters</a>'
    : 'No sessions yet. Create one for a person with <strong>New session</strong>, share a <a href="/dashboard/links">reusable link</a>, or call <code>POST /api/v1/sessions</code>.';
  return framed(
    input,
    '/dashboard/sessions',
    'Sessions',
    `<div class="toolbar"><h1>Sessions</h1><a class="button" href="/dashboard/sessions/new">New session</a></div>
<form class="filters" method="get" action="/dashboard/sessions">
<div><label for="status">Status</label><select id="status" name="status">${statuses}</select></div>
<div><label for="clientId">Client id</label><input id="clientId" name="clientId" type="text" maxlength="100" value="${escapeHtml(filters.clientId)}"></div>
<div><label for="linkId">Link</label><select id="linkId" name="linkId">${links}</select></div>
<div><label for="createdFrom">Created from (UTC)</label><input id="createdFrom" name="createdFrom" type="date" value="${escapeHtml(filters.createdFrom)}"></div>
<div><label for="createdTo">Created to (UTC)</label><input id="createdTo" name="createdTo" type="date" value="${escapeHtml(filters.createdTo)}"></div>
<button type="submit">Filter</button>
</form>
${LIVE_REGION}
${table(['Session', 'Client', 'Status', 'Flow', 'Link', 'Created'], rows, empty)}
${input.nextPage ? `<p class="pager"><a href="${escapeHtml(input.nextPage)}">Older sessions</a></p>` : ''}`,
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

const FLOW_LABELS = { DOCUMENT_AND_SELFIE: 'Document and selfie', DOCUMENT: 'Document only', SELFIE: 'Selfie only' } as const;

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
  /** Already-escaped HTML: a problem that is not one field's (no credit, an out-of-date form). */
  alertHtml?: string;
  limits: { expiryTime: DurationLimits; sessionLength: DurationLimits };
  /** How long before expiry a reminder goes out, as a duration. */
  reminderBefore: string;
}

const fieldId = (name: string) => name.replace('.', '-');

/** A field as the shared form parts name it: its element id, and its hint's id when it has one. */
const partsOf = (name: string, hint: boolean) => ({ id: fieldId(name), label: name, hintId: hint ? `${fieldId(name)}-hint` : undefined });

/** `aria-invalid` and `aria-describedby` of a field with its hint and error. */
const described = (name: string, hint: boolean, error: string | undefined) => fieldAttributes(partsOf(name, hint), error);

function hintAndError(name: string, hint: string | undefined, error: string | undefined): string {
  return `${hint ? `<span class="hint" id="${fieldId(name)}-hint">${escapeHtml(hint)}</span>` : ''}${fieldError(partsOf(name, Boolean(hint)), error)}`;
}

export function renderNewSessionPage(input: NewSessionForm): string {
  const errors = new Map<string, string>();
  for (const detail of input.errors) if (!errors.has(detail.field)) errors.set(detail.field, detail.message);
  const value = (name: string) => escapeHtml(input.values[name] ?? '');
  const labels = new Map<string, string>();

  const field = (spec: FieldSpec) => {
    labels.set(spec.name, spec.label);
    const error = errors.get(spec.name);
    return `<div><label for="${fieldId(spec.name)}">${escapeHtml(spec.label)}</label><input id="${fieldId(spec.name)}" name="${spec.name}" type="${spec.type}" value="${value(spec.name)}"${spec.required ? ' required' : ''}${spec.maxlength ? ` maxlength="${spec.maxlength}"` : ''}${spec.autocomplete ? ` autocomplete="${spec.autocomplete}"` : ''}${described(spec.name, Boolean(spec.hint), error)}>${hintAndError(spec.name, spec.hint, error)}</div>`;
  };
  const select = (name: string, label: string, options: [string, string][]) => {
    labels.set(name, label);
    const error = errors.get(name);
    const choices = options.map(([code, text]) => `<option value="${escapeHtml(code)}"${input.values[name] === code ? ' selected' : ''}>${escapeHtml(text)}</option>`).join('');
    return `<div><label for="${name}">${escapeHtml(label)}</label><select id="${name}" name="${name}"${described(name, false, error)}>${choices}</select>${hintAndError(name, undefined, error)}</div>`;
  };
  const duration = (name: 'expiryTime' | 'sessionLength', label: string, hint: string) => {
    const limits = input.limits[name];
    return field({ name, label, type: 'text', hint: `${hint} A number and a unit: 90s, 45m, 24h or 7d; from ${limits.min} to ${limits.max}, default ${limits.default}.` });
  };
  const checkbox = (name: string, label: string, hint?: string) => {
    labels.set(name, label);
    const error = errors.get(name);
    return `<div><label><input type="checkbox" id="${fieldId(name)}" name="${name}" value="on"${input.values[name] === 'on' ? ' checked' : ''}${described(name, Boolean(hint), error)}> ${escapeHtml(label)}</label>${hintAndError(name, hint, error)}</div>`;
  };

  const person = PERSON_FIELDS.map(field).join('');
  const verification = [
    select('flow', 'Steps', Object.entries(FLOW_LABELS)),
    select('language', 'Language of the page', SUPPORTED_LANGUAGES.map((code) => [code, messagesFor(code).languageName])),
    duration('expiryTime', 'Link can be started for', 'After this the link expires unused.'),
    duration('sessionLength', 'Time to finish once opened', 'Counted from pressing Start.'),
  ].join('');
  const urls = URL_FIELDS.map(field).join('');
  const sending = [
    checkbox('send.email', 'Send by email'),
    checkbox('send.sms', 'Send by SMS'),
    checkbox('send.reminder', 'Remind before expiry', `Sent the same way ${input.reminderBefore} before the link expires, if the person has not started.`),
  ].join('');

  // One line per field, in the form's order, each leading to its field.
  const summary = errors.size
    ? `<div class="alert" role="alert"><p>${errors.size === 1 ? 'One field needs' : `${errors.size} fields need`} attention:</p><ul>${[...errors]
        .map(([name, message]) => `<li><a href="#${fieldId(name)}">${escapeHtml(labels.get(name) ?? name)}</a>: ${escapeHtml(message)}</li>`)
        .join('')}</ul></div>`
    : '';
  return framed(
    input,
    '/dashboard/sessions',
    'New session',
    `<h1>New session</h1>
<p>A dynamic link: one verification for one person. Only the client id is required.</p>
${input.alertHtml ? `<p class="alert" role="alert">${input.alertHtml}</p>` : ''}${summary}
<form class="card" method="post" action="/dashboard/sessions/new">
${csrfField(input.csrfToken)}<input type="hidden" name="formKey" value="${escapeHtml(input.formKey)}">
<fieldset><legend>The person</legend><div class="form-grid">${person}</div></fieldset>
<fieldset><legend>The verification</legend><div class="form-grid">${verification}</div></fieldset>
<fieldset><legend>Afterwards</legend><div class="form-grid">${urls}</div></fieldset>
<fieldset><legend>Sending</legend>${sending}</fieldset>
<p class="actions"><button type="submit">Create session</button><a href="/dashboard/sessions">Back to the sessions</a></p>
</form>`,
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
  language: string;
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
  images: { id: string; kind: string; attempt: number }[];
  /** The verification engine's findings for the latest attempt it read; null when it did not read this session. */
  engine: EngineFindings | null;
  timeline: TimelineEvent[];
  temporalUrl: string;
  /** The person's link, while they can still use it. */
  hostedPageUrl: string | null;
  /** What the operator may do now (the API's rules). */
  can: { sendBy: ('email' | 'sms')[]; cancel: boolean; deleteData: boolean };
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
function engineSection(session: SessionDetail): string {
  const engine = session.engine;
  if (!engine) return '';
  const rows = engine.checks.map((check) => `<tr><td>${escapeHtml(check.name)}</td><td>${escapeHtml(check.result)}</td><td>${escapeHtml(check.code ?? '')}</td></tr>`);
  const checks = table(['Check', 'Outcome', 'Reason'], rows, 'No decision recorded for this reading.');
  const crop = (which: 'selfie' | 'document', label: string) =>
    engine.crops[which] ? `<figure><img src="${sessionPath(session.id)}/crops/${which}" alt="${label}"><figcaption>${label}</figcaption></figure>` : '';
  return `<h2>Verification engine · attempt ${engine.attempt}</h2>
<section class="card wide">${checks}
${facts([
  ['MRZ', engine.mrzValid ? 'found, every check digit valid' : engine.mrzFound ? 'found, not valid by its check digits' : 'not found'],
  ['Face similarity', engine.faceSimilarity === null ? 'not compared' : engine.faceSimilarity.toFixed(2)],
  ['Read in', `${(engine.millis / 1000).toFixed(1)} s`],
])}
${engine.mrzLines.length ? `<pre class="mrz">${escapeHtml(engine.mrzLines.join('\n'))}</pre>` : ''}
<div class="images">${crop('document', 'Portrait on the document')}${crop('selfie', 'Selfie')}</div></section>`;
}

/** A definition list of facts; long values (URLs, check codes) wrap. */
const facts = (entries: [string, string][]) =>
  entries.length ? `<dl class="facts">${entries.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>` : '';

function linkBlock(url: string): string {
  return `<div class="copy-row"><input id="session-url" type="text" readonly aria-label="Link for the person" value="${escapeHtml(url)}"><button type="button" class="quiet" data-copy="#session-url">Copy</button></div>`;
}

function actionsOf(input: Frame & { session: SessionDetail }): string {
  const { session } = input;
  const sends = session.can.sendBy.map(
    (channel) =>
      `<form method="post" action="${sessionPath(session.id)}/send">${csrfField(input.csrfToken)}<input type="hidden" name="channel" value="${channel}"><button class="quiet" type="submit">Send the link again by ${channel === 'email' ? 'email' : 'SMS'}</button></form>`,
  );
  const links = [
    ...(session.can.cancel ? [`<a class="button quiet" href="${sessionPath(session.id)}/cancel">Cancel the session…</a>`] : []),
    ...(session.can.deleteData ? [`<a class="button quiet" href="${sessionPath(session.id)}/delete-data">Delete personal data…</a>`] : []),
  ];
  const all = [...sends, ...links];
  return all.length ? `<h2>Actions</h2><div class="actions">${all.join('')}</div>` : '';
}

function timelineOf(session: SessionDetail): string {
  const rows = session.timeline.map((event) => {
    const deliveries = event.deliveries
      .map((delivery) => {
        const attempts = delivery.attempts.map(attemptItem).join('');
        const next = delivery.status === 'PENDING' && delivery.nextAttemptAt ? `<p class="hint">Next attempt ${exactly(delivery.nextAttemptAt)}</p>` : '';
        return `<div><a href="/dashboard/webhooks/${escapeHtml(delivery.endpointId)}">${escapeHtml(delivery.url)}</a> ${statusPill(delivery.status)}${attempts ? `<ol>${attempts}</ol>` : '<p class="hint">No attempt yet.</p>'}${next}</div>`;
      })
      .join('');
    return `<tr><td>${exactly(event.at)}</td><td>${escapeHtml(event.type)}</td><td>${deliveries || '<span class="hint">None</span>'}</td></tr>`;
  });
  return table(['When', 'Event', 'Webhook deliveries'], rows, 'No events.');
}

export function renderSessionPage(input: Frame & { session: SessionDetail; error?: string; notice?: SessionNotice }): string {
  const { session } = input;
  const tags = (values: string[]) => (values.length ? values.join(', ') : 'none');
  const checks = facts([
    ['Document, automatic', display(session.status.autoDocument)],
    ['Face, automatic', display(session.status.autoFace)],
    ['Document, review', display(session.status.manualDocument)],
    ['Face, review', display(session.status.manualFace)],
    ['Fraud tags', tags(session.status.fraudTags)],
    ['Mismatch tags', tags(session.status.mismatchTags)],
    ...(session.decision ? ([['Decision', session.decision]] as [string, string][]) : []),
  ]);
  const settings = facts([
    ['Attempts', `${session.attempts} of ${session.maxAttempts}`],
    ['Language', session.language],
    ['Expires', when(session.expiresAt)],
    ['Started', when(session.startedAt)],
    ['Submitted', when(session.submittedAt)],
    ['Finished', when(session.finishedAt)],
    ...(session.externalRef ? ([['External ref', session.externalRef]] as [string, string][]) : []),
    ...URL_FIELDS.flatMap((spec): [string, string][] => {
      const url = session.urls[spec.name];
      return url ? [[spec.label, url]] : [];
    }),
    ...(session.dataDeletedAt ? ([['Data deleted', when(session.dataDeletedAt)]] as [string, string][]) : []),
  ]);
  const supplied = facts(Object.entries(session.supplied).filter((entry): entry is [string, string] => entry[1] !== null));
  const read = facts(Object.entries(session.data ?? {}).map(([name, value]): [string, string] => [name, display(value)]));
  const images = session.images
    .map(
      (image) =>
        `<figure><img src="${sessionPath(session.id)}/documents/${escapeHtml(image.id)}" alt="${escapeHtml(image.kind)}, attempt ${image.attempt}"><figcaption>${escapeHtml(image.kind)} · attempt ${image.attempt}</figcaption></figure>`,
    )
    .join('');
  const review =
    session.status.overall === 'REVIEWING'
      ? `<h2>Review</h2>
<form class="card" method="post" action="${sessionPath(session.id)}/review">
${csrfField(input.csrfToken)}
<fieldset><legend>Decision</legend>
<label><input type="radio" name="decision" value="APPROVED" required> Approve</label>
<label><input type="radio" name="decision" value="DENIED"> Deny</label></fieldset>
<fieldset><legend>Reasons (at least one to deny)</legend><div class="checks">${DENIAL_REASONS.map(([code, label]) => `<label><input type="checkbox" name="reasons" value="${code}"> ${label}</label>`).join('')}</div></fieldset>
<label for="other-reasons">Other reason codes (comma-separated)</label><input id="other-reasons" name="otherReasons" type="text" placeholder="COUNTRY_MISMATCH, MRZ_NOT_FOUND">
<div class="grid2">${REVIEWED_FIELDS.map(([name, label]) => `<div><label for="data-${name}">${label} as read on the document</label><input id="data-${name}" name="data.${name}" type="text" value="${escapeHtml(readValue(session.data, name))}"></div>`).join('')}</div>
<p class="hint">Filled in from what the engine read: confirm, or correct what is wrong.</p>
<label for="note">Note</label><textarea id="note" name="note"></textarea>
<p><button type="submit">Record the decision</button></p>
</form>`
      : '';
  const created = input.notice === 'created' || input.notice === 'created-sent';
  const notice = input.notice
    ? `<div class="notice" role="status"><p>${escapeHtml(SESSION_NOTICES[input.notice])}</p>${created && session.hostedPageUrl ? linkBlock(session.hostedPageUrl) : ''}</div>`
    : '';
  const hostedPage =
    session.hostedPageUrl && !created
      ? `<section class="card wide"><h2>Link for the person</h2>${linkBlock(session.hostedPageUrl)}<p class="hint">Anyone holding it can verify as this person until ${when(session.expiresAt)}; share it only with them.</p></section>
`
      : '';
  return framed(
    input,
    '/dashboard/sessions',
    `Session ${session.id}`,
    `<h1>Session ${escapeHtml(session.id)} ${livePill(session.id, session.status.overall, true)}</h1>
${LIVE_REGION}
${input.error ? `<p class="alert" role="alert">${escapeHtml(input.error)}</p>` : ''}${notice}
<p>Client <strong>${escapeHtml(session.clientId)}</strong> · ${escapeHtml(session.flow)} · ${session.link ? `from link <a href="/dashboard/links/${escapeHtml(session.link.id)}">${escapeHtml(session.link.name)}</a>` : 'dynamic link'} · created ${when(session.createdAt)} · <a href="${escapeHtml(session.temporalUrl)}">workflow in the Temporal UI</a></p>
<div class="grid2 roomy">
${hostedPage}<section class="card"><h2>Checks and tags</h2>${checks}</section>
<section class="card"><h2>Session</h2>${settings}</section>
<section class="card"><h2>Supplied by the integrator</h2>${supplied || '<p class="empty">Nothing supplied.</p>'}</section>
<section class="card"><h2>Read from the document</h2>${read || '<p class="empty">Not read yet.</p>'}</section>
</div>
${actionsOf(input)}
${engineSection(session)}
<h2>Images</h2>
${images ? `<div class="images">${images}</div>` : '<p class="empty">No images (none uploaded, or deleted with the session\'s data).</p>'}
${review}
<h2>Timeline</h2>
${timelineOf(session)}`,
    LIVE_SCRIPT,
  );
}

// ----- Confirmations -----------------------------------------------------------------------------------------------

export interface Confirmation {
  sessionId: string;
  title: string;
  /** Already-escaped HTML: what happens, and what stays. */
  explanation: string;
  /** The path the confirming form posts to. */
  action: string;
  button: string;
}

export function renderConfirmPage(input: Frame & Confirmation): string {
  return framed(
    input,
    '/dashboard/sessions',
    input.title,
    `<h1>${escapeHtml(input.title)}</h1>
<section class="card confirm">
<p>${input.explanation}</p>
<div class="actions"><form method="post" action="${escapeHtml(input.action)}">${csrfField(input.csrfToken)}<button class="danger" type="submit">${escapeHtml(input.button)}</button></form>
<a href="${sessionPath(input.sessionId)}">No, back to the session</a></div>
</section>`,
  );
}
