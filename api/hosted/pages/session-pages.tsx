/**
 * The hosted verification page (`/v/{token}`), and the page for unknown or expired sessions. The server renders every
 * step of the flow; `web/hosted-flow.js` shows one at a time, calls the JSON endpoints and redraws from the view each
 * answer carries. Without JavaScript the page still shows the welcome step: what will be asked, and that the browser
 * must run JavaScript to continue.
 */
import type { VNode } from 'preact';
import { requiredKinds, type DocumentKind, type DocumentType, type Flow } from '../../../workflows/definitions';
import type { HostedFlowView } from '../hosted-flow-view';
import { fill, messagesFor, plural, resolveLanguage, type Messages, type SessionUnavailableReason } from '../i18n';
import type { Language } from '../../../lib/languages';
import { PrivacyNotice, type PrivacyFacts } from './privacy-notice';
import { HandoffOffer } from './handoff-pages';
import { CAMERA_SCRIPTS, CameraStylesheet, CameraView } from './camera-view';
import { brandedScriptMessages, type PageBranding } from './branding';
import { Icon, LanguageSwitcher, renderHostedPage, renderProblemPage, type IconName, type LanguageLink } from '../../html/layout';

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
  privacy,
  handoffPath,
  branding,
}: {
  language: string;
  languageLinks: readonly LanguageLink[];
  view: HostedFlowView;
  sessionLengthSeconds?: number;
  privacy: PrivacyFacts;
  /** The desktop → phone handoff page, offered while taking photos on a computer. */
  handoffPath?: string;
  /** Without it the page is unbranded. */
  branding?: PageBranding;
}): string {
  const lang = resolveLanguage(language);
  const messages = messagesFor(lang);
  // Every kind the flow may need: the script hides the back when the chosen document has none.
  const kinds = requiredKinds(view.flow, null);
  return renderHostedPage({
    language: lang,
    title: messages.session.title,
    scripts: [...CAMERA_SCRIPTS, HOSTED_FLOW_SCRIPT],
    branding,
    data: { 'flow-view': view, 'flow-messages': brandedScriptMessages(messages, branding), 'camera-messages': messages.camera },
    children: (
      <>
        <CameraStylesheet />
        <FlowBar messages={messages} />
        <div class="alert" id="error" role="alert"></div>
        <div class="sr-only" id="announcer" aria-live="polite"></div>
        <RetryNotice messages={messages} />
        <WelcomePanel language={lang} messages={messages} flow={view.flow} sessionLengthSeconds={sessionLengthSeconds} privacy={privacy} />
        {offersDocumentChoice(view) && <DocumentTypePanel messages={messages} documentTypes={view.documentTypes} />}
        {kinds.map((kind) => (
          <CapturePanel messages={messages} kind={kind} />
        ))}
        <ReviewPanel messages={messages} kinds={kinds} />
        <CheckingPanel messages={messages} />
        <CancelPanel messages={messages} business={privacy.business} />
        <ResultPanel messages={messages} />
        {handoffPath && <HandoffOffer messages={messages} href={handoffPath} />}
        <button class="withdraw" type="button" id="withdraw" data-action="withdraw" hidden>
          {messages.privacy.cancel.button}
        </button>
        <LanguageSwitcher language={lang} links={languageLinks} />
      </>
    ),
  });
}

export function renderSessionUnavailablePage({
  language,
  reason,
  languageLinks,
  branding,
}: {
  language: string;
  reason: SessionUnavailableReason;
  languageLinks: readonly LanguageLink[];
  /** Null or absent when the session is unknown: no account to brand the page for. */
  branding?: PageBranding | null;
}): string {
  const messages = messagesFor(language);
  const { heading, hint } = messages.session.unavailable[reason];
  const advice = branding?.businessName ? fill(messages.branding.askForNewLink, { business: branding.businessName }) : hint;
  return renderProblemPage({ language, icon: reason === 'EXPIRED' ? 'clock' : 'alert', heading, hint: advice, languageLinks, branding: branding ?? undefined });
}

function offersDocumentChoice(view: HostedFlowView): boolean {
  return view.flow !== 'SELFIE' && view.documentTypes.length > 1;
}

