/** The public pages, QR codes and scanner detection as pure functions: no server, no database. */
import escapeHtml from 'escape-html';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { isLinkScanner } from '../../../api/hosted/bots';
import en from '../../../api/hosted/i18n/en';
import { fill, messagesFor, plural } from '../../../api/hosted/i18n';
import { type Language, SUPPORTED_LANGUAGES, isLanguage, textDirection } from '../../../lib/languages';
import { languageLinksFor, type LanguageLink } from '../../../api/html/layout';
import { renderLandingPage, renderLinkUnavailablePage, type LinkUnavailableReason } from '../../../api/hosted/pages/link-pages';
import type { HostedFlowView } from '../../../api/hosted/hosted-flow-view';
import { renderHostedFlowPage, renderSessionUnavailablePage } from '../../../api/hosted/pages/session-pages';
import { QR_SIZE, renderQrCode } from '../../../services/links/render-qr-code';
import type { Flow } from '../../../workflows/definitions';

/** The account's name and the retention setting the privacy notice states. */
const PRIVACY = { business: 'Acme Bank', retentionSeconds: 30 * 86_400 };

const FLOWS: Flow[] = ['DOCUMENT', 'SELFIE', 'DOCUMENT_AND_SELFIE'];
const LINK_REASONS: LinkUnavailableReason[] = ['LINK_EXPIRED', 'LINK_EXHAUSTED', 'LINK_DEACTIVATED', 'NOT_FOUND', 'ACCOUNT_UNAVAILABLE'];

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

function get(messages: unknown, path: string): unknown {
  return path.split('.').reduce<any>((node, key) => node?.[key], messages);
}

/** The opening <html> tag of a page in `language`: right-to-left ones also carry dir="rtl". */
const htmlTag = (language: Language) => `<html lang="${language}"${textDirection(language) === 'rtl' ? ' dir="rtl"' : ''}>`;

function languageLinks(current: Language, hrefFor = (language: Language) => `/l/abc?lang=${language}`): LanguageLink[] {
  return SUPPORTED_LANGUAGES.map((language) => ({ language, href: hrefFor(language), current: language === current }));
}

