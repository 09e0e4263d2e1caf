/**
 * The hosted verification page (`/v/{token}`), and the page for unknown or expired sessions. The server renders every
 * step of the flow; `web/hosted-flow.js` shows one at a time, calls the JSON endpoints and redraws from the view each
 * answer carries. Without JavaScript the page still shows the welcome step: what will be asked, and that the browser
 * must run JavaScript to continue.
 */
import escapeHtml from 'escape-html';
import { requiredKinds, type DocumentKind, type DocumentType, type Flow } from '../../../workflows/definitions';
import type { HostedFlowView } from '../hosted-flow-view';
import { messagesFor, plural, resolveLanguage, type Messages, type SessionUnavailableReason } from '../i18n';
import type { Language } from '../../../lib/languages';
import { icon, renderLanguageSwitcher, renderPage, type IconName, type LanguageLink } from '../../html/layout';

export type { SessionUnavailableReason };

/** Where `api/routes/assets.ts` serves `web/hosted-flow.js`. */
export const HOSTED_FLOW_SCRIPT = '/assets/hosted-flow.js';

/** The formats the upload intake accepts; the pickers offer only these. */
const ACCEPTED_IMAGES = 'image/jpeg,image/png,image/webp';

/**
 * The whole flow in one document. `sessionLengthSeconds`, when given, lets the welcome step say how many minutes the
 * person will have.
 */
export function renderHostedFlowPage({
  language,
  languageLinks,
  view,
  sessionLengthSeconds,
}: {
  language: string;
  languageLinks: readonly LanguageLink[];
  view: HostedFlowView;
  sessionLengthSeconds?: number;
}): string {
  const lang = resolveLanguage(language);
  const messages = messagesFor(lang);
  // Every kind the flow may need: the script hides the back when the chosen document has none.
  const kinds = requiredKinds(view.flow, null);
  const panels = [
    welcomePanel(lang, messages, view.flow, sessionLengthSeconds),
    ...(offersDocumentChoice(view) ? [documentTypePanel(messages, view.documentTypes)] : []),
    ...kinds.map((kind) => capturePanel(messages, kind)),
    reviewPanel(messages, kinds),
    checkingPanel(messages),
    resultPanel(messages),
  ];
  const body = `${flowBar(messages)}
<div class="alert" id="error" role="alert"></div>
<div class="sr-only" id="announcer" aria-live="polite"></div>
${retryNotice(messages)}
${panels.join('\n')}
${renderLanguageSwitcher(lang, languageLinks)}`;
  return renderPage({
    language: lang,
    title: messages.session.title,
    body,
    script: HOSTED_FLOW_SCRIPT,
    data: { 'flow-view': view, 'flow-messages': messages.script },
  });
}

export function renderSessionUnavailablePage({ language, reason }: { language: string; reason: SessionUnavailableReason }): string {
  const { heading, hint } = messagesFor(language).session.unavailable[reason];
  const body = `<div class="badge problem">${icon(reason === 'EXPIRED' ? 'clock' : 'alert')}</div>
<h1>${escapeHtml(heading)}</h1>
<p class="hint">${escapeHtml(hint)}</p>`;
  return renderPage({ language, title: heading, body });
}

function offersDocumentChoice(view: HostedFlowView): boolean {
  return view.flow !== 'SELFIE' && view.documentTypes.length > 1;
}

/** Step number and countdown, shown while the person is taking photos. */
function flowBar({ capture }: Messages): string {
  return `<div class="flow-bar" id="flow-bar" hidden>
<div class="flow-status"><span id="progress"></span><span class="countdown" id="countdown-box">${icon('clock')}<span class="sr-only" id="countdown-label">${escapeHtml(capture.timeLeft)}</span><span id="countdown" role="timer" aria-labelledby="countdown-label"></span></span></div>
<div class="track" aria-hidden="true"><span id="progress-fill"></span></div>
</div>`;
}

/** Why the previous attempt was refused; the script lists the reasons. */
function retryNotice({ capture }: Messages): string {
  return `<div class="notice" id="retry" hidden>
<p class="title">${escapeHtml(capture.retryHeading)}</p>
<ul id="retry-reasons"></ul>
<p id="retry-attempt"></p>
</div>`;
}

/** The only step visible before the script runs, so it reads well without it. */
function welcomePanel(language: Language, { session, landing }: Messages, flow: Flow, sessionLengthSeconds: number | undefined): string {
  const steps = [
    ...(flow === 'SELFIE' ? [] : [session.steps.documentFront, session.steps.documentBack]),
    ...(flow === 'DOCUMENT' ? [] : [session.steps.selfie]),
  ];
  // Rounded down: the page never promises more time than the session has.
  const minutes = sessionLengthSeconds === undefined ? null : Math.max(1, Math.floor(sessionLengthSeconds / 60));
  const timeLimit = minutes === null ? session.timeLimitUnknown : plural(language, session.timeLimit, minutes, { minutes });
  return `<section class="panel" data-panel="welcome">
<div class="badge">${icon('shield')}</div>
<h1 tabindex="-1">${escapeHtml(session.heading)}</h1>
<p class="lead">${escapeHtml(session.stepsHeading)}</p>
<ol class="steps">${steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>
<p class="time">${icon('clock')}<span>${escapeHtml(timeLimit)}</span></p>
<noscript><p class="notice">${escapeHtml(session.needsJavaScript)}</p></noscript>
<p class="consent" id="consent">${escapeHtml(landing.consent[flow])}</p>
<button class="button" type="button" id="start" data-action="start" aria-describedby="consent" disabled>${escapeHtml(landing.start)}</button>
</section>`;
}

