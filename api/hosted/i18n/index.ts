/**
 * The texts of the person's pages (PRODUCT.md §3), one file per language of lib/languages.ts; the type check
 * fails until CATALOGUE has every language.
 */
import { isLanguage, type Language } from '../../../lib/languages';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import lt from './lt';
import type { Messages, PluralForms } from './messages';
import pl from './pl';
import ru from './ru';

export type { LinkUnavailableReason, Messages, PluralForms, SessionUnavailableReason } from './messages';

const CATALOGUE: Record<Language, Messages> = { en, lt, de, fr, es, pl, ru };

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
