/**
 * Message templates: every language and kind renders completely (URL, expiry in the person's language, no
 * placeholder left), an account's overrides apply and broken ones are refused, inserted values are HTML-escaped, and
 * each language's own characters come out exactly as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import escapeHtml from 'escape-html';
import { MAX_TEMPLATE_BODY_LENGTH, renderEmail, renderSms, validateTemplateBody, type MessageKind } from '../../../lib/notifications/templates';
import { SUPPORTED_LANGUAGES, textDirection } from '../../../lib/languages';

const KINDS: MessageKind[] = ['INVITATION', 'REMINDER'];
// The & checks that the URL is escaped inside the HTML attribute and left alone in the plain text.
const sessionUrl = 'https://verify.example.com/v/ses_3Fq9xT2mWk8LpZr4Yb7N?lang=lt&src=email';
const expiresAt = new Date('2026-11-25T14:00:00Z');
const base = { sessionUrl, clientName: 'Acme Bank', expiresAt };

/** The expiry as the person should see it, computed here with Intl independently of the templates. */
function expiry(language: string, timeZone = 'UTC'): string {
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(expiresAt);
  const zone = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' }).formatToParts(expiresAt).find((part) => part.type === 'timeZoneName')!;
  return `${dateTime} ${zone.value}`;
}

const smsSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test('the languages are the 28 of the public pages: English, the other official EU languages, Russian, Ukrainian, Turkish and Arabic', () => {
  expect(SUPPORTED_LANGUAGES).toEqual([
    'en', 'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
    'ru', 'uk', 'tr', 'ar',
  ]);
});

describe.each(SUPPORTED_LANGUAGES.flatMap((language) => KINDS.map((kind) => [language, kind] as const)))('%s %s', (language, kind) => {
  const email = renderEmail({ ...base, kind, language });
  const sms = renderSms({ ...base, kind, language });

  test('the email has the URL, on its own line in the text and as a button and visible link in the HTML', () => {
    expect(email.text).toContain(`\n${sessionUrl}\n`);
    expect(email.html).toContain(`href="${escapeHtml(sessionUrl)}"`);
    expect(email.html).toContain(`>${escapeHtml(sessionUrl)}</a>`);
    expect(email.html.match(/<a href=/g)).toHaveLength(2);
  });

  test('the email is a complete HTML document in the language, with a heading', () => {
    // Right-to-left languages (Arabic) also mark the document and its article dir="rtl".
    const dir = textDirection(language) === 'rtl' ? ' dir="rtl"' : '';
    expect(email.html).toMatch(/^<!DOCTYPE html>\n<html lang="[a-z]{2}"( dir="rtl")?>/);
    expect(email.html).toContain(`<html lang="${language}"${dir}>`);
    expect(email.html).toContain(`lang="${language}"${dir} style=`);
    expect(email.html).toContain('<meta charset="utf-8">');
    expect(email.html).toContain(`<title>${escapeHtml(email.subject)}</title>`);
    expect(email.html).toContain(`<h1 style="margin:0 0 24px;font-size:22px;line-height:1.3;color:#111827;">${escapeHtml(email.subject)}</h1>`);
    expect(email.html.trimEnd()).toMatch(/<\/html>$/);
    expect(email.html).not.toMatch(/<(script|style|link|img)\b/);
  });

  test('the expiry is written in the language, with its time zone', () => {
    expect(email.text).toContain(expiry(language));
    expect(email.html).toContain(escapeHtml(expiry(language)));
    expect(sms).toContain(smsSpaces(expiry(language)));
  });

  test('every placeholder is filled', () => {
    for (const part of [email.subject, email.text, email.html, sms]) {
      expect(part).not.toContain('{{');
      expect(part).not.toContain('}}');
    }
    expect(email.subject).toContain('Acme Bank');
    expect(email.text).toContain('Acme Bank');
    expect(sms).toContain('Acme Bank');
  });

  test('the SMS has the URL', () => {
    expect(sms).toContain(sessionUrl);
  });
});

test('the two kinds say different things', () => {
  for (const language of SUPPORTED_LANGUAGES) {
    const invitation = renderEmail({ ...base, kind: 'INVITATION', language });
    const reminder = renderEmail({ ...base, kind: 'REMINDER', language });
    expect(reminder.subject).not.toBe(invitation.subject);
    expect(renderSms({ ...base, kind: 'REMINDER', language })).not.toBe(renderSms({ ...base, kind: 'INVITATION', language }));
  }
});

test('an unknown language is English; a regional code uses its language', () => {
  expect(renderEmail({ ...base, kind: 'INVITATION', language: 'xx' })).toEqual(renderEmail({ ...base, kind: 'INVITATION', language: 'en' }));
  expect(renderSms({ ...base, kind: 'REMINDER', language: '' })).toBe(renderSms({ ...base, kind: 'REMINDER', language: 'en' }));
  expect(renderEmail({ ...base, kind: 'INVITATION', language: 'lt-LT' })).toEqual(renderEmail({ ...base, kind: 'INVITATION', language: 'lt' }));
});

