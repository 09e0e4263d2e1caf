/**
 * Desktop → phone handoff pages: the desktop's page with the QR code and short link, which follows the phone's progress
 * (`web/handoff.js`); the short link's page (`/h/{code}`), whose form uses the code; and what the form answers when the
 * code opens nothing.
 */
import type { VNode } from 'preact';
import { fill, messagesFor, resolveLanguage, type Messages } from '../i18n';
import { LanguageSwitcher, renderHostedPage, renderProblemPage, type LanguageLink } from '../../html/layout';

/** Where `api/assets.ts` serves `web/handoff.js` and `web/handoff-open.js`. */
export const HANDOFF_SCRIPT = '/assets/handoff.js';
export const HANDOFF_OPEN_SCRIPT = '/assets/handoff-open.js';

export type HandoffUnavailableReason = keyof Messages['handoff']['unavailable'];

export interface HandoffPageFacts {
  /** The short link the QR code holds (`{origin}/h/{code}`). */
  shortUrl: string;
  /** The QR code of `shortUrl` as an image URL (an SVG `data:` URL). */
  qrCodeUrl: string;
  /** The session's hosted page, where the desktop goes to continue itself or to see the result. */
  flowPath: string;
  /** This page: opening it again shows a new code. */
  handoffPath: string;
  /** The JSON endpoint saying what the phone is doing. */
  statusPath: string;
}

export function renderHandoffPage({ language, languageLinks, facts }: { language: string; languageLinks: readonly LanguageLink[]; facts: HandoffPageFacts }): string {
  const lang = resolveLanguage(language);
  const { handoff } = messagesFor(lang);
  const typed = typedForm(facts.shortUrl);
  return renderHostedPage({
    language: lang,
    title: handoff.offer,
    scripts: [HANDOFF_SCRIPT],
    data: { 'handoff-state': { statusPath: facts.statusPath, flowPath: facts.flowPath, status: handoff.status } },
    children: (
      <>
        <h1>{handoff.offer}</h1>
        {/* Hidden once a phone has used the code: it opens nothing any more. */}
        <div id="handoff-code">
          <p class="lead">{handoff.scan}</p>
          <figure class="preview">
            <img src={facts.qrCodeUrl} alt={fill(handoff.qrAlt, { url: typed })} width={240} height={240} />
          </figure>
          <p class="hint">{handoff.typeLink}</p>
          <p class="time">
            {/* Not a link: clicked on this computer, it would use the code the phone needs. */}
            <strong id="handoff-link" dir="ltr">
              {typed}
            </strong>
          </p>
          <p class="hint">{handoff.once}</p>
        </div>
        <HandoffStatus messages={handoff} />
        <div class="actions">
          <a class="button secondary" id="handoff-new" href={facts.handoffPath} hidden>
            {handoff.newCode}
          </a>
          <a class="button secondary" id="handoff-computer" href={facts.flowPath}>
            {handoff.useComputer}
          </a>
        </div>
        <LanguageSwitcher language={lang} links={languageLinks} />
      </>
    ),
  });
}

/** On the hosted page's capture steps; `web/hosted-flow.js` shows it only on a computer (docs/decisions.md). */
export function HandoffOffer({ messages, href }: { messages: Messages; href: string }): VNode {
  return (
    <a class="button secondary" id="handoff-offer" href={href} hidden>
      {messages.handoff.offer}
    </a>
  );
}

/** Read out as it changes; the spinner shows while something is still to come. */
function HandoffStatus({ messages }: { messages: Messages['handoff'] }): VNode {
  return (
    <p class="uploading" id="handoff-status" role="status" aria-live="polite">
      <span class="spinner" id="handoff-spinner" aria-hidden="true"></span>
      <span id="handoff-status-text">{messages.status.WAITING}</span>
    </p>
  );
}

/**
 * The short link's page: its form (a POST) uses the code, and `web/handoff-open.js` sends it at once. Only a browser
 * that runs the page uses the code — link previews, scanners and prefetches fetch the page and use nothing.
 */
export function renderHandoffOpeningPage({ language, action }: { language: string; action: string }): string {
  const lang = resolveLanguage(language);
  const { handoff, capture } = messagesFor(lang);
  return renderHostedPage({
    language: lang,
    title: handoff.offer,
    scripts: [HANDOFF_OPEN_SCRIPT],
    children: (
      <>
        <h1>{handoff.offer}</h1>
        <p class="hint">{handoff.opening}</p>
        <form method="post" action={action} id="handoff-open">
          <button class="button" type="submit">
            {capture.continue}
          </button>
        </form>
      </>
    ),
  });
}

export function renderHandoffUnavailablePage({
  language,
  reason,
  languageLinks,
}: {
  language: string;
  reason: HandoffUnavailableReason;
  languageLinks: readonly LanguageLink[];
}): string {
  const { heading, hint } = messagesFor(language).handoff.unavailable[reason];
  return renderProblemPage({ language, icon: reason === 'EXPIRED' || reason === 'RATE_LIMITED' ? 'clock' : 'alert', heading, hint, languageLinks });
}

/** The short link as a person types it: without the scheme, which browsers add. */
function typedForm(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}
