/**
 * The languages the product speaks: the person's pages (api/hosted/i18n) and the messages sent to them
 * (lib/notifications/template-texts). Adding one: its code here; the type check then asks for both catalogues.
 */
export const SUPPORTED_LANGUAGES = ['en', 'lt', 'de', 'fr', 'es', 'pl', 'ru'] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}
