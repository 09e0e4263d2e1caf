/**
 * The languages the product speaks: the person's pages (api/hosted/i18n) and the messages sent to them
 * (lib/notifications/template-texts). Adding one: its code here and one file in each of those two folders; the type
 * check then asks for both catalogues' imports, and test/unit/i18n for every key, placeholder and plural form.
 */
export const SUPPORTED_LANGUAGES = [
  'en',
  // The other official languages of the EU, then Russian, Ukrainian, Turkish and Arabic; the switcher shows this order.
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'ru',
  'uk',
  'tr',
  'ar',
] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

export type TextDirection = 'ltr' | 'rtl';

/** The shape of `Intl.Locale`'s text info: a getter in Node 20 (V8's first version), a method in later engines. */
interface LocaleTextInfo {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
}

/**
 * Which way a language is written, from the CLDR data that comes with Node's ICU, so no list of right-to-left languages
 * has to be kept here.
 */
export function textDirection(language: string): TextDirection {
  const locale = new Intl.Locale(language) as Intl.Locale & LocaleTextInfo;
  const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
