/**
 * The shape every interface language fills in. Each language file declares `satisfies Messages`, so a missing or
 * misspelt key fails the type check.
 */
import type { Flow } from '../../workflows/definitions';

/** Why a reusable link's page cannot start a verification; the codes match the API's error codes. */
export type LinkUnavailableReason = 'LINK_EXPIRED' | 'LINK_EXHAUSTED' | 'LINK_DEACTIVATED' | 'NOT_FOUND' | 'ACCOUNT_UNAVAILABLE';

/** Why a hosted verification page (`/v/{token}`) cannot be shown. */
export type SessionUnavailableReason = 'EXPIRED' | 'NOT_FOUND';

/**
 * A text that depends on a number, one entry per CLDR plural category the language uses for whole numbers
 * (`Intl.PluralRules`); `other` is the fallback.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface ProblemText {
  heading: string;
  hint: string;
}

export interface Messages {
  /** The language's own name, as the language switcher shows it. */
  languageName: string;
  layout: {
    /** `{product}` is the service's name. */
    poweredBy: string;
    /** Accessible name of the language switcher. */
    languageSwitcher: string;
  };
  /** The landing page of a reusable link (`/l/{slug}`). */
  landing: {
    title: string;
    heading: string;
    intro: string;
    needsHeading: string;
    needs: { document: string; selfie: string };
    /** Names the Start button's label, so each language says exactly what its button says. */
    consent: Record<Flow, string>;
    start: string;
  };
  linkUnavailable: Record<LinkUnavailableReason, ProblemText>;
  /** The first page of the hosted verification (`/v/{token}`). */
  session: {
    title: string;
    heading: string;
    stepsHeading: string;
    steps: { documentFront: string; documentBack: string; selfie: string };
    /** `{minutes}` is the session length in whole minutes. */
    timeLimit: PluralForms;
    continue: string;
    unavailable: Record<SessionUnavailableReason, ProblemText>;
  };
}
