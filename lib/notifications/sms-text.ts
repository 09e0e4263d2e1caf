/**
 * SMS length rules. A message that uses only the GSM 03.38 alphabet travels as 7-bit septets (160 in one segment,
 * 153 per segment once split, the rest of each segment being the concatenation header); any other character turns the
 * whole message into UCS-2, 70 UTF-16 code units in one segment or 67 per segment. Providers bill per segment, so the
 * texts are fitted before sending.
 */

export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** Phone numbers are accepted in E.164 only: a plus, a country code that does not start with 0, 7 to 15 digits. */
export const E164 = /^\+[1-9]\d{6,14}$/;

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// Each is sent as an escape septet followed by its own, so it takes two.
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

const SINGLE = { 'GSM-7': 160, 'UCS-2': 70 } as const;
const CONCATENATED = { 'GSM-7': 153, 'UCS-2': 67 } as const;

export function smsEncoding(text: string): SmsEncoding {
  for (const character of text) if (!GSM_BASIC.has(character) && !GSM_EXTENSION.has(character)) return 'UCS-2';
  return 'GSM-7';
}

/** Septets (GSM-7) or UTF-16 code units (UCS-2) of each character, in order. */
function characterUnits(text: string, encoding: SmsEncoding): number[] {
  return Array.from(text, (character) => (encoding === 'GSM-7' ? (GSM_EXTENSION.has(character) ? 2 : 1) : character.length));
}

export function smsSegments(text: string): { encoding: SmsEncoding; segments: number; units: number } {
  const encoding = smsEncoding(text);
  const perCharacter = characterUnits(text, encoding);
  const units = perCharacter.reduce((sum, n) => sum + n, 0);
  if (units <= SINGLE[encoding]) return { encoding, segments: 1, units };
  // A split never separates an escape from its character, nor the two halves of a surrogate pair.
  let segments = 1;
  let used = 0;
  for (const n of perCharacter) {
    if (used + n > CONCATENATED[encoding]) {
      segments += 1;
      used = 0;
    }
    used += n;
  }
  return { encoding, segments, units };
}

const fits = (text: string, maxSegments: number) => smsSegments(text).segments <= maxSegments;

/** The prefixes of `part` that end at a word boundary, longest first. */
function wordPrefixes(part: string): string[] {
  const prefixes: string[] = [];
  for (const boundary of part.matchAll(/\s+/g)) {
    // A cut right after "identity:" or "link," reads better without the punctuation.
    const kept = part.slice(0, boundary.index).replace(/[\s,;:.\-–—]+$/u, '');
    if (kept) prefixes.unshift(kept);
  }
  return prefixes;
}

/** '...' while the message stays GSM-7 (the single character '…' would turn all of it into UCS-2), '…' otherwise. */
function withEllipsis(kept: string, message: (shortened: string) => string): string {
  const gsm = message(`${kept}...`);
  return smsEncoding(gsm) === 'GSM-7' ? gsm : message(`${kept}…`);
}

/**
 * Fits `text` (which contains `url` once) into at most `maxSegments` segments by shortening the text around the URL,
 * never the URL; returns the text unchanged if it fits. What follows the URL is shortened first (it is the detail,
 * such as the expiry), then what precedes it. If even the URL alone cannot fit, returns the URL alone.
 */
export function fitSms(text: string, url: string, maxSegments: number): string {
  if (fits(text, maxSegments)) return text;
  const at = text.indexOf(url);
  if (at < 0) throw new Error('fitSms: the text does not contain the URL');
  if (!fits(url, maxSegments)) return url;

  const before = text.slice(0, at);
  const after = text.slice(at + url.length);
  const afterText = after.trimStart();
  const gapAfter = after.slice(0, after.length - afterText.length);
  const beforeText = before.trimEnd();
  const gapBefore = before.slice(beforeText.length) || ' ';

  const candidates = [
    ...wordPrefixes(afterText).map((kept) => withEllipsis(kept, (shortened) => before + url + gapAfter + shortened)),
    before + url,
    ...wordPrefixes(beforeText).map((kept) => withEllipsis(kept, (shortened) => shortened + gapBefore + url)),
  ];
  return candidates.find((candidate) => fits(candidate, maxSegments)) ?? url;
}