function documentTypePanel({ capture }: Messages, documentTypes: readonly DocumentType[]): string {
  const { heading, hint, legend, names } = capture.documentType;
  const choices = documentTypes.map(
    (type) =>
      `<label class="choice"><input type="radio" name="documentType" value="${type}" id="document-type-${type}"><span>${escapeHtml(names[type])}</span></label>`,
  );
  return `<section class="panel" data-panel="document-type" hidden>
<h1 tabindex="-1">${escapeHtml(heading)}</h1>
<p class="lead">${escapeHtml(hint)}</p>
<fieldset class="choices"><legend>${escapeHtml(legend)}</legend>
${choices.join('\n')}
</fieldset>
<div class="actions"><button class="button" type="button" id="continue" data-action="continue" disabled>${escapeHtml(capture.continue)}</button></div>
</section>`;
}

function backButton({ capture }: Messages, step: DocumentKind | 'REVIEW'): string {
  return `<button class="back" type="button" id="back-${step}" data-action="back">${icon('back')}<span>${escapeHtml(capture.back)}</span></button>`;
}

/**
 * One photo: the camera opens directly where the browser supports `capture` (the selfie camera for the face); the
 * file picker without it is the fallback on computers. The labels are the visible buttons.
 */
function capturePanel(messages: Messages, kind: DocumentKind): string {
  const { capture, script } = messages;
  const { heading, instruction } = capture.kinds[kind];
  const picker = (id: string, captureMode: string | null, label: string, iconName: IconName, style: string) =>
    `<input class="file-input" type="file" id="${id}" accept="${ACCEPTED_IMAGES}"${captureMode ? ` capture="${captureMode}"` : ''} data-kind="${kind}">` +
    `<label class="${style}" for="${id}">${icon(iconName)}<span>${escapeHtml(label)}</span></label>`;
  return `<section class="panel" data-panel="capture-${kind}" hidden>
${backButton(messages, kind)}
<h1 tabindex="-1">${escapeHtml(heading)}</h1>
<p class="lead">${escapeHtml(instruction)}</p>
<figure class="preview" id="preview-${kind}" hidden></figure>
<p class="added" id="added-${kind}" hidden>${icon('check')}<span>${escapeHtml(script.added)}</span></p>
<p class="uploading" id="uploading-${kind}" hidden><span class="spinner" aria-hidden="true"></span><span>${escapeHtml(script.uploading)}</span></p>
<div class="actions">
<button class="button" type="button" id="next-${kind}" data-action="next" hidden>${escapeHtml(capture.continue)}</button>
${picker(`camera-${kind}`, kind === 'FACE' ? 'user' : 'environment', script.takePhoto, 'camera', 'button')}
${picker(`file-${kind}`, null, script.chooseFile, 'upload', 'button secondary')}
</div>
</section>`;
}

function reviewPanel(messages: Messages, kinds: readonly DocumentKind[]): string {
  const { capture, script } = messages;
  const items = kinds.map(
    (kind) => `<li data-kind="${kind}"><span class="thumb" id="thumb-${kind}">${icon(kind === 'FACE' ? 'selfie' : 'document')}</span>
<span class="name"><span id="review-name-${kind}">${escapeHtml(capture.kinds[kind].heading)}</span><span class="state">${icon('check')}<span id="review-state-${kind}">${escapeHtml(script.notAdded)}</span></span></span>
<button class="edit" type="button" id="edit-${kind}" data-action="edit" data-kind="${kind}" aria-labelledby="edit-${kind} review-name-${kind}">${escapeHtml(script.add)}</button></li>`,
  );
  return `<section class="panel" data-panel="review" hidden>
${backButton(messages, 'REVIEW')}
<h1 tabindex="-1">${escapeHtml(capture.review.heading)}</h1>
<p class="lead">${escapeHtml(capture.review.hint)}</p>
<ul class="review" id="review-list">
${items.join('\n')}
</ul>
<div class="actions"><button class="button" type="button" id="submit" data-action="submit">${escapeHtml(capture.review.submit)}</button></div>
</section>`;
}

function checkingPanel({ capture }: Messages): string {
  return `<section class="panel" data-panel="checking" hidden>
<div class="badge"><span class="spinner" aria-hidden="true"></span></div>
<h1 tabindex="-1">${escapeHtml(capture.checking.heading)}</h1>
<p class="hint">${escapeHtml(capture.checking.hint)}</p>
</section>`;
}

/** The last step; the script writes the outcome's texts and shows its icon. */
function resultPanel({ capture, script }: Messages): string {
  const icons = (['check', 'shield', 'clock', 'alert'] as const).map((name) => `<span data-outcome-icon="${name}" hidden>${icon(name)}</span>`);
  return `<section class="panel" data-panel="result" id="result" hidden>
<div class="badge" id="result-badge">${icons.join('')}</div>
<h1 tabindex="-1" id="result-heading"></h1>
<p class="hint" id="result-text"></p>
<p class="hint" id="redirect-note" hidden>${escapeHtml(script.redirecting)}</p>
<a class="button" id="redirect" hidden>${escapeHtml(capture.redirectLink)}</a>
</section>`;
}
