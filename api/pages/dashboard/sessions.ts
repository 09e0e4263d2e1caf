/** Dashboard pages of verification sessions: the list with its filters, and one session in full with its review form. */
import escapeHtml from 'escape-html';
import { display, framed, when, type Frame } from './frame';

export interface SessionRow {
  id: string;
  clientId: string;
  status: string;
  flow: string;
  createdAt: Date;
}

export const SESSION_STATUS_FILTERS = ['ACTIVE', 'REVIEWING', 'APPROVED', 'DENIED', 'SUSPECTED', 'EXPIRED', 'CANCELLED', 'DELETED'] as const;

export function renderSessionsPage(input: Frame & { sessions: SessionRow[]; status: string | null; clientId: string; nextPage: string | null }): string {
  const options = ['', ...SESSION_STATUS_FILTERS]
    .map((status) => `<option value="${status}"${status === (input.status ?? '') ? ' selected' : ''}>${status || 'Any status'}</option>`)
    .join('');
  const rows = input.sessions
    .map(
      (session) =>
        `<tr><td><a href="/dashboard/sessions/${escapeHtml(session.id)}">${escapeHtml(session.id)}</a></td><td>${escapeHtml(session.clientId)}</td><td><span class="status">${escapeHtml(session.status)}</span></td><td>${escapeHtml(session.flow)}</td><td>${when(session.createdAt)}</td></tr>`,
    )
    .join('');
  return framed(
    input,
    '/dashboard/sessions',
    'Sessions',
    `<h1>Sessions</h1>
<form class="filters" method="get" action="/dashboard/sessions">
<div><label for="status">Status</label><select id="status" name="status">${options}</select></div>
<div><label for="clientId">Client id</label><input id="clientId" name="clientId" type="text" value="${escapeHtml(input.clientId)}"></div>
<button type="submit">Filter</button>
</form>
${
  rows
    ? `<table><thead><tr><th scope="col">Session</th><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Flow</th><th scope="col">Created</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No sessions match.</p>'
}
${input.nextPage ? `<p class="pager"><a href="${escapeHtml(input.nextPage)}">Older sessions</a></p>` : ''}`,
  );
}

export interface SessionDetail {
  id: string;
  clientId: string;
  status: Record<string, unknown> & { overall: string };
  final: boolean;
  decision: string | null;
  flow: string;
  supplied: Record<string, string | null>;
  data: Record<string, unknown> | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  images: { id: string; kind: string; attempt: number }[];
  events: { type: string; at: Date }[];
  temporalUrl: string;
}

const REVIEWED_FIELDS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['dateOfBirth', 'Date of birth (YYYY-MM-DD)'],
  ['documentNumber', 'Document number'],
] as const;

export function renderSessionPage(input: Frame & { session: SessionDetail; error?: string }): string {
  const { session } = input;
  const statusRows = Object.entries(session.status)
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(display(value))}</dd>`)
    .join('');
  const supplied = Object.entries(session.supplied)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value ?? '')}</dd>`)
    .join('');
  const read = Object.entries(session.data ?? {})
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(display(value))}</dd>`)
    .join('');
  const images = session.images
    .map(
      (image) =>
        `<figure><img src="/dashboard/sessions/${escapeHtml(session.id)}/documents/${escapeHtml(image.id)}" alt="${escapeHtml(image.kind)}, attempt ${image.attempt}"><figcaption>${escapeHtml(image.kind)} · attempt ${image.attempt}</figcaption></figure>`,
    )
    .join('');
  const events = session.events.map((event) => `<tr><td>${when(event.at)}</td><td>${escapeHtml(event.type)}</td></tr>`).join('');
  const review =
    session.status.overall === 'REVIEWING'
      ? `<h2>Review</h2>
<form class="card" method="post" action="/dashboard/sessions/${escapeHtml(session.id)}/review">
<input type="hidden" name="_csrf" value="${escapeHtml(input.csrfToken)}">
${input.error ? `<p class="alert" role="alert">${escapeHtml(input.error)}</p>` : ''}
<fieldset><legend>Decision</legend>
<label><input type="radio" name="decision" value="APPROVED" required> Approve</label>
<label><input type="radio" name="decision" value="DENIED"> Deny</label></fieldset>
<label for="reasons">Reasons (codes, comma-separated; required to deny)</label><input id="reasons" name="reasons" type="text" placeholder="DOC_EXPIRED, FACE_MISMATCH">
<div class="grid2">${REVIEWED_FIELDS.map(([name, label]) => `<div><label for="data-${name}">${label} as read on the document</label><input id="data-${name}" name="data.${name}" type="text"></div>`).join('')}</div>
<label for="note">Note</label><textarea id="note" name="note"></textarea>
<p><button type="submit">Record the decision</button></p>
</form>`
      : '';
  return framed(
    input,
    '/dashboard/sessions',
    `Session ${session.id}`,
    `<h1>Session ${escapeHtml(session.id)} <span class="status">${escapeHtml(session.status.overall)}</span></h1>
<p>Client <strong>${escapeHtml(session.clientId)}</strong> · ${escapeHtml(session.flow)} · created ${when(session.createdAt)} · started ${when(session.startedAt)} · finished ${when(session.finishedAt)}${session.decision ? ` · decision ${escapeHtml(session.decision)}` : ''} · <a href="${escapeHtml(session.temporalUrl)}">workflow in the Temporal UI</a></p>
<div class="grid2">
<section class="card"><h2>Result</h2><dl>${statusRows}</dl></section>
<section class="card"><h2>Supplied by the integrator</h2>${supplied ? `<dl>${supplied}</dl>` : '<p class="empty">Nothing supplied.</p>'}</section>
<section class="card"><h2>Read from the document</h2>${read ? `<dl>${read}</dl>` : '<p class="empty">Not read yet.</p>'}</section>
</div>
<h2>Images</h2>
${images ? `<div class="images">${images}</div>` : '<p class="empty">No images (none uploaded, or deleted with the session\'s data).</p>'}
${review}
<h2>Timeline</h2>
${events ? `<table><thead><tr><th scope="col">When</th><th scope="col">Event</th></tr></thead><tbody>${events}</tbody></table>` : '<p class="empty">No events.</p>'}`,
  );
}
