/**
 * The hosted verification page as pure rendering (every language and flow, the JSON it hands its script), the
 * completeness of every language's messages, and the route that serves the script.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { HostedFlowView } from '../../api/hosted/hosted-flow-view';
import en from '../../api/hosted/i18n/en';
import { fill, messagesFor } from '../../api/hosted/i18n';
import type { PageBranding } from '../../api/hosted/pages/branding';
import { type Language, SUPPORTED_LANGUAGES, textDirection } from '../../lib/languages';
import type { LanguageLink } from '../../api/html/layout';
import { HOSTED_FLOW_SCRIPT, renderHostedFlowPage } from '../../api/hosted/pages/session-pages';
import { CAMERA_SCRIPTS, CAMERA_STYLESHEET } from '../../api/hosted/pages/camera-view';
import { assetRoutes } from '../../api/assets';
import { DOCUMENT_TYPES, requiredKinds, type Flow } from '../../workflows/definitions';

/** The account's name and the retention setting the privacy notice states. */
const PRIVACY = { business: 'Acme Bank', retentionSeconds: 30 * 86_400 };

const FLOWS: Flow[] = ['DOCUMENT', 'SELFIE', 'DOCUMENT_AND_SELFIE'];

function viewOf(overrides: Partial<HostedFlowView> = {}): HostedFlowView {
  return {
    phase: 'WELCOME',
    status: 'ACTIVE',
    final: false,
    flow: 'DOCUMENT_AND_SELFIE',
    documentTypes: [...DOCUMENT_TYPES],
    attempt: 1,
    maxAttempts: 3,
    uploaded: [],
    retryReasons: [],
    secondsLeft: null,
    redirectUrl: null,
    uploadMaxBytes: 10_000_000,
    ...overrides,
  };
}

function languageLinks(current: Language): LanguageLink[] {
  return SUPPORTED_LANGUAGES.map((language) => ({ language, href: `/v/token?lang=${language}`, current: language === current }));
}

function render(language: string, view: HostedFlowView = viewOf()): string {
  return renderHostedFlowPage({ privacy: PRIVACY, language, languageLinks: languageLinks('en'), view });
}

