/** Words for the stored codes the dashboard shows (flows, usage types, image kinds, languages). */
import { messagesFor } from '../../hosted/i18n';
import { SUPPORTED_LANGUAGES } from '../../../lib/languages';

export const FLOW_LABELS: Readonly<Record<string, string>> = { DOCUMENT_AND_SELFIE: 'Document and selfie', DOCUMENT: 'Document only', SELFIE: 'Selfie only' };

export const USAGE_LABELS: Readonly<Record<string, string>> = { SINGLE: 'Single use', MULTI: 'Multi-use', UNLIMITED: 'Unlimited' };

export const IMAGE_KIND_LABELS: Readonly<Record<string, string>> = { FRONT: 'Document front', BACK: 'Document back', FACE: 'Selfie' };

/** A code in words when it has some; otherwise as stored. */
export const labelOf = (labels: Readonly<Record<string, string>>, code: string) => labels[code] ?? code;

/** What a link or session without a language shows: the person's browser languages decide its pages. */
export const BROWSER_LANGUAGE_LABEL = "Browser's language";

/** A language code as the language's own name ("de" → "Deutsch"); an unknown code as stored; none as the browser's. */
export const languageLabel = (code: string | null) =>
  code === null ? BROWSER_LANGUAGE_LABEL : (SUPPORTED_LANGUAGES as readonly string[]).includes(code) ? messagesFor(code).languageName : code;
