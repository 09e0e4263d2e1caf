/**
 * The translations, checked against English: every language has one file in each catalogue (the person's pages and
 * the messages sent to them), every key, the same placeholders, a form for each plural category its grammar uses, and
 * no text left in English except the few words a language really writes the same way. Then every language renders
 * its pages, email and SMS with nothing missing, and right-to-left ones are marked so.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { messagesFor } from '../../../api/hosted/i18n';
import type { Messages } from '../../../api/hosted/i18n/messages';
import { renderLandingPage, renderLinkUnavailablePage } from '../../../api/hosted/pages/link-pages';
import { renderSessionUnavailablePage } from '../../../api/hosted/pages/session-pages';
import { SUPPORTED_LANGUAGES, textDirection, type Language } from '../../../lib/languages';
import { renderEmail, renderSms, type TemplateTexts } from '../../../lib/notifications/templates';

const PAGES_DIR = join(__dirname, '../../../api/hosted/i18n');
const TEMPLATES_DIR = join(__dirname, '../../../lib/notifications/template-texts');
const OTHERS = SUPPORTED_LANGUAGES.filter((language) => language !== 'en');
const PLURAL_CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Each catalogue file, loaded by its name, so a file that exists but is not wired in is still checked. */
function load<T>(dir: string, language: Language): T {
  // A path computed per language cannot be a static import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(dir, language)) as { default: T }).default;
}

type Leaf = { path: string; text: string };

