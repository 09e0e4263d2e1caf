/**
 * From OCR text to an MRZ reading: shape the text into candidates, correct confusions the check digits confirm,
 * parse. A reading is accepted only when it is the single candidate that passes every check digit.
 */
import { correctMrz } from './mrz-correction';
import { mrzCandidates } from './mrz-normalise';
import { parseMrz, type MrzFields, type MrzParse } from './mrz-parse';

export interface MrzInterpretation {
  /** Lines shaped like an MRZ were in the text. */
  found: boolean;
  parse: MrzParse;
  /** The accepted lines differ from the text as read (confusions corrected, fillers placed). */
  corrected: boolean;
  /** The text as read, in the MRZ's shape, before any correction: what a second engine must confirm changes against. */
  asRead: string[];
}

const NOT_FOUND: MrzInterpretation = {
  found: false,
  parse: { valid: false, fields: null, invalidFields: ['format'], lines: [] },
  corrected: false,
  asRead: [],
};

function differingFields(readings: MrzParse[]): string[] {
  const keys = Object.keys(readings[0]?.fields ?? {}) as (keyof MrzFields)[];
  return keys.filter((key) => readings.some((reading) => reading.fields?.[key] !== readings[0]?.fields?.[key]));
}

/**
 * The reading of `text`: the single candidate whose check digits all pass after confirmed corrections (its parse
 * may still find fields no check digit covers invalid), else the text as read, invalid.
 */
export function interpretMrzText(text: readonly string[], options: { today: Date }): MrzInterpretation {
  const candidates = mrzCandidates(text);
  const [primary] = candidates;
  if (!primary) return NOT_FOUND;

  const confirmed = new Map<string, Omit<MrzInterpretation, 'found'>>();
  candidates.forEach((candidate, index) => {
    const correction = correctMrz(candidate.format, candidate.lines);
    if (correction.outcome !== 'confirmed') return;
    // The first candidate keeps the text as read; the others moved fillers.
    const corrected = correction.corrected || index > 0;
    confirmed.set(correction.lines.join('\n'), { parse: parseMrz(correction.lines, options), corrected, asRead: candidate.lines });
  });

  const readings = [...confirmed.values()];
  if (readings.length === 1) return { found: true, ...readings[0]! };
  const asRead = parseMrz(primary.lines, options);
  if (readings.length === 0) return { found: true, parse: asRead, corrected: false, asRead: primary.lines };
  // Two different readings pass every check digit: neither is confirmed.
  const invalidFields = differingFields(readings.map((reading) => reading.parse));
  return { found: true, parse: { ...asRead, valid: false, invalidFields }, corrected: false, asRead: primary.lines };
}
