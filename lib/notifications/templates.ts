/**
 * The messages that invite a person to verify their identity: an email (subject, plain text and HTML) or an SMS, in
 * the person's language, from the default texts or an account's own subject and body. Bodies are plain text with
 * `{{placeholder}}`s; the HTML is generated from them, so every inserted value and every word of an account's body is
 * escaped, and the email's structure (button, visible URL) is the same whoever wrote the words.
 */
import escapeHtml from 'escape-html';
import type { Language } from '../languages';
import de from './template-texts/de';
import en from './template-texts/en';
import es from './template-texts/es';
import fr from './template-texts/fr';
import lt from './template-texts/lt';
import pl from './template-texts/pl';
import ru from './template-texts/ru';

export type MessageKind = 'INVITATION' | 'REMINDER';

/** What each language file fills in (`satisfies TemplateTexts`). */
export interface TemplateTexts {
  /** Each body is a list of paragraphs; a paragraph that is just `{{session_url}}` becomes the button. */
  email: Record<MessageKind, { subject: string; paragraphs: string[] }>;
  /** The label of the button that opens the link. */
  button: string;
  /** Introduces the URL as visible text, for mail clients that do not show the button. */
  copyLink: string;
  sms: Record<MessageKind, SmsTemplate>;
}

/** An email before its placeholders are filled: `html` is a body fragment, `text` is plain. */
export interface EmailTemplate {
  subject: string;
  text: string;
  html: string;
}

export interface SmsTemplate {
  text: string;
}

/** An account's own subject and/or body: plain text with placeholders, used instead of the default texts. */
export interface TemplateOverrides {
  subject?: string;
  body?: string;
}

// One file in template-texts/ per language of lib/languages.ts.
const TEXTS: Record<Language, TemplateTexts> = { en, lt, de, fr, es, pl, ru };

const PLACEHOLDER = /\{\{(session_url|client_name|expires_at)\}\}/g;
const SESSION_URL = '{{session_url}}';
export const MAX_TEMPLATE_BODY_LENGTH = 5000;

type PlaceholderValues = Record<'session_url' | 'client_name' | 'expires_at', string>;

/** The first `{{…}}` that is not one of the three placeholders, or null. */
function unknownPlaceholder(template: string): string | null {
  const rest = template.replace(PLACEHOLDER, '');
  return /\{\{[^{}]{0,40}\}?\}?/.exec(rest)?.[0] ?? null;
}

export function validateTemplateBody(body: string): { ok: true } | { ok: false; message: string } {
  if (body.length > MAX_TEMPLATE_BODY_LENGTH) {
    return { ok: false, message: `The template is ${body.length} characters long; at most ${MAX_TEMPLATE_BODY_LENGTH} are allowed.` };
  }
  const unknown = unknownPlaceholder(body);
  if (unknown !== null) {
    return { ok: false, message: `Unknown placeholder ${unknown}: use {{session_url}}, {{client_name}} or {{expires_at}}.` };
  }
  if (!body.includes(SESSION_URL)) return { ok: false, message: 'The template must contain {{session_url}}, the link the person opens.' };
  return { ok: true };
}

/** Templates are validated when an account saves them; one that is not would send a message without its link. */
function assertValidBody(body: string): void {
  const result = validateTemplateBody(body);
  if (!result.ok) throw new Error(`Invalid message template: ${result.message}`);
}

function assertValidSubject(subject: string): void {
  const unknown = unknownPlaceholder(subject);
  if (unknown !== null) throw new Error(`Invalid message subject: unknown placeholder ${unknown}`);
}

/** A supported language for a code such as 'lt' or 'lt-LT'; anything else is English. */
function resolveLanguage(language: string): Language {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(TEXTS, primary) ? (primary as Language) : 'en';
}

/** timeStyle 'short' omits the time zone and 'long' adds seconds, so the zone's short name is appended. */
function formatExpiry(expiresAt: Date, language: string, timeZone: string): string {
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(expiresAt);
  const zone = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' })
    .formatToParts(expiresAt)
    .find((part) => part.type === 'timeZoneName');
  return `${dateTime} ${zone?.value ?? timeZone}`;
}

function fill(template: string, values: PlaceholderValues): string {
  return template.replace(PLACEHOLDER, (_placeholder, name: keyof PlaceholderValues) => values[name]);
}

