/**
 * The interface languages of the public pages (PRODUCT.md §3). Adding one: a new file beside this one, then its
 * import and its code in SUPPORTED_LANGUAGES; the type check fails until CATALOGUE has it too.
 */
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import lt from './lt';
import type { Messages, PluralForms } from './messages';
import pl from './pl';
import ru from './ru';

export type { LinkUnavailableReason, Messages, PluralForms, SessionUnavailableReason } from './messages';

export const SUPPORTED_LANGUAGES = ['en', 'lt', 'de', 'fr', 'es', 'pl', 'ru'] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

const CATALOGUE: Record<Language, Messages> = { en, lt, de, fr, es, pl, ru };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(CATALOGUE, value);
}

/** A language the pages can show: unknown codes fall back to English. */
export function resolveLanguage(language: string): Language {
  return isLanguage(language) ? language : 'en';
}

export function messagesFor(language: string): Messages {
  return CATALOGUE[resolveLanguage(language)];
}

/** Replaces each `{name}` in a message with its value. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}

/** The form of a number-dependent message that `count` takes in `language`, with `{name}` placeholders filled. */
export function plural(language: Language, forms: PluralForms, count: number, values: Record<string, string | number>): string {
  const category = new Intl.PluralRules(language).select(count);
  return fill(forms[category] ?? forms.other, values);
}
