/** The landing page of a reusable link (`/l/{slug}`), and the page that says why a link cannot be used. */
import type { Flow } from '../../../workflows/definitions';
import { fill, messagesFor, resolveLanguage, type LinkUnavailableReason } from '../i18n';
import type { PageBranding } from './branding';
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
  branding,
}: {
  language: string;
  flow: Flow;
  actionUrl: string;
  languageLinks: readonly LanguageLink[];
  privacy: PrivacyFacts;
  /** Without it the page is unbranded. */
  branding?: PageBranding;
}): string {
  const { landing, branding: brandedText } = messagesFor(language);
  const needs: { icon: IconName; text: string }[] = [
    ...(flow === 'SELFIE' ? [] : [{ icon: 'document' as const, text: landing.needs.document }]),
    ...(flow === 'DOCUMENT' ? [] : [{ icon: 'selfie' as const, text: landing.needs.selfie }]),
  ];
  return renderHostedPage({
    language,
    title: landing.title,
    branding,
    children: (
      <>
        <div class="badge">
          <Icon name="shield" />
        </div>
        <h1>{landing.heading}</h1>
        <p class="lead">{branding?.businessName ? fill(brandedText.intro, { business: branding.businessName }) : landing.intro}</p>
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
  branding,
}: {
  language: string;
  reason: LinkUnavailableReason;
  languageLinks: readonly LanguageLink[];
  /** Null or absent when the link is unknown: no account to brand the page for. */
  branding?: PageBranding | null;
}): string {
  const messages = messagesFor(language);
  const { heading, hint } = messages.linkUnavailable[reason];
  // A named business replaces "the organisation" in the advice; an outage of ours is not theirs to fix.
  const advice = branding?.businessName && reason !== 'ACCOUNT_UNAVAILABLE' ? fill(messages.branding.askForNewLink, { business: branding.businessName }) : hint;
  return renderProblemPage({ language, icon: reason === 'LINK_EXPIRED' ? 'clock' : 'alert', heading, hint: advice, languageLinks, branding: branding ?? undefined });
}