/** Step number and countdown, shown while the person is taking photos. */
function FlowBar({ messages: { capture } }: { messages: Messages }): VNode {
  return (
    <div class="flow-bar" id="flow-bar" hidden>
      <div class="flow-status">
        <span id="progress"></span>
        <span class="countdown" id="countdown-box">
          <Icon name="clock" />
          <span class="sr-only" id="countdown-label">
            {capture.timeLeft}
          </span>
          <span id="countdown" role="timer" aria-labelledby="countdown-label"></span>
        </span>
      </div>
      <div class="track" aria-hidden="true">
        <span id="progress-fill"></span>
      </div>
    </div>
  );
}

/** Why the previous attempt was refused; the script lists the reasons. */
function RetryNotice({ messages: { capture } }: { messages: Messages }): VNode {
  return (
    <div class="notice" id="retry" hidden>
      <p class="title">{capture.retryHeading}</p>
      <ul id="retry-reasons"></ul>
      <p id="retry-attempt"></p>
    </div>
  );
}

/** The only step visible before the script runs, so it reads well without it. */
function WelcomePanel({
  language,
  messages: { session, landing },
  flow,
  sessionLengthSeconds,
  privacy,
}: {
  language: Language;
  messages: Messages;
  flow: Flow;
  sessionLengthSeconds: number | undefined;
  privacy: PrivacyFacts;
}): VNode {
  const steps = [
    ...(flow === 'SELFIE' ? [] : [session.steps.documentFront, session.steps.documentBack]),
    ...(flow === 'DOCUMENT' ? [] : [session.steps.selfie]),
  ];
  // Rounded down: the page never promises more time than the session has.
  const minutes = sessionLengthSeconds === undefined ? null : Math.max(1, Math.floor(sessionLengthSeconds / 60));
  const timeLimit = minutes === null ? session.timeLimitUnknown : plural(language, session.timeLimit, minutes, { minutes });
  return (
    <section class="panel" data-panel="welcome">
      <div class="badge">
        <Icon name="shield" />
      </div>
      <h1 tabindex={-1}>{session.heading}</h1>
      <p class="lead">{session.stepsHeading}</p>
      <ol class="steps">
        {steps.map((step) => (
          <li>{step}</li>
        ))}
      </ol>
      <p class="time">
        <Icon name="clock" />
        <span>{timeLimit}</span>
      </p>
      <noscript>
        <p class="notice">{session.needsJavaScript}</p>
      </noscript>
      <p class="consent" id="consent">
        {landing.consent[flow]}
      </p>
      <PrivacyNotice language={language} facts={privacy} />
      <button class="button" type="button" id="start" data-action="start" aria-describedby="consent" disabled>
        {landing.start}
      </button>
    </section>
  );
}

