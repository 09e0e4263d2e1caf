/**
 * SMS length rules: which alphabet a text needs, how many segments it costs (splits never separate an escape from
 * its character or a surrogate pair), and fitting a message into a segment budget without ever cutting its URL.
 */
import { E164, fitSms, smsEncoding, smsSegments } from '../../../lib/notifications/sms-text';
import { renderSms } from '../../../lib/notifications/templates';
import type { Language } from '../../../lib/languages';

describe('smsEncoding', () => {
  test('plain English, with line breaks and GSM symbols, is GSM-7', () => {
    expect(smsEncoding('Acme Bank asks you to verify your identity: https://verify.example.com/v/abc?x=1&y=2\nThanks!')).toBe('GSM-7');
    expect(smsEncoding('@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà')).toBe('GSM-7');
  });

  test('Lithuanian letters outside the GSM alphabet, and Cyrillic, need UCS-2', () => {
    expect(smsEncoding('Ąžuolas')).toBe('UCS-2');
    expect(smsEncoding('Подтвердите личность')).toBe('UCS-2');
    expect(smsEncoding('Wait…')).toBe('UCS-2');
    expect(smsEncoding('It’s')).toBe('UCS-2');
  });

  test('extension characters are GSM-7 and take two septets', () => {
    expect(smsSegments('€')).toEqual({ encoding: 'GSM-7', segments: 1, units: 2 });
    expect(smsSegments('[]{}~\\^|€')).toEqual({ encoding: 'GSM-7', segments: 1, units: 18 });
  });
});

describe('smsSegments', () => {
  test('GSM-7: 160 septets in one segment, 153 per segment beyond', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1, units: 160 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2, units: 161 });
    expect(smsSegments('a'.repeat(306))).toEqual({ encoding: 'GSM-7', segments: 2, units: 306 });
    expect(smsSegments('a'.repeat(307))).toEqual({ encoding: 'GSM-7', segments: 3, units: 307 });
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1, units: 160 });
    expect(smsSegments(`${'a'.repeat(159)}€`)).toEqual({ encoding: 'GSM-7', segments: 2, units: 161 });
  });

  test('UCS-2: 70 code units in one segment, 67 per segment beyond', () => {
    expect(smsSegments('ж'.repeat(70))).toEqual({ encoding: 'UCS-2', segments: 1, units: 70 });
    expect(smsSegments('ж'.repeat(71))).toEqual({ encoding: 'UCS-2', segments: 2, units: 71 });
    expect(smsSegments('ж'.repeat(134))).toEqual({ encoding: 'UCS-2', segments: 2, units: 134 });
    expect(smsSegments('ж'.repeat(135))).toEqual({ encoding: 'UCS-2', segments: 3, units: 135 });
  });

  test('a character outside the BMP counts two code units', () => {
    expect(smsSegments('😀'.repeat(35))).toEqual({ encoding: 'UCS-2', segments: 1, units: 70 });
    expect(smsSegments('😀'.repeat(36))).toEqual({ encoding: 'UCS-2', segments: 2, units: 72 });
  });

  test('a split never separates an escape from its character nor a surrogate pair', () => {
    // 152 + 2 + 152 = 306 septets, but the € cannot straddle the first split: 152 | 2 + 151 | 1.
    expect(smsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toEqual({ encoding: 'GSM-7', segments: 3, units: 306 });
    expect(smsSegments(`${'ж'.repeat(66)}😀${'ж'.repeat(66)}`)).toEqual({ encoding: 'UCS-2', segments: 3, units: 134 });
  });

  test('the empty text is one segment', () => {
    expect(smsSegments('')).toEqual({ encoding: 'GSM-7', segments: 1, units: 0 });
  });
});

