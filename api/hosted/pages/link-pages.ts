/** The landing page of a reusable link (`/l/{slug}`), and the page that says why a link cannot be used. */
import escapeHtml from 'escape-html';
import type { Flow } from '../../../workflows/definitions';
import { messagesFor, type LinkUnavailableReason } from '../i18n';
import { icon, renderLanguageSwitcher, renderPage, type IconName, type LanguageLink } from '../../html/layout';

export type { LinkUnavailableReason };

/**
 * The page a GET shows: what the verification needs and a Start button. Only pressing Start (the POST to
 * `actionUrl`) is a click that uses the link, so scanners and previewers that fetch the page use nothing.
 */
export function renderLandingPage({
  language,
  flow,
  actionUrl,
  languageLinks,
}: {
  language: string;
  flow: Flow;
  actionUrl: string;
  languageLinks: readonly LanguageLink[];
}): string {
  const { landing } = messagesFor(language);
  const needs: { icon: IconName; text: string }[] = [
    ...(flow === 'SELFIE' ? [] : [{ icon: 'document' as const, text: landing.needs.document }]),
    ...(flow === 'DOCUMENT' ? [] : [{ icon: 'selfie' as const, text: landing.needs.selfie }]),
  ];
  const body = `<div class="badge">${icon('shield')}</div>
<h1>${escapeHtml(landing.heading)}</h1>
<p class="lead">${escapeHtml(landing.intro)}</p>
<h2>${escapeHtml(landing.needsHeading)}</h2>
<ul class="needs">${needs.map((need) => `<li>${icon(need.icon)}<span>${escapeHtml(need.text)}</span></li>`).join('')}</ul>
<form method="post" action="${escapeHtml(actionUrl)}">
<p class="consent" id="consent">${escapeHtml(landing.consent[flow])}</p>
<button class="button" type="submit" id="start" aria-describedby="consent">${escapeHtml(landing.start)}</button>
</form>
${renderLanguageSwitcher(language, languageLinks)}`;
  return renderPage({ language, title: landing.title, body });
}

export function renderLinkUnavailablePage({ language, reason }: { language: string; reason: LinkUnavailableReason }): string {
  const { heading, hint } = messagesFor(language).linkUnavailable[reason];
  const body = `<div class="badge problem">${icon(reason === 'LINK_EXPIRED' ? 'clock' : 'alert')}</div>
<h1>${escapeHtml(heading)}</h1>
<p class="hint">${escapeHtml(hint)}</p>`;
  return renderPage({ language, title: heading, body });
}