function DocumentTypePanel({ messages: { capture }, documentTypes }: { messages: Messages; documentTypes: readonly DocumentType[] }): VNode {
  const { heading, hint, legend, names } = capture.documentType;
  return (
    <section class="panel" data-panel="document-type" hidden>
      <h1 tabindex={-1}>{heading}</h1>
      <p class="lead">{hint}</p>
      <fieldset class="choices">
        <legend>{legend}</legend>
        {documentTypes.map((type) => (
          <label class="choice">
            <input type="radio" name="documentType" value={type} id={`document-type-${type}`} />
            <span>{names[type]}</span>
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button class="button" type="button" id="continue" data-action="continue" disabled>
          {capture.continue}
        </button>
      </div>
    </section>
  );
}

function BackButton({ messages: { capture }, step }: { messages: Messages; step: DocumentKind | 'REVIEW' }): VNode {
  return (
    <button class="back" type="button" id={`back-${step}`} data-action="back">
      <Icon name="back" />
      <span>{capture.back}</span>
    </button>
  );
}

/** A file input and the label that is its visible button. */
function Picker({
  id,
  kind,
  captureMode,
  label,
  icon,
  style,
}: {
  id: string;
  kind: DocumentKind;
  captureMode?: 'user' | 'environment';
  label: string;
  icon: IconName;
  style: string;
}): VNode {
  return (
    <>
      <input class="file-input" type="file" id={id} accept={ACCEPTED_IMAGES} capture={captureMode} data-kind={kind} />
      <label class={style} for={id}>
        <Icon name={icon} />
        <span>{label}</span>
      </label>
    </>
  );
}

/**
 * One photo: the live camera (CameraView) where the browser opens one; else the camera opens directly where the
 * browser supports `capture` (the selfie camera for the face), and the file picker without it is the fallback on
 * computers and always on offer. The labels are the visible buttons.
 */
function CapturePanel({ messages, kind }: { messages: Messages; kind: DocumentKind }): VNode {
  const { capture, script } = messages;
  const { heading, instruction } = capture.kinds[kind];
  return (
    <section class="panel" data-panel={`capture-${kind}`} hidden>
      <BackButton messages={messages} step={kind} />
      <h1 tabindex={-1}>{heading}</h1>
      <p class="lead">{instruction}</p>
      <CameraView messages={messages} kind={kind} />
      <figure class="preview" id={`preview-${kind}`} hidden></figure>
      <p class="added" id={`added-${kind}`} hidden>
        <Icon name="check" />
        <span>{script.added}</span>
      </p>
      <p class="uploading" id={`uploading-${kind}`} hidden>
        <span class="spinner" aria-hidden="true"></span>
        <span>{script.uploading}</span>
      </p>
      <div class="actions">
        <button class="button" type="button" id={`next-${kind}`} data-action="next" hidden>
          {capture.continue}
        </button>
        <Picker id={`camera-${kind}`} kind={kind} captureMode={kind === 'FACE' ? 'user' : 'environment'} label={script.takePhoto} icon="camera" style="button" />
        <Picker id={`file-${kind}`} kind={kind} label={script.chooseFile} icon="upload" style="button secondary" />
      </div>
    </section>
  );
}

function ReviewPanel({ messages, kinds }: { messages: Messages; kinds: readonly DocumentKind[] }): VNode {
  const { capture, script } = messages;
  return (
    <section class="panel" data-panel="review" hidden>
      <BackButton messages={messages} step="REVIEW" />
      <h1 tabindex={-1}>{capture.review.heading}</h1>
      <p class="lead">{capture.review.hint}</p>
      <ul class="review" id="review-list">
        {kinds.map((kind) => (
          <li data-kind={kind}>
            <span class="thumb" id={`thumb-${kind}`}>
              <Icon name={kind === 'FACE' ? 'selfie' : 'document'} />
            </span>
            <span class="name">
              <span id={`review-name-${kind}`}>{capture.kinds[kind].heading}</span>
              <span class="state">
                <Icon name="check" />
                <span id={`review-state-${kind}`}>{script.notAdded}</span>
              </span>
            </span>
            <button class="edit" type="button" id={`edit-${kind}`} data-action="edit" data-kind={kind} aria-labelledby={`edit-${kind} review-name-${kind}`}>
              {script.add}
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button class="button" type="button" id="submit" data-action="submit">
          {capture.review.submit}
        </button>
      </div>
    </section>
  );
}

function CheckingPanel({ messages: { capture } }: { messages: Messages }): VNode {
  return (
    <section class="panel" data-panel="checking" hidden>
      <div class="badge">
        <span class="spinner" aria-hidden="true"></span>
      </div>
      <h1 tabindex={-1}>{capture.checking.heading}</h1>
      <p class="hint">{capture.checking.hint}</p>
    </section>
  );
}

/** Withdrawing before the photos are sent: asked once, so a stray tap does not end the verification. */
function CancelPanel({ messages: { privacy }, business }: { messages: Messages; business: string }): VNode {
  return (
    <section class="panel" data-panel="cancel" hidden>
      <h1 tabindex={-1}>{privacy.cancel.heading}</h1>
      <p class="hint">{fill(privacy.cancel.hint, { business })}</p>
      <div class="actions">
        <button class="button" type="button" id="withdraw-confirm" data-action="withdraw-confirm">
          {privacy.cancel.confirm}
        </button>
        <button class="button secondary" type="button" id="withdraw-keep" data-action="withdraw-keep">
          {privacy.cancel.keep}
        </button>
      </div>
    </section>
  );
}

/** The last step; the script writes the outcome's texts and shows its icon. */
function ResultPanel({ messages: { capture, script } }: { messages: Messages }): VNode {
  return (
    <section class="panel" data-panel="result" id="result" hidden>
      <div class="badge" id="result-badge">
        {(['check', 'shield', 'clock', 'alert'] as const).map((name) => (
          <span data-outcome-icon={name} hidden>
            <Icon name={name} />
          </span>
        ))}
      </div>
      <h1 tabindex={-1} id="result-heading"></h1>
      <p class="hint" id="result-text"></p>
      <p class="hint" id="redirect-note" hidden>
        {script.redirecting}
      </p>
      <a class="button" id="redirect" hidden>
        {capture.redirectLink}
      </a>
    </section>
  );
}
