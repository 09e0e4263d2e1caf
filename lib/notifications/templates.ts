/**
 * The messages that invite a person to verify their identity: an email (subject, plain text and HTML) or an SMS, in
 * the person's language, from the default texts or an account's own subject and body. Bodies are plain text with
 * `{{placeholder}}`s; the HTML is generated from them, so every inserted value and every word of an account's body is
 * text that the renderer escapes, and the email's structure (button, visible URL) is the same whoever wrote the words.
 */
import type { Language } from '../languages';
import { renderEmailDocument, type EmailBlock } from './email-document';
import ar from './template-texts/ar';
import bg from './template-texts/bg';
import cs from './template-texts/cs';
import da from './template-texts/da';
import de from './template-texts/de';
import el from './template-texts/el';
import en from './template-texts/en';
import es from './template-texts/es';
import et from './template-texts/et';
import fi from './template-texts/fi';
import fr from './template-texts/fr';
import ga from './template-texts/ga';
import hr from './template-texts/hr';
import hu from './template-texts/hu';
import it from './template-texts/it';
import lt from './template-texts/lt';
import lv from './template-texts/lv';
import mt from './template-texts/mt';
import nl from './template-texts/nl';
import pl from './template-texts/pl';
import pt from './template-texts/pt';
import ro from './template-texts/ro';
import ru from './template-texts/ru';
import sk from './template-texts/sk';
import sl from './template-texts/sl';
import sv from './template-texts/sv';
import tr from './template-texts/tr';
import uk from './template-texts/uk';

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

/** An email before its placeholders are filled: its subject, and its body as paragraphs and the link. */
interface EmailTemplate {
  subject: string;
  blocks: EmailBlock[];
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
const TEXTS: Record<Language, TemplateTexts> = { en, bg, cs, da, de, el, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv, ru, uk, tr, ar };

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

/**
 * Paragraphs (separated by blank lines) and the link. The URL always stands alone, so plain-text mail clients can
 * make it clickable and the HTML can show it as a button; a lone full stop or bracket left after it is dropped.
 */
function blocksOf(body: string): EmailBlock[] {
  const blocks: EmailBlock[] = [];
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

/** The email with placeholders still in place, its body checked and split into blocks. */
function emailTemplate(texts: TemplateTexts, kind: MessageKind, overrides: TemplateOverrides | undefined): EmailTemplate {
  const subject = overrides?.subject ?? texts.email[kind].subject;
  const body = overrides?.body ?? texts.email[kind].paragraphs.join('\n\n');
  assertValidSubject(subject);
  assertValidBody(body);
  return { subject, blocks: blocksOf(body) };
}

export function renderEmail(input: MessageInput & { overrides?: TemplateOverrides }): { subject: string; text: string; html: string } {
  const { language, texts, values } = messageContext(input);
  const template = emailTemplate(texts, input.kind, input.overrides);
  // Each line is filled on its own, so a value's line breaks never make new paragraphs or links.
  const filled = template.blocks.map((block) => (block.kind === 'link' ? block : { ...block, lines: block.lines.map((line) => fill(line, values)) }));
  const text = filled.map((block) => (block.kind === 'link' ? values.session_url : block.lines.join('\n'))).join('\n\n');
  // A subject is one header line, whatever the client name contains.
  const subject = fill(template.subject, values).replace(/\s+/g, ' ').trim();
  const html = renderEmailDocument({ language, subject, blocks: filled, url: values.session_url, button: texts.button, copyLink: texts.copyLink });
  return { subject, text: `${text}\n`, html };
}

export function renderSms(input: MessageInput & { override?: string }): string {
  const { texts, values } = messageContext(input);
  const template = input.override ?? texts.sms[input.kind].text;
  assertValidBody(template);
  // Dates and French punctuation may use no-break spaces, which are not GSM-7 and would double the SMS's cost.
  return fill(template, values).replace(/[\u00a0\u202f]/g, ' ');
}