test('the English texts read as written, with the expiry in UTC by default and in another zone on request', () => {
  const email = renderEmail({ ...base, kind: 'INVITATION', language: 'en' });
  expect(email.subject).toBe('Acme Bank asks you to verify your identity');
  expect(email.text).toBe(
    [
      'Hello,',
      'Acme Bank has asked you to verify your identity. It only takes a few minutes: open the link below and follow the steps.',
      sessionUrl,
      `The link works until ${expiry('en')}.`,
      'If you were not expecting this email, you can safely ignore it.',
    ].join('\n\n') + '\n',
  );
  expect(expiry('en')).toMatch(/^November 25, 2026.* 2:00\sPM UTC$/);
  expect(email.html).toContain('>Verify my identity</a>');

  const sms = renderSms({ ...base, kind: 'INVITATION', language: 'en', timeZone: 'America/New_York' });
  expect(sms).toBe(`Acme Bank asks you to verify your identity: ${sessionUrl}\nThe link works until ${smsSpaces(expiry('en', 'America/New_York'))}.`);
  expect(sms).toMatch(/9:00\sAM EST\.$/);
});

describe('overrides', () => {
  test('a custom subject and body replace the defaults, with the URL made a button and put on its own line', () => {
    const email = renderEmail({
      ...base,
      kind: 'INVITATION',
      language: 'de',
      overrides: {
        subject: 'Ihre Kontoeröffnung bei {{client_name}}',
        body: 'Hallo,\nbitte öffnen Sie {{session_url}}.\n\nGültig bis {{expires_at}}.\n\nIhr Team von {{client_name}}',
      },
    });
    expect(email.subject).toBe('Ihre Kontoeröffnung bei Acme Bank');
    expect(email.text).toBe(`Hallo,\nbitte öffnen Sie\n\n${sessionUrl}\n\nGültig bis ${expiry('de')}.\n\nIhr Team von Acme Bank\n`);
    expect(email.html).toContain('<p style="margin:0 0 16px;">Hallo,<br>bitte öffnen Sie</p>');
    expect(email.html).toContain(`<a href="${escapeHtml(sessionUrl)}" style="display:inline-block;`);
    expect(email.html).toContain('>Identität bestätigen</a>');
    expect(email.html).toContain(`<p style="margin:0 0 16px;">Gültig bis ${expiry('de')}.</p>`);
  });

  test('only the subject, or only the body, may be overridden', () => {
    const defaults = renderEmail({ ...base, kind: 'REMINDER', language: 'fr' });
    const subjectOnly = renderEmail({ ...base, kind: 'REMINDER', language: 'fr', overrides: { subject: 'Dernier rappel' } });
    expect(subjectOnly.subject).toBe('Dernier rappel');
    expect(subjectOnly.text).toBe(defaults.text);
    const bodyOnly = renderEmail({ ...base, kind: 'REMINDER', language: 'fr', overrides: { body: 'Ouvrez : {{session_url}}' } });
    expect(bodyOnly.subject).toBe(defaults.subject);
    expect(bodyOnly.text).toBe(`Ouvrez :\n\n${sessionUrl}\n`);
  });

  test('a custom SMS replaces the default', () => {
    expect(renderSms({ ...base, kind: 'INVITATION', language: 'en', override: '{{client_name}}: {{session_url}} (until {{expires_at}})' })).toBe(
      `Acme Bank: ${sessionUrl} (until ${smsSpaces(expiry('en'))})`,
    );
  });

  test('a broken override is never sent', () => {
    expect(() => renderEmail({ ...base, kind: 'INVITATION', language: 'en', overrides: { body: 'No link here' } })).toThrow('{{session_url}}');
    expect(() => renderEmail({ ...base, kind: 'INVITATION', language: 'en', overrides: { subject: 'Hi {{name}}' } })).toThrow('{{name}}');
    expect(() => renderSms({ ...base, kind: 'INVITATION', language: 'en', override: '{{foo}} {{session_url}}' })).toThrow('{{foo}}');
  });
});