/** The text of an element, markup and entities aside. */
function textOf(html: string, pattern: RegExp): string {
  const match = pattern.exec(html);
  if (!match) throw new Error(`no match for ${pattern}`);
  return match[1]!.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('i18n', () => {
  test.each(SUPPORTED_LANGUAGES)('%s has every English key, non-empty, with the same placeholders', (language) => {
    const messages = messagesFor(language);
    for (const [path, english] of leaves(en)) {
      if (path.startsWith('session.timeLimit.')) continue;
      const text = get(messages, path);
      expect({ path, type: typeof text }).toEqual({ path, type: 'string' });
      expect((text as string).trim()).not.toBe('');
      // Sorted: word order differs between languages (Turkish names the total before the attempt).
      const placeholders = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort();
      expect({ path, placeholders: placeholders(text as string) }).toEqual({ path, placeholders: placeholders(english as string) });
    }
  });

  test.each(SUPPORTED_LANGUAGES)('%s has a time-limit form for every session length from 1 to 60 minutes', (language) => {
    const forms = messagesFor(language).session.timeLimit;
    const rules = new Intl.PluralRules(language);
    for (let minutes = 1; minutes <= 60; minutes += 1) {
      const form = forms[rules.select(minutes)];
      expect({ language, minutes, form: form?.includes('{minutes}') }).toEqual({ language, minutes, form: true });
    }
  });

  test('languages name themselves, and unknown ones fall back to English', () => {
    expect(SUPPORTED_LANGUAGES.map((language) => messagesFor(language).languageName)).toEqual([
      'English',
      'Български',
      'Čeština',
      'Dansk',
      'Deutsch',
      'Ελληνικά',
      'Español',
      'Eesti',
      'Suomi',
      'Français',
      'Gaeilge',
      'Hrvatski',
      'Magyar',
      'Italiano',
      'Lietuvių',
      'Latviešu',
      'Malti',
      'Nederlands',
      'Polski',
      'Português',
      'Română',
      'Slovenčina',
      'Slovenščina',
      'Svenska',
      'Русский',
      'Українська',
      'Türkçe',
      'العربية',
    ]);
    expect(new Set(SUPPORTED_LANGUAGES.map((language) => messagesFor(language).languageName)).size).toBe(28);
    expect(messagesFor('xx')).toBe(messagesFor('en'));
    expect(isLanguage('lt')).toBe(true);
    expect(isLanguage('toString')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  test('plural forms follow each language’s rules', () => {
    const timeLimit = (language: Language, minutes: number) => plural(language, messagesFor(language).session.timeLimit, minutes, { minutes });
    expect(timeLimit('en', 1)).toBe('Once you start, you have 1 minute to complete these steps.');
    expect(timeLimit('en', 10)).toBe('Once you start, you have 10 minutes to complete these steps.');
    expect(timeLimit('ru', 21)).toContain('21 минута');
    expect(timeLimit('ru', 3)).toContain('3 минуты');
    expect(timeLimit('ru', 10)).toContain('10 минут ');
    expect(timeLimit('pl', 1)).toContain('1 minutę');
    expect(timeLimit('pl', 22)).toContain('22 minuty');
    expect(timeLimit('pl', 15)).toContain('15 minut ');
    expect(timeLimit('lt', 21)).toContain('21 minutę');
    expect(timeLimit('lt', 5)).toContain('5 minutes');
    expect(timeLimit('lt', 10)).toContain('10 minučių');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('landing page', () => {
  test('is a complete document with the Start form posting to the action URL', () => {
    const html = renderLandingPage({ privacy: PRIVACY, language: 'en', flow: 'DOCUMENT_AND_SELFIE', actionUrl: '/l/abc?lang=en', languageLinks: languageLinks('en') });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Identity verification</title>');
    expect(html).toMatch(/<main>[\s\S]*<\/main>/);
    expect(html.match(/<form /g)).toHaveLength(1);
    expect(html).toContain('<form method="post" action="/l/abc?lang=en">');
    expect(html.match(/<button /g)).toHaveLength(1);
    expect(html).toContain('<button class="button" type="submit" id="start" aria-describedby="consent">Start</button>');
    expect(textOf(html, /<h1>(.*?)<\/h1>/)).toBe('Verify your identity');
    expect(textOf(html, /<p class="consent" id="consent">(.*?)<\/p>/)).toBe(en.landing.consent.DOCUMENT_AND_SELFIE);
    // Nothing loads from elsewhere: the only linked resource is the site's own icon.
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(html.match(/<link [^>]*>/g)).toEqual(['<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48">']);
  });

  test('lists what the flow needs, and only that', () => {
    const needsOf = (flow: Flow) => {
      const html = renderLandingPage({ privacy: PRIVACY, language: 'en', flow, actionUrl: '/l/abc', languageLinks: [] });
      return [...html.matchAll(/<li><svg[^>]*>.*?<\/svg><span>(.*?)<\/span><\/li>/g)].map((match) => match[1]);
    };
    expect(needsOf('DOCUMENT')).toEqual([en.landing.needs.document]);
    expect(needsOf('SELFIE')).toEqual([en.landing.needs.selfie]);
    expect(needsOf('DOCUMENT_AND_SELFIE')).toEqual([en.landing.needs.document, en.landing.needs.selfie]);
  });

  test('renders in the requested language with a switcher naming each language in itself', () => {
    const html = renderLandingPage({ privacy: PRIVACY, language: 'ru', flow: 'DOCUMENT', actionUrl: '/l/abc?lang=ru', languageLinks: languageLinks('ru') });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('>Начать</button>');
    expect(html).toContain('<nav class="languages" aria-label="Язык">');
    expect(html).toContain('<a href="/l/abc?lang=ru" lang="ru" hreflang="ru" aria-current="true">Русский</a>');
    expect(html).toContain('<a href="/l/abc?lang=lt" lang="lt" hreflang="lt">Lietuvių</a>');
    expect(html.match(/ aria-current="true"/g)).toHaveLength(1);
    for (const language of SUPPORTED_LANGUAGES) {
      const page = renderLandingPage({ privacy: PRIVACY, language, flow: 'DOCUMENT', actionUrl: '/l/abc', languageLinks: [] });
      const { landing } = messagesFor(language);
      expect(page).toContain(htmlTag(language));
      // The consent line names the button the person actually presses.
      expect(landing.consent.DOCUMENT).toContain(landing.start);
    }
  });

  test('an unknown language renders in English with lang="en"', () => {
    const html = renderLandingPage({ privacy: PRIVACY, language: 'xx"><script>', flow: 'SELFIE', actionUrl: '/l/abc', languageLinks: [] });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('>Start</button>');
  });

  test('escapes hostile hrefs and action URLs', () => {
    const hostile = '"><script>alert(1)</script>';
    const html = renderLandingPage({ privacy: PRIVACY,
      language: 'en',
      flow: 'DOCUMENT',
      actionUrl: `/l/abc${hostile}`,
      languageLinks: languageLinks('en', (language) => `/l/abc?lang=${language}${hostile}`),
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain(hostile);
    expect(html).toContain('action="/l/abc&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('href="/l/abc?lang=de&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('link unavailable page', () => {
  test.each(SUPPORTED_LANGUAGES)('says why in %s, for each reason', (language) => {
    const texts = messagesFor(language).linkUnavailable;
    for (const reason of LINK_REASONS) {
      const html = renderLinkUnavailablePage({ language, reason, languageLinks: languageLinksFor('/l/abc', language) });
      expect(html).toContain(htmlTag(language));
      expect(textOf(html, /<h1>(.*?)<\/h1>/)).toBe(texts[reason].heading);
      expect(textOf(html, /<title>(.*?)<\/title>/)).toBe(texts[reason].heading);
      expect(textOf(html, /<p class="hint">(.*?)<\/p>/)).toBe(texts[reason].hint);
      expect(html).not.toContain('<form');
      // The person can read why in their own language.
      expect(html).toContain('<nav class="languages"');
      expect(html).toContain('href="/l/abc?lang=de"');
    }
  });

  test('exact English texts, and billing is never mentioned', () => {
    const heading = (reason: LinkUnavailableReason) => textOf(renderLinkUnavailablePage({ language: 'en', reason, languageLinks: languageLinksFor('/l/abc', 'en') }), /<h1>(.*?)<\/h1>/);
    expect(LINK_REASONS.map(heading)).toEqual([
      'This verification link has expired',
      'This verification link has reached its limit',
      'This verification link is no longer active',
      'We could not find this verification link',
      'Verification is temporarily unavailable',
    ]);
    const unavailable = renderLinkUnavailablePage({ language: 'en', reason: 'ACCOUNT_UNAVAILABLE', languageLinks: languageLinksFor('/l/abc', 'en') });
    expect(textOf(unavailable, /<p class="hint">(.*?)<\/p>/)).toBe('Please try again later.');
    expect(unavailable).not.toMatch(/credit|billing|balance|payment/i);
  });
});

const welcomeView = (flow: Flow): HostedFlowView => ({
  phase: 'WELCOME',
  status: 'ACTIVE',
  final: false,
  flow,
  documentTypes: ['ID_CARD', 'PASSPORT'],
  attempt: 1,
  maxAttempts: 3,
  uploaded: [],
  retryReasons: [],
  secondsLeft: null,
  redirectUrl: null,
  uploadMaxBytes: 10_000_000,
});

describe('session pages', () => {
  const page = (flow: Flow, sessionLengthSeconds?: number, language = 'en') =>
    renderHostedFlowPage({ privacy: PRIVACY, language, languageLinks: [], view: welcomeView(flow), sessionLengthSeconds });
  const stepsOf = (html: string) => {
    const list = /<ol class="steps">(.*?)<\/ol>/.exec(html)![1]!;
    return [...list.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]);
  };
  const welcomeOf = (html: string) => textOf(html, /<section class="panel" data-panel="welcome">([\s\S]*?)<\/section>/);

  test('the welcome step lists the flow’s steps in order, the time limit and Start with its consent', () => {
    const html = renderHostedFlowPage({ privacy: PRIVACY, language: 'en', languageLinks: languageLinks('en'), view: welcomeView('DOCUMENT_AND_SELFIE'), sessionLengthSeconds: 600 });
    expect(html).toContain('<html lang="en">');
    expect(textOf(html, /<h1 tabindex="-1">(.*?)<\/h1>/)).toBe('Let’s verify your identity');
    expect(html).toMatch(/<ol class="steps"><li>Take a photo of the front of your identity document<\/li><li>Take a photo of the back, if your document has one<\/li><li>Take a selfie<\/li><\/ol>/);
    expect(html).toContain('Once you start, you have 10 minutes to complete these steps.');
    expect(textOf(html, /<p class="consent" id="consent">(.*?)<\/p>/)).toBe(en.landing.consent.DOCUMENT_AND_SELFIE);
    // Enabled by the script: without it the button could do nothing.
    expect(html).toContain('<button class="button" type="button" id="start" data-action="start" aria-describedby="consent" disabled>Start</button>');
    expect(html).toContain(`<noscript><p class="notice">${en.session.needsJavaScript}</p></noscript>`);
    expect(html).not.toContain('<form');
    expect(html).toContain('<nav class="languages" aria-label="Language">');
  });

  test('steps per flow, minutes never rounded up, and a general sentence when the length is not given', () => {
    expect(FLOWS.map((flow) => stepsOf(page(flow, 600)).length)).toEqual([2, 1, 3]);
    expect(welcomeOf(page('SELFIE', 600))).not.toContain('document');
    expect(welcomeOf(page('DOCUMENT', 600))).not.toContain('selfie');
    expect(page('DOCUMENT', 60)).toContain('you have 1 minute to');
    expect(page('DOCUMENT', 119)).toContain('you have 1 minute to');
    expect(page('DOCUMENT', 3600)).toContain('you have 60 minutes to');
    expect(page('DOCUMENT')).toContain(en.session.timeLimitUnknown);
  });

  test.each(SUPPORTED_LANGUAGES)('%s welcome step fills the minutes in its own grammar', (language) => {
    const html = page('DOCUMENT_AND_SELFIE', 1260, language);
    const { session, landing } = messagesFor(language);
    expect(stepsOf(html)).toEqual([session.steps.documentFront, session.steps.documentBack, session.steps.selfie]);
    expect(html).toContain(`>${landing.start}</button>`);
    expect(welcomeOf(html)).not.toContain('{minutes}');
    expect(welcomeOf(html)).toMatch(/\b21\b/);
  });

  test.each(SUPPORTED_LANGUAGES)('%s unavailable pages for expired and unknown sessions', (language) => {
    const { unavailable } = messagesFor(language).session;
    for (const reason of ['EXPIRED', 'NOT_FOUND'] as const) {
      const html = renderSessionUnavailablePage({ language, reason, languageLinks: languageLinksFor('/v/token', language) });
      expect(textOf(html, /<h1>(.*?)<\/h1>/)).toBe(unavailable[reason].heading);
      expect(textOf(html, /<p class="hint">(.*?)<\/p>/)).toBe(unavailable[reason].hint);
      expect(html).not.toContain('<script');
    }
  });
});

describe('QR codes', () => {
  const url = 'https://verify.example.com/l/k3J9xQ2mP7?src=qr';

  test('SVG is an <svg> document of the requested size', async () => {
    const svg = await renderQrCode(url, 'svg', 512);
    expect(typeof svg).toBe('string');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="512" height="512"');
  });

  test.each([QR_SIZE.min, QR_SIZE.default, 1000, QR_SIZE.max])('PNG of %i px has that width and height in its IHDR', async (size) => {
    const png = await renderQrCode(url, 'png', size);
    expect(Buffer.isBuffer(png)).toBe(true);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  });

  test('a 2048 px PNG decodes to the URL, pixels only black or white; asked again, the same bytes come from the cache', async () => {
    const other = 'https://verify.example.com/l/Zq81mN4pLx?src=qr';
    const [png, concurrent] = await Promise.all([renderQrCode(other, 'png', QR_SIZE.max), renderQrCode(other, 'png', QR_SIZE.max)]);
    const image = PNG.sync.read(png);
    expect({ width: image.width, height: image.height }).toEqual({ width: 2048, height: 2048 });
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(other);
    const levels = new Set<number>();
    for (let index = 0; index < image.data.length; index += 4) levels.add(image.data[index]!);
    expect([...levels].sort((a, b) => a - b)).toEqual([0, 255]);
    // Concurrent requests share one rendering; a later one is served the cached bytes.
    expect(concurrent).toBe(png);
    expect(await renderQrCode(other, 'png', QR_SIZE.max)).toBe(png);
    expect(await renderQrCode(other, 'svg', QR_SIZE.max)).toBe(await renderQrCode(other, 'svg', QR_SIZE.max));
    // Another size or format is another code.
    expect((await renderQrCode(other, 'png', 1024)).equals(png)).toBe(false);
  });

  test.each([QR_SIZE.min - 1, QR_SIZE.max + 1, 512.5, Number.NaN])('size %p is refused before any rendering', async (size) => {
    await expect(renderQrCode(url, 'png', size)).rejects.toThrow(new RangeError('A QR code is 128 to 2048 pixels a side'));
    await expect(renderQrCode(url, 'svg', size)).rejects.toThrow(RangeError);
  });
});

describe('isLinkScanner', () => {
  test.each([
    ['Slack', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
    ['Facebook', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
    ['Bing preview', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) BingPreview/1.0b'],
    ['Outlook desktop', 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)'],
    [
      'Outlook reading pane',
      'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; Microsoft Outlook 16.0.5257; ms-office; MSOffice 16)',
    ],
    ['Skype and Teams preview', 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com'],
    ['WhatsApp preview', 'WhatsApp/2.23.20.0 A'],
    ['Telegram', 'TelegramBot (like TwitterBot)'],
    ['Discord', 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)'],
    ['Twitter', 'Twitterbot/1.0'],
    ['LinkedIn', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)'],
    ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['python-requests', 'python-requests/2.31.0'],
    ['empty', ''],
    ['blank', '  '],
    ['missing', undefined],
  ])('%s is a scanner', (_name, userAgent) => {
    expect(isLinkScanner(userAgent)).toBe(true);
  });

  test.each([
    ['Chrome on Android', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'],
    [
      'Safari on iPhone',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    ],
    ['Firefox desktop', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'],
    [
      'Edge desktop',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    ],
    [
      'WhatsApp’s in-app browser',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 WhatsApp/24.1',
    ],
    [
      'Facebook’s in-app browser',
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 [FBAN/EMA;FBLC/en_US;FBAV/444.0.0.0.110;]',
    ],
    ['curl', 'curl/8.5.0'],
  ])('%s is a person', (_name, userAgent) => {
    expect(isLinkScanner(userAgent)).toBe(false);
  });
});

describe('privacy notice', () => {
  test.each(SUPPORTED_LANGUAGES)('%s: the link page and the welcome step name the business, the retention and how to withdraw', (language) => {
    const { privacy } = messagesFor(language);
    const landing = renderLandingPage({ privacy: PRIVACY, language, flow: 'DOCUMENT', actionUrl: '/l/abc', languageLinks: [] });
    const welcome = renderHostedFlowPage({ privacy: PRIVACY, language, languageLinks: [], view: welcomeView('DOCUMENT') });
    for (const html of [landing, welcome]) {
      const notice = /<div class="privacy" id="privacy">(.*?)<\/div>/s.exec(html)![1]!;
      expect(notice).toContain('Acme Bank');
      expect(notice).toMatch(/\b30\b/);
      expect(notice).toContain(escapeHtml(privacy.withdraw));
      expect(notice).not.toMatch(/\{\w+\}/);
    }
  });

  test('the retention is stated in whole days, rounded up, in the language’s plural form', () => {
    const notice = (language: Language, retentionSeconds: number) =>
      /<div class="privacy" id="privacy">(.*?)<\/div>/s.exec(
        renderLandingPage({ privacy: { business: 'A & B', retentionSeconds }, language, flow: 'SELFIE', actionUrl: '/l/abc', languageLinks: [] }),
      )![1]!;
    expect(notice('en', 86_400)).toContain('at the latest 1 day after');
    expect(notice('en', 86_401)).toContain('at the latest 2 days after');
    expect(notice('en', 60)).toContain('at the latest 1 day after');
    expect(notice('en', 60)).toContain('A &amp; B asks you');
    expect(notice('ru', 5 * 86_400)).toContain('через 5 дней');
    expect(notice('lt', 2 * 86_400)).toContain('per 2 dienas');
  });
});
