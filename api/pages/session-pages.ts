/** The first page of the hosted verification (`/v/{token}`), and the page for unknown or expired sessions. */
import escapeHtml from 'escape-html';
import type { Flow } from '../../workflows/definitions';
import { messagesFor, plural, resolveLanguage, type SessionUnavailableReason } from '../i18n';
import { icon, renderLanguageSwitcher, renderPage, type LanguageLink } from './layout';

export type { SessionUnavailableReason };

export function renderSessionStartPage({
  language,
  flow,
  sessionLengthSeconds,
  languageLinks,
}: {
  language: string;
  flow: Flow;
  sessionLengthSeconds: number;
  languageLinks: readonly LanguageLink[];
}): string {
  const { session } = messagesFor(language);
  const steps = [
    ...(flow === 'SELFIE' ? [] : [session.steps.documentFront, session.steps.documentBack]),
    ...(flow === 'DOCUMENT' ? [] : [session.steps.selfie]),
  ];
  // Rounded down: the page never promises more time than the session has.
  const minutes = Math.max(1, Math.floor(sessionLengthSeconds / 60));
  const timeLimit = plural(resolveLanguage(language), session.timeLimit, minutes, { minutes });
  // Continue stays disabled until the upload steps exist; it leads nowhere yet.
  const body = `<div class="badge">${icon('shield')}</div>
<h1>${escapeHtml(session.heading)}</h1>
<p class="lead">${escapeHtml(session.stepsHeading)}</p>
<ol class="steps">${steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>
<p class="time">${icon('clock')}<span>${escapeHtml(timeLimit)}</span></p>
<button class="button" type="button" id="continue" disabled>${escapeHtml(session.continue)}</button>
${renderLanguageSwitcher(language, languageLinks)}`;
  return renderPage({ language, title: session.title, body });
}

export function renderSessionUnavailablePage({ language, reason }: { language: string; reason: SessionUnavailableReason }): string {
  const { heading, hint } = messagesFor(language).session.unavailable[reason];
  const body = `<div class="badge problem">${icon(reason === 'EXPIRED' ? 'clock' : 'alert')}</div>
<h1>${escapeHtml(heading)}</h1>
<p class="hint">${escapeHtml(hint)}</p>`;
  return renderPage({ language, title: heading, body });
}