function jsonBlock(html: string, id: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`, 's').exec(html);
  if (!match) throw new Error(`no JSON block ${id}`);
  return JSON.parse(match[1]!);
}

/** The page without its JSON blocks: what the browser shows. */
function markupOf(html: string): string {
  return html.replace(/<script type="application\/json"[^>]*>.*?<\/script>/gs, '');
}

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/** Every plural-forms object in a message tree (the only objects with an `other` key). */
function pluralForms(value: unknown, path = ''): [string, Record<string, string>][] {
  if (value === null || typeof value !== 'object') return [];
  if (Object.hasOwn(value, 'other')) return [[path, value as Record<string, string>]];
  return Object.entries(value).flatMap(([key, child]) => pluralForms(child, path ? `${path}.${key}` : key));
}

/** The key paths of a message tree, with plural forms as one entry: languages have different plural categories. */
function keyPaths(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object' || Object.hasOwn(value, 'other')) return [path];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, path ? `${path}.${key}` : key));
}

/** The hosted page's script elements: the camera's checks, the camera and the flow, and three JSON data blocks. */
const SCRIPT_ELEMENTS = 6;

describe('hosted flow page', () => {
  const cases = SUPPORTED_LANGUAGES.flatMap((language) => FLOWS.map((flow) => [language, flow] as const));

  test.each(cases)('%s, %s: a complete page with its view, its messages and its script', (language, flow) => {
    const view = viewOf({ flow });
    const html = render(language, view);
    const dir = textDirection(language) === 'rtl' ? ' dir="rtl"' : '';
    expect(html.startsWith(`<!doctype html>\n<html lang="${language}"${dir}>`)).toBe(true);
    expect(jsonBlock(html, 'flow-view')).toEqual(view);
    const embedded = jsonBlock(html, 'flow-messages');
    expect(embedded).toEqual(messagesFor(language).script);
    for (const [path, text] of leaves(embedded)) expect({ path, text: typeof text === 'string' && text.trim() !== '' }).toEqual({ path, text: true });
    expect(jsonBlock(html, 'camera-messages')).toEqual(messagesFor(language).camera);
    // The camera's checks, then the camera, then the flow that drives it.
    expect(html).toContain(
      `<script src="${CAMERA_SCRIPTS[0]}" defer></script><script src="${CAMERA_SCRIPTS[1]}" defer></script><script src="${HOSTED_FLOW_SCRIPT}" defer></script>`,
    );
    expect(HOSTED_FLOW_SCRIPT).toBe('/assets/hosted-flow.js');
    expect(markupOf(html)).not.toMatch(/\{\w+\}/);
    // The CSP forbids inline scripts and handlers: the only scripts are the files and the data.
    expect(html.match(/<script/g)).toHaveLength(SCRIPT_ELEMENTS);
    expect(markupOf(html)).not.toMatch(/\son[a-z]+=/i);
    for (const id of ['start', 'countdown', 'error', 'result', 'submit', 'flow-bar', 'announcer', 'retry']) expect(html).toContain(`id="${id}"`);
  });

  test.each(FLOWS)('%s: a camera and a file picker for each photo the flow may need, and only those', (flow) => {
    const html = render('en', viewOf({ flow }));
    const kinds = requiredKinds(flow, null);
    expect([...html.matchAll(/<input class="file-input" type="file" id="file-(\w+)"/g)].map((match) => match[1])).toEqual(kinds);
    expect([...html.matchAll(/<section class="panel" data-panel="capture-(\w+)"/g)].map((match) => match[1])).toEqual(kinds);
    for (const kind of kinds) {
      const facing = kind === 'FACE' ? 'user' : 'environment';
      expect(html).toContain(`<input class="file-input" type="file" id="camera-${kind}" accept="image/jpeg,image/png,image/webp" capture="${facing}" data-kind="${kind}"><label class="button" for="camera-${kind}">`);
      expect(html).toContain(`<input class="file-input" type="file" id="file-${kind}" accept="image/jpeg,image/png,image/webp" data-kind="${kind}"><label class="button secondary" for="file-${kind}">`);
      expect(html).toContain(`<h1 tabindex="-1">${en.capture.kinds[kind].heading}</h1>`);
      // The live camera, hidden until the script opens one, with its frame or oval.
      const target = kind === 'FACE' ? 'face' : 'document';
      expect(html).toContain(`<div class="camera" id="live-camera-${kind}" hidden><div class="viewfinder ${target}" id="camera-viewfinder-${kind}">`);
      expect(html).toContain(`<p class="notice" id="camera-unavailable-${kind}" role="status" hidden></p>`);
    }
    expect(html.match(/<link rel="stylesheet" href="\/assets\/camera.css">/g)).toHaveLength(1);
  });

  test('the document type is a choice only when the flow has a document and more than one type is allowed', () => {
    const radios = (html: string) => [...html.matchAll(/<input type="radio" name="documentType" value="(\w+)" id="document-type-(\w+)">/g)].map((match) => [match[1], match[2]]);
    const html = render('en', viewOf({ documentTypes: ['PASSPORT', 'ID_CARD'] }));
    expect(radios(html)).toEqual([
      ['PASSPORT', 'PASSPORT'],
      ['ID_CARD', 'ID_CARD'],
    ]);
    expect(html).toContain('<fieldset class="choices"><legend>Document type</legend>');
    expect(html).toContain('<span>Passport</span></label>');
    expect(html).toContain('id="continue" data-action="continue" disabled>Continue</button>');
    expect(radios(render('en', viewOf({ documentTypes: ['PASSPORT'] })))).toEqual([]);
    expect(render('en', viewOf({ documentTypes: ['PASSPORT'] }))).not.toContain('id="continue"');
    expect(radios(render('en', viewOf({ flow: 'SELFIE' })))).toEqual([]);
  });

  test('only the welcome step is visible before the script runs', () => {
    const html = render('en');
    const panels = [...html.matchAll(/<section class="panel" data-panel="([\w-]+)"( id="\w+")?( hidden)?>/g)].map((match) => [match[1], match[3] === ' hidden']);
    expect(panels).toEqual([
      ['welcome', false],
      ['document-type', true],
      ['capture-FRONT', true],
      ['capture-BACK', true],
      ['capture-FACE', true],
      ['review', true],
      ['checking', true],
      ['cancel', true],
      ['result', true],
    ]);
    expect(html).toContain('<div class="flow-bar" id="flow-bar" hidden>');
    expect(html).toContain('<span id="countdown" role="timer" aria-labelledby="countdown-label"></span>');
    expect(html).toContain('<span class="sr-only" id="countdown-label">Time left</span>');
    expect(html).toContain('<div class="alert" id="error" role="alert"></div>');
  });

  test('an unknown language renders in English', () => {
    const html = render('xx"><script>');
    expect(html).toContain('<html lang="en">');
    expect(jsonBlock(html, 'flow-messages')).toEqual(en.script);
  });

  test('strings in the view cannot break out of their JSON block', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const view = viewOf({ phase: 'DONE', status: 'REVIEWING', redirectUrl: `https://example.com/${hostile}`, retryReasons: [hostile] });
    const html = render('en', view);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).not.toContain('<!--');
    expect(html.match(/<script/g)).toHaveLength(SCRIPT_ELEMENTS);
    expect(html).toContain('\\u003c/script>');
    expect(jsonBlock(html, 'flow-view')).toEqual(view);
  });

  test('language links are escaped', () => {
    const html = renderHostedFlowPage({ privacy: PRIVACY,
      language: 'en',
      languageLinks: [{ language: 'de', href: '/v/token?lang=de"><script>alert(1)</script>', current: false }],
      view: viewOf(),
    });
    expect(html).toContain('href="/v/token?lang=de&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html.match(/<script/g)).toHaveLength(SCRIPT_ELEMENTS);
  });
});