interface MessageInput {
  kind: MessageKind;
  /** Unknown languages fall back to English. */
  language: string;
  sessionUrl: string;
  clientName: string;
  expiresAt: Date;
  /** IANA zone of the expiry as shown; UTC by default. */
  timeZone?: string;
}

function messageContext(input: MessageInput): { language: Language; texts: TemplateTexts; values: PlaceholderValues } {
  const language = resolveLanguage(input.language);
  const expiresAt = formatExpiry(input.expiresAt, language, input.timeZone ?? 'UTC');
  return { language, texts: TEXTS[language], values: { session_url: input.sessionUrl, client_name: input.clientName, expires_at: expiresAt } };
}

type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'link' };

/**
 * Paragraphs (separated by blank lines) and the link. The URL always stands alone, so plain-text mail clients can
 * make it clickable and the HTML can show it as a button; a lone full stop or bracket left after it is dropped.
 */
function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  for (const paragraph of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let lines: string[] = [];
    const flush = () => {
      if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
      lines = [];
    };
    for (const line of paragraph.split('\n')) {
      line.split(SESSION_URL).forEach((piece, index) => {
        if (index > 0) {
          flush();
          blocks.push({ kind: 'link' });
        }
        const text = piece.trim();
        if (text && !(index > 0 && /^[\p{P}\s]+$/u.test(text))) lines.push(text);
      });
    }
    flush();
  }
  return blocks;
}

const STYLE = {
  paragraph: 'margin:0 0 16px;',
  button:
    'display:inline-block;padding:12px 24px;background-color:#1d4ed8;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px;',
  copyLink: 'margin:0 0 16px;font-size:14px;color:#4b5563;',
  link: 'color:#1d4ed8;word-break:break-all;',
};

/** The email with placeholders still in place; the HTML's own words are escaped, and the values will be. */
function emailTemplate(texts: TemplateTexts, kind: MessageKind, overrides: TemplateOverrides | undefined): EmailTemplate {
  const subject = overrides?.subject ?? texts.email[kind].subject;
  const body = overrides?.body ?? texts.email[kind].paragraphs.join('\n\n');
  assertValidSubject(subject);
  assertValidBody(body);
  const blocks = blocksOf(body);
  const text = blocks.map((block) => (block.kind === 'link' ? SESSION_URL : block.lines.join('\n'))).join('\n\n');
  const html = blocks
    .map((block) =>
      block.kind === 'link'
        ? `<p style="margin:24px 0;"><a href="${SESSION_URL}" style="${STYLE.button}">${escapeHtml(texts.button)}</a></p>
<p style="${STYLE.copyLink}">${escapeHtml(texts.copyLink)}<br><a href="${SESSION_URL}" style="${STYLE.link}">${SESSION_URL}</a></p>`
        : `<p style="${STYLE.paragraph}">${block.lines.map((line) => escapeHtml(line)).join('<br>')}</p>`,
    )
    .join('\n');
  return { subject, text: `${text}\n`, html };
}

function htmlDocument(language: Language, subject: string, fragment: string): string {
  const title = escapeHtml(subject);
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div role="article" aria-label="${title}" lang="${language}" style="padding:24px 12px;background-color:#f3f4f6;">
<div style="max-width:560px;margin:0 auto;padding:32px 28px;background-color:#ffffff;border-radius:8px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1f2937;">
<h1 style="margin:0 0 24px;font-size:22px;line-height:1.3;color:#111827;">${title}</h1>
${fragment}
</div>
</div>
</body>
</html>
`;
}

export function renderEmail(input: MessageInput & { overrides?: TemplateOverrides }): { subject: string; text: string; html: string } {
  const { language, texts, values } = messageContext(input);
  const template = emailTemplate(texts, input.kind, input.overrides);
  const escaped: PlaceholderValues = {
    session_url: escapeHtml(values.session_url),
    client_name: escapeHtml(values.client_name),
    expires_at: escapeHtml(values.expires_at),
  };
  // A subject is one header line, whatever the client name contains.
  const subject = fill(template.subject, values).replace(/\s+/g, ' ').trim();
  return { subject, text: fill(template.text, values), html: htmlDocument(language, subject, fill(template.html, escaped)) };
}

export function renderSms(input: MessageInput & { override?: string }): string {
  const { texts, values } = messageContext(input);
  const template = input.override ?? texts.sms[input.kind].text;
  assertValidBody(template);
  // Dates and French punctuation may use no-break spaces, which are not GSM-7 and would double the SMS's cost.
  return fill(template, values).replace(/[\u00a0\u202f]/g, ' ');
}
