/**
 * From OCR text to an MRZ reading: shape the text into candidates, correct confusions the check digits confirm,
 * parse. One reading is accepted only when it is the single candidate that passes every check.
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
  /** Letter-or-digit characters were swapped to pass the check digits: worth corroborating with another read. */
  guessed: boolean;
}

const NOT_FOUND: MrzInterpretation = {
  found: false,
  parse: { valid: false, fields: null, invalidFields: ['format'], lines: [] },
  corrected: false,
  guessed: false,
};

function differingFields(readings: MrzParse[]): string[] {
  const keys = Object.keys(readings[0]?.fields ?? {}) as (keyof MrzFields)[];
  return keys.filter((key) => readings.some((reading) => reading.fields?.[key] !== readings[0]?.fields?.[key]));
}

export function interpretMrzText(text: readonly string[], options: { today: Date }): MrzInterpretation {
  const candidates = mrzCandidates(text);
  const [primary] = candidates;
  if (!primary) return NOT_FOUND;

  const accepted = new Map<string, { parse: MrzParse; corrected: boolean; guessed: boolean }>();
  candidates.forEach((candidate, index) => {
    const correction = correctMrz(candidate.format, candidate.lines);
    if (correction.outcome !== 'confirmed') return;
    const parse = parseMrz(correction.lines, options);
    // The first candidate keeps the text as read; the others moved fillers.
    if (parse.valid) {
      accepted.set(parse.lines.join('\n'), { parse, corrected: correction.corrected || index > 0, guessed: correction.guessed });
    }
  });

  const readings = [...accepted.values()];
  if (readings.length === 1) return { found: true, ...readings[0]! };
  const asRead = parseMrz(primary.lines, options);
  if (readings.length === 0) return { found: true, parse: asRead, corrected: false, guessed: false };
  // Two different readings both pass every check digit: neither is confirmed.
  const invalidFields = differingFields(readings.map((reading) => reading.parse));
  return { found: true, parse: { ...asRead, valid: false, invalidFields }, corrected: false, guessed: false };
}