describe('branded hosted flow page', () => {
  /** The script's texts that speak of "the organisation" unbranded. */
  const NAMING = ['errors.TOO_MANY_UPLOADS', 'errors.UPLOAD_QUOTA_EXCEEDED', ...['REVIEWING', 'NOT_VERIFIED', 'EXPIRED', 'CANCELLED', 'NOT_FOUND'].map((outcome) => `outcomes.${outcome}.hint`)];

  function scriptMessagesOf(language: Language, businessName: string | null): unknown {
    const branding: PageBranding = { businessName, controller: businessName ?? 'Acme Ltd', accentColor: null, supportContact: null, privacyPolicyUrl: null, logoUrl: null };
    return jsonBlock(renderHostedFlowPage({ privacy: PRIVACY, language, languageLinks: languageLinks(language), view: viewOf(), branding }), 'flow-messages');
  }

  test.each(SUPPORTED_LANGUAGES)('%s: the script is handed texts that name the business instead of "the organisation"', (language) => {
    const generic = new Map(leaves(messagesFor(language).script));
    const named = leaves(scriptMessagesOf(language, 'Acme Bank'));
    expect(named.map(([path]) => path)).toEqual([...generic.keys()]);
    for (const [path, text] of named) {
      if (NAMING.includes(path)) {
        expect({ path, named: String(text).includes('Acme Bank') && !String(text).includes('{business}') && text !== generic.get(path) }).toEqual({ path, named: true });
      } else {
        expect({ path, text }).toEqual({ path, text: generic.get(path) });
      }
    }
    const { brandedScript, branding } = messagesFor(language);
    const embedded = scriptMessagesOf(language, 'Acme Bank') as typeof en.script;
    expect(embedded.outcomes.REVIEWING.hint).toBe(fill(brandedScript.outcomes.REVIEWING, { business: 'Acme Bank' }));
    expect(embedded.outcomes.EXPIRED.hint).toBe(fill(branding.askForNewLink, { business: 'Acme Bank' }));
    expect(embedded.errors.TOO_MANY_UPLOADS).toBe(fill(brandedScript.errors.TOO_MANY_UPLOADS, { business: 'Acme Bank' }));
  });

  test('without a business name the script keeps the generic texts, even where the account has a name', () => {
    for (const language of SUPPORTED_LANGUAGES) expect(scriptMessagesOf(language, null)).toEqual(messagesFor(language).script);
  });

  test('a business name cannot break out of the JSON block', () => {
    const hostile = '</script><script>alert(1)</script>';
    const html = renderHostedFlowPage({
      privacy: PRIVACY,
      language: 'en',
      languageLinks: languageLinks('en'),
      view: viewOf(),
      branding: { businessName: hostile, controller: hostile, accentColor: null, supportContact: null, privacyPolicyUrl: null, logoUrl: null },
    });
    expect(html).not.toContain('alert(1)</script>');
    expect((jsonBlock(html, 'flow-messages') as typeof en.script).outcomes.CANCELLED.hint).toBe(fill(en.brandedScript.outcomes.CANCELLED, { business: hostile }));
  });
});