describe('validateTemplateBody', () => {
  test('accepts a body with the link and known placeholders', () => {
    expect(validateTemplateBody('{{client_name}} needs you: {{session_url}} until {{expires_at}}')).toEqual({ ok: true });
    expect(validateTemplateBody(`${'x'.repeat(MAX_TEMPLATE_BODY_LENGTH - 15)}{{session_url}}`)).toEqual({ ok: true });
  });

  test('refuses a body without {{session_url}}', () => {
    expect(validateTemplateBody('Please verify your identity, {{client_name}}.')).toEqual({ ok: false, message: expect.stringContaining('{{session_url}}') });
  });

  test('refuses unknown or misspelt placeholders', () => {
    expect(validateTemplateBody('{{foo}} {{session_url}}')).toEqual({ ok: false, message: expect.stringContaining('Unknown placeholder {{foo}}') });
    expect(validateTemplateBody('{{ session_url }}')).toEqual({ ok: false, message: expect.stringContaining('{{ session_url }}') });
    expect(validateTemplateBody('{{Session_URL}} {{session_url}}')).toMatchObject({ ok: false });
    expect(validateTemplateBody('{{session_url}} {{client_name')).toMatchObject({ ok: false });
  });

  test(`refuses a body over ${MAX_TEMPLATE_BODY_LENGTH} characters`, () => {
    expect(validateTemplateBody(`${'x'.repeat(MAX_TEMPLATE_BODY_LENGTH - 14)}{{session_url}}`)).toEqual({ ok: false, message: expect.stringContaining('5000') });
  });
});

describe('escaping', () => {
  const clientName = '<script>Evil & Co</script>';

  test('a client name is escaped everywhere in the HTML and left as is in plain text', () => {
    const email = renderEmail({ ...base, clientName, kind: 'INVITATION', language: 'en' });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;Evil &amp; Co&lt;/script&gt; has asked you');
    expect(email.html).toContain(`<title>&lt;script&gt;Evil &amp; Co&lt;/script&gt; asks you to verify your identity</title>`);
    expect(email.subject).toBe('<script>Evil & Co</script> asks you to verify your identity');
    expect(email.text).toContain('<script>Evil & Co</script> has asked you');
  });

  test("an account's own body is text, not HTML", () => {
    const email = renderEmail({ ...base, kind: 'INVITATION', language: 'en', overrides: { body: '<b onclick="x()">Hi</b> & welcome\n\n{{session_url}}' } });
    expect(email.html).toContain('<p style="margin:0 0 16px;">&lt;b onclick=&quot;x()&quot;&gt;Hi&lt;/b&gt; &amp; welcome</p>');
    expect(email.html).not.toContain('<b ');
  });

  test('a client name is one subject line', () => {
    expect(renderEmail({ ...base, clientName: 'Acme\r\nBcc: victim@example.com', kind: 'INVITATION', language: 'en' }).subject).toBe(
      'Acme Bcc: victim@example.com asks you to verify your identity',
    );
  });
});

describe.each([
  ['lt', 'UAB „Ąžuolas“ ĄČĘĖĮŠŲŪŽ ąčęėįšųūž', 'Nuoroda galioja iki', 'prašo patvirtinti jūsų tapatybę'],
  ['pl', 'Zażółć gęślą jaźń ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż', 'Link jest ważny do', 'prosi o potwierdzenie Twojej tożsamości'],
  ['ru', 'ООО «Ёлочка» Щука', 'Ссылка действует до', 'просит вас подтвердить личность'],
  ['de', 'Müller & Söhne Straße ÄÖÜ äöüß', 'Der Link ist bis zum', 'bittet Sie, Ihre Identität zu bestätigen'],
  ['fr', 'Société « Ça » àâçéèêëîïôûùüÿœæ', 'Ce lien est valable jusqu’au', 'vous demande de vérifier votre identité'],
  ['es', 'Peña y Núñez ¿Sí? ¡Olé! áéíóúñü', 'El enlace es válido hasta el', 'te pide que verifiques tu identidad'],
])('%s characters survive', (language, clientName, expiryPhrase, requestPhrase) => {
  const email = renderEmail({ ...base, clientName, kind: 'INVITATION', language });
  const sms = renderSms({ ...base, clientName, kind: 'INVITATION', language });

  test('in the subject, text, HTML and SMS', () => {
    expect(email.subject).toBe(`${clientName} ${requestPhrase}`);
    expect(email.text).toContain(`${clientName} ${requestPhrase}.`);
    expect(email.text).toContain(`${expiryPhrase} ${expiry(language)}`);
    expect(email.html).toContain(`${escapeHtml(clientName)} ${requestPhrase}.`);
    expect(email.html).toContain(`${expiryPhrase} ${expiry(language)}`);
    expect(sms.startsWith(smsSpaces(`${clientName} ${requestPhrase}`))).toBe(true);
  });

  test('with no sign of mojibake (UTF-8 read as Latin-1) or of lost characters', () => {
    for (const part of [email.subject, email.text, email.html, sms]) expect(part).not.toMatch(/\uFFFD|Ã|Â|[ÄÅÐÑ][\u0080-\u00bf]/);
  });
});

test('the text files are valid UTF-8', () => {
  const dir = join(__dirname, '../../../lib/notifications/template-texts');
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
  expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  for (const name of files) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, name)))).not.toThrow();
});
