/**
 * The texts of the person's pages (PRODUCT.md §3), one file per language of lib/languages.ts; the type check
 * fails until CATALOGUE has every language.
 */
import { isLanguage, type Language } from '../../../lib/languages';
import ar from './ar';
import bg from './bg';
import cs from './cs';
import da from './da';
import de from './de';
import el from './el';
import en from './en';
import es from './es';
import et from './et';
import fi from './fi';
import fr from './fr';
import ga from './ga';
import hr from './hr';
import hu from './hu';
import it from './it';
import lt from './lt';
import lv from './lv';
import type { Messages, PluralForms } from './messages';
import mt from './mt';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ro from './ro';
import ru from './ru';
import sk from './sk';
import sl from './sl';
import sv from './sv';
import tr from './tr';
import uk from './uk';

export type { LinkUnavailableReason, Messages, PluralForms, SessionUnavailableReason } from './messages';

const CATALOGUE: Record<Language, Messages> = { en, bg, cs, da, de, el, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv, ru, uk, tr, ar };

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