/** Every text with its dotted path; a plural text is one leaf per form (`path#category`). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (value === null || typeof value !== 'object') throw new Error(`${path} is ${String(value)}, not a text`);
  const plural = 'other' in value && Object.keys(value).every((key) => PLURAL_CATEGORIES.has(key));
  return Object.entries(value).flatMap(([key, child]) => leaves(child, plural ? `${path}#${key}` : path ? `${path}.${key}` : key));
}

/** The path a leaf is compared at in English: a plural form against English's `other`. */
const englishPath = (path: string) => path.replace(/#\w+$/, '#other');
const pluralPaths = (all: Leaf[]) => [...new Set(all.filter(({ path }) => path.includes('#')).map(({ path }) => path.replace(/#\w+$/, '')))];

/** The categories Intl.PluralRules gives the whole numbers a page or message can show. */
function categoriesUsed(language: Language): string[] {
  const rules = new Intl.PluralRules(language);
  return [...new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))].sort();
}

/**
 * Texts a language writes exactly as English does, each for its own reason. Anything else identical to English is a
 * text someone forgot to translate.
 */
const SAME_AS_ENGLISH: Partial<Record<Language, string[]>> = {
  // Danish buttons and apps say "Start" for start.
  da: ['Start'],
};

function catalogueChecks<T>(name: string, dir: string, placeholder: RegExp, extraFiles: string[]) {
  describe(name, () => {
    const english = leaves(load<T>(dir, 'en'));
    const englishByPath = new Map(english.map((leaf) => [leaf.path, leaf.text]));
    const placeholders = (text: string) => [...text.matchAll(placeholder)].map((match) => match[0]).sort();

    test('has one file per supported language and nothing else', () => {
      const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && !extraFiles.includes(file));
      expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    });

    describe.each(OTHERS)('%s', (language) => {
      const translated = leaves(load<T>(dir, language));

      test('has every English key and no other, none empty', () => {
        const keys = (all: Leaf[]) => [...new Set(all.map(({ path }) => englishPath(path)))].sort();
        expect(keys(translated)).toEqual(keys(english));
        for (const { path, text } of translated) expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
      });

      test('keeps exactly the placeholders of English', () => {
        for (const { path, text } of translated) {
          expect({ path, placeholders: placeholders(text) }).toEqual({ path, placeholders: placeholders(englishByPath.get(englishPath(path)) ?? '') });
        }
      });

      test('has a form for each plural category its grammar uses, and only those', () => {
        const used = categoriesUsed(language);
        const possible = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const path of pluralPaths(english)) {
          const forms = translated.filter((leaf) => leaf.path.startsWith(`${path}#`)).map((leaf) => leaf.path.slice(path.length + 1));
          expect({ path, missing: used.filter((category) => !forms.includes(category)) }).toEqual({ path, missing: [] });
          expect({ path, unknown: forms.filter((category) => !possible.includes(category as Intl.LDMLPluralRule)) }).toEqual({ path, unknown: [] });
        }
      });

      test('translates every text that has words', () => {
        const allowed = SAME_AS_ENGLISH[language] ?? [];
        const untranslated = translated
          .filter(({ path, text }) => text === englishByPath.get(englishPath(path)))
          .filter(({ text }) => /\p{L}/u.test(text.replace(placeholder, '')))
          .map(({ text }) => text)
          .filter((text) => !allowed.includes(text));
        expect(untranslated).toEqual([]);
      });
    });
  });
}

catalogueChecks<Messages>('hosted pages catalogue', PAGES_DIR, /\{\w+\}/g, ['index.ts', 'messages.ts']);
catalogueChecks<TemplateTexts>('email and SMS texts', TEMPLATES_DIR, /\{\{\w+\}\}/g, []);

test('each allow-listed text is still in its language’s catalogues, so the list stays short and true', () => {
  for (const [language, texts] of Object.entries(SAME_AS_ENGLISH) as [Language, string[]][]) {
    const all = [...leaves(load<Messages>(PAGES_DIR, language)), ...leaves(load<TemplateTexts>(TEMPLATES_DIR, language))].map(({ text }) => text);
    for (const text of texts) expect({ language, text, present: all.includes(text) }).toEqual({ language, text, present: true });
  }
});

describe.each(SUPPORTED_LANGUAGES)('%s renders', (language) => {
  const dir = textDirection(language) === 'rtl' ? ' dir="rtl"' : '';
  const openingTag = `<html lang="${language}"${dir}>`;
  // A placeholder left unfilled, or a value that was never there.
  const unfilled = /\{\{?\w+\}\}?|undefined|\[object Object\]/;

  test('the consent page of each flow, the link problem pages and the session problem pages', () => {
    const messages = messagesFor(language);
    for (const flow of ['DOCUMENT', 'SELFIE', 'DOCUMENT_AND_SELFIE'] as const) {
      const html = renderLandingPage({ privacy: { business: 'Acme', retentionSeconds: 30 * 86_400 }, language, flow, actionUrl: '/l/abc', languageLinks: [] });
      expect(html).toContain(openingTag);
      expect(html).toContain(messages.landing.start);
      expect(html).not.toMatch(unfilled);
    }
    for (const reason of ['LINK_EXPIRED', 'LINK_EXHAUSTED', 'LINK_DEACTIVATED', 'NOT_FOUND', 'ACCOUNT_UNAVAILABLE'] as const) {
      const html = renderLinkUnavailablePage({ language, reason, languageLinks: [] });
      expect(html).toContain(openingTag);
      expect(html).not.toMatch(unfilled);
    }
    for (const reason of ['EXPIRED', 'NOT_FOUND'] as const) expect(renderSessionUnavailablePage({ language, reason, languageLinks: [] })).toContain(openingTag);
  });

  test('the invitation and reminder, by email and SMS', () => {
    for (const kind of ['INVITATION', 'REMINDER'] as const) {
      const input = { kind, language, sessionUrl: 'https://verify.example.com/v/abc', clientName: 'Acme', expiresAt: new Date('2026-11-25T14:00:00Z') };
      const email = renderEmail(input);
      expect(email.html).toContain(openingTag);
      for (const part of [email.subject, email.text, email.html, renderSms(input)]) expect(part).not.toMatch(unfilled);
      expect(email.text).toContain('https://verify.example.com/v/abc');
      expect(renderSms(input)).toContain('https://verify.example.com/v/abc');
    }
  });
});

test('Arabic is the one right-to-left language, read from the locale data', () => {
  expect(SUPPORTED_LANGUAGES.filter((language) => textDirection(language) === 'rtl')).toEqual(['ar']);
  expect(textDirection('he')).toBe('rtl');
  expect(textDirection('en-GB')).toBe('ltr');
});
