/** The landing page of a reusable link (`/l/{slug}`), and the page that says why a link cannot be used. */
import type { Flow } from '../../../workflows/definitions';
import { messagesFor, resolveLanguage, type LinkUnavailableReason } from '../i18n';
import { PrivacyNotice, type PrivacyFacts } from './privacy-notice';
import { Icon, LanguageSwitcher, renderHostedPage, renderProblemPage, type IconName, type LanguageLink } from '../../html/layout';

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
  privacy,
}: {
  language: string;
  flow: Flow;
  actionUrl: string;
  languageLinks: readonly LanguageLink[];
  privacy: PrivacyFacts;
}): string {
  const { landing } = messagesFor(language);
  const needs: { icon: IconName; text: string }[] = [
    ...(flow === 'SELFIE' ? [] : [{ icon: 'document' as const, text: landing.needs.document }]),
    ...(flow === 'DOCUMENT' ? [] : [{ icon: 'selfie' as const, text: landing.needs.selfie }]),
  ];
  return renderHostedPage({
    language,
    title: landing.title,
    children: (
      <>
        <div class="badge">
          <Icon name="shield" />
        </div>
        <h1>{landing.heading}</h1>
        <p class="lead">{landing.intro}</p>
        <h2>{landing.needsHeading}</h2>
        <ul class="needs">
          {needs.map((need) => (
            <li>
              <Icon name={need.icon} />
              <span>{need.text}</span>
            </li>
          ))}
        </ul>
        <form method="post" action={actionUrl}>
          <p class="consent" id="consent">
            {landing.consent[flow]}
          </p>
          <PrivacyNotice language={resolveLanguage(language)} facts={privacy} />
          <button class="button" type="submit" id="start" aria-describedby="consent">
            {landing.start}
          </button>
        </form>
        <LanguageSwitcher language={language} links={languageLinks} />
      </>
    ),
  });
}

export function renderLinkUnavailablePage({
  language,
  reason,
  languageLinks,
}: {
  language: string;
  reason: LinkUnavailableReason;
  languageLinks: readonly LanguageLink[];
}): string {
  const { heading, hint } = messagesFor(language).linkUnavailable[reason];
  return renderProblemPage({ language, icon: reason === 'LINK_EXPIRED' ? 'clock' : 'alert', heading, hint, languageLinks });
}