describe('fitSms', () => {
  const url80 = `https://verify.example.com/v/${'k'.repeat(51)}`;

  test('returns a text that fits unchanged', () => {
    const text = `Acme asks you to verify your identity: ${url80}\nThe link works until November 25, 2026 at 2:00 PM UTC.`;
    expect(fitSms(text, url80, 2)).toBe(text);
    expect(fitSms('ж'.repeat(70), 'ж'.repeat(10), 1)).toBe('ж'.repeat(70));
  });

  test('a long Russian text keeps the whole URL and fits two segments', () => {
    expect(url80).toHaveLength(80);
    const text = `Здравствуйте! Организация «Ромашка» просит вас подтвердить личность: ${url80}\nСсылка действует до 25 ноября 2026 г. в 14:00 UTC. Если вы не ожидали этого сообщения, просто проигнорируйте его.`;
    expect(smsSegments(text).segments).toBeGreaterThan(2);
    const fitted = fitSms(text, url80, 2);
    expect(fitted).toContain(url80);
    expect(smsSegments(fitted)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    // 134 code units leave 54 for the words: the start of the sentence before the URL, and nothing after it.
    expect(fitted).toBe(`Здравствуйте! Организация «Ромашка» просит вас… ${url80}`);
  });

  test('shortens what follows the URL first, at a word boundary, with an ellipsis', () => {
    const text = `Подтвердите личность: ${url80}\nСсылка действует до 25 ноября 2026 г. в 14:00 UTC, а потом перестанет работать.`;
    const fitted = fitSms(text, url80, 2);
    expect(fitted).toBe(`Подтвердите личность: ${url80}\nСсылка действует до 25 ноября…`);
    expect(smsSegments(fitted).units).toBeLessThanOrEqual(134);
  });

  test('then what precedes it', () => {
    const before = 'Please take a moment today to verify your identity with Acme Bank, as required before we can open your account for you: ';
    const fitted = fitSms(`${before}${url80}\nThe link works until November 25, 2026 at 2:00 PM UTC.`, url80, 1);
    expect(fitted).toBe(`Please take a moment today to verify your identity with Acme Bank, as... ${url80}`);
    expect(smsSegments(fitted)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  test("uses '...' when the shortened message is GSM-7, so the ellipsis does not make it UCS-2", () => {
    // Cutting "Ąžuolas" leaves a GSM-7 message, which fits one segment where the UCS-2 original could not.
    const fitted = fitSms(`Please verify your identity with Ąžuolas: ${url80}`, url80, 1);
    expect(fitted).toBe(`Please verify your identity with... ${url80}`);
    expect(smsEncoding(fitted)).toBe('GSM-7');
    const gsm = fitSms(`Acme asks you to verify your identity: ${url80}\n${'Then some words. '.repeat(10)}`, url80, 1);
    expect(gsm).toMatch(/\.\.\.$/);
    expect(smsEncoding(gsm)).toBe('GSM-7');
  });

  test('returns the URL alone when nothing else fits, or when even the URL does not', () => {
    const url155 = `https://verify.example.com/v/${'k'.repeat(126)}`;
    expect(fitSms(`Please verify: ${url155} now`, url155, 1)).toBe(url155);
    const url200 = `https://verify.example.com/v/${'k'.repeat(171)}`;
    expect(fitSms(`Verify your identity: ${url200}`, url200, 1)).toBe(url200);
  });

  test('refuses a text without its URL', () => {
    expect(() => fitSms('x'.repeat(200), 'https://example.com/', 1)).toThrow('does not contain the URL');
  });

  test.each<Language>(['lt', 'ru'])('the %s SMS template fits two segments with the URL intact', (language) => {
    const sessionUrl = `https://verify.example.com/v/${'T'.repeat(43)}`;
    for (const kind of ['INVITATION', 'REMINDER'] as const) {
      const clientName = language === 'lt' ? 'UAB „Ąžuolas“' : 'ООО «Ромашка»';
      const sms = renderSms({ kind, language, sessionUrl, clientName, expiresAt: new Date('2026-11-25T14:00:00Z') });
      const fitted = fitSms(sms, sessionUrl, 2);
      expect(fitted).toContain(sessionUrl);
      expect(smsSegments(fitted).segments).toBeLessThanOrEqual(2);
      // The words kept are the start of the message, so it still says who asks and what for.
      const kept = fitted.slice(0, fitted.indexOf(sessionUrl)).replace(/(…|\.\.\.)?\s*$/, '');
      expect(kept).toContain(clientName);
      expect(sms.startsWith(kept)).toBe(true);
    }
  });
});

describe('the default SMS texts', () => {
  const sessionUrl = `https://verify.example.com/v/${'T'.repeat(43)}`;
  const render = (language: string, kind: 'INVITATION' | 'REMINDER') =>
    renderSms({ kind, language, sessionUrl, clientName: 'Acme Bank', expiresAt: new Date('2026-11-25T14:00:00Z') });

  test('the languages that can be written in the GSM alphabet stay GSM-7', () => {
    for (const language of ['en', 'da', 'de', 'es', 'et', 'fi', 'fr', 'it', 'nl', 'sv']) {
      for (const kind of ['INVITATION', 'REMINDER'] as const) expect(smsEncoding(render(language, kind))).toBe('GSM-7');
    }
  });

  test('English says what it must in at most 160 characters before the URL', () => {
    for (const kind of ['INVITATION', 'REMINDER'] as const) {
      const sms = render('en', kind);
      expect(sms.indexOf(sessionUrl)).toBeLessThanOrEqual(160);
      expect(smsSegments(sms).segments).toBeLessThanOrEqual(2);
    }
  });
});

test('E164 accepts international numbers only', () => {
  for (const number of ['+37060012345', '+14155552671', '+4915123456789', '+1234567', '+123456789012345']) expect(E164.test(number)).toBe(true);
  for (const number of ['37060012345', '+037060012345', '+123456', '+1234567890123456', '+370 600 12345', '+3706001234a', '']) {
    expect(E164.test(number)).toBe(false);
  }
});