describe('messages', () => {
  test.each(SUPPORTED_LANGUAGES)('%s has every key, each non-empty', (language) => {
    const messages = messagesFor(language);
    expect(keyPaths(messages)).toEqual(keyPaths(en));
    for (const [path, text] of leaves(messages)) expect({ path, text: typeof text === 'string' && text.trim() !== '' }).toEqual({ path, text: true });
  });

  test.each(SUPPORTED_LANGUAGES)('%s has each plural form Intl.PluralRules selects for 0 to 120, with its placeholder', (language) => {
    const rules = new Intl.PluralRules(language);
    const forms = pluralForms(messagesFor(language));
    const placeholders: Record<string, string> = { 'session.timeLimit': '{minutes}', 'privacy.retention': '{days}', 'script.minutesLeft': '{minutes}' };
    expect(forms.map(([path]) => path)).toEqual(Object.keys(placeholders));
    for (const [path, form] of forms) {
      for (let count = 0; count <= 120; count += 1) {
        const text = form[rules.select(count)];
        expect({ path, count, filled: text?.includes(placeholders[path]!) }).toEqual({ path, count, filled: true });
      }
    }
  });

  test('the script has a text for every upload error, refusal reason and outcome', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const { script } = messagesFor(language);
      expect(Object.keys(script.errors).sort()).toEqual(
        [
          'DOCUMENT_NOT_VISIBLE',
          'FACE_TOO_BLURRY',
          'FACE_TOO_SMALL',
          'FILE_TOO_LARGE',
          'IMAGE_TOO_SMALL',
          'IMAGE_UNREADABLE',
          'INVALID_STATE',
          'MISSING_DOCUMENTS',
          'MRZ_NOT_VISIBLE',
          'NETWORK',
          'NO_FACE_FOUND',
          'RATE_LIMITED',
          'TOO_MANY_FACES',
          'TOO_MANY_UPLOADS',
          'UNEXPECTED',
          'UNSUPPORTED_FILE_TYPE',
          'UPLOAD_QUOTA_EXCEEDED',
          'VALIDATION_ERROR',
        ],
      );
      expect(script.errors.FILE_TOO_LARGE).toContain('{megabytes}');
      expect(Object.keys(script.retryReasons).sort()).toEqual([
        'DOC_TOO_BLURRY',
        'DOC_TOO_BRIGHT',
        'DOC_TOO_DARK',
        'FACE_TOO_BLURRY',
        'FACE_TOO_BRIGHT',
        'FACE_TOO_DARK',
        'FACE_TOO_SMALL',
        'MRZ_NOT_FOUND',
        'MRZ_OCR_READING_ERROR',
        'NO_FACE_FOUND',
        'TOO_MANY_FACES',
      ]);
      // Either order: Turkish names the total before the attempt.
      for (const placeholder of ['{current}', '{total}']) expect(script.stepOf).toContain(placeholder);
      for (const placeholder of ['{attempt}', '{maxAttempts}']) expect(script.attempt).toContain(placeholder);
      // Fraud suspicion is never named: a suspected session reads like any other it could not verify.
      expect(Object.keys(script.outcomes)).not.toContain('SUSPECTED');
    }
  });
});

describe('assetRoutes', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use(assetRoutes());
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('serves the hosted page script as JavaScript, cached briefly', async () => {
    const response = await fetch(`${base}${HOSTED_FLOW_SCRIPT}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^(text|application)\/javascript; charset=utf-8$/i);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await response.text()).toContain("getElementById(id)");
  });

  test.each([...CAMERA_SCRIPTS, CAMERA_STYLESHEET])('serves the live camera file %s', async (path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(path.endsWith('.css') ? /^text\/css; charset=utf-8$/i : /^(text|application)\/javascript; charset=utf-8$/i);
  });

  test.each(['/assets/', '/assets', '/assets/missing.js', '/assets/%2e%2e/package.json'])('%s is not served', async (path) => {
    const response = await fetch(`${base}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(404);
  });
});
