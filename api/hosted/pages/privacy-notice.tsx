/**
 * The privacy notice beside the consent on the link page and the welcome step: who is responsible for the person's
 * data (the business, by its name), how long it is kept, and that they can withdraw until they send their photos.
 * What is processed is said by the consent sentence itself.
 */
import type { VNode } from 'preact';
import type { Language } from '../../../lib/languages';
import { fill, messagesFor, plural } from '../i18n';

export interface PrivacyFacts {
  /** The account's name: the controller of the person's data. */
  business: string;
  /** DATA_RETENTION_SECONDS: how long data is kept after the verification ends. */
  retentionSeconds: number;
  /** The business's privacy policy (https), linked under the notice when set. */
  privacyPolicyUrl?: string | null;
}

const DAY_SECONDS = 86_400;

export function PrivacyNotice({ language, facts }: { language: Language; facts: PrivacyFacts }): VNode {
  const { privacy, branding } = messagesFor(language);
  // Rounded up: the notice never promises a deletion sooner than it happens.
  const days = Math.max(1, Math.ceil(facts.retentionSeconds / DAY_SECONDS));
  return (
    <div class="privacy" id="privacy">
      <p>{fill(privacy.controller, { business: facts.business })}</p>
      <p>{plural(language, privacy.retention, days, { days })}</p>
      <p>{privacy.withdraw}</p>
      {facts.privacyPolicyUrl && (
        <p>
          <a href={facts.privacyPolicyUrl} id="privacy-policy" rel="noopener noreferrer" target="_blank">
            {fill(branding.privacyPolicy, { business: facts.business })}
          </a>
        </p>
      )}
    </div>
  );
}
