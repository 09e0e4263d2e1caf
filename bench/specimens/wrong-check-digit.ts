import { BIRTH_DATE_CHECK_DIGIT } from './mrz-lines';
import type { DocumentTruth } from './types';

/**
 * The same document with its birth date's check digit off by one, for negative tests: the data still reads
 * plausibly, but the birth date check and the composite check both fail. A date's check digit is chosen because
 * no letter/digit confusion can "repair" it, so a reader must report the MRZ invalid rather than correct it.
 */
export function withWrongCheckDigit(truth: DocumentTruth): DocumentTruth {
  const [line, column] = BIRTH_DATE_CHECK_DIGIT[truth.format];
  const mrzLines = [...truth.mrzLines];
  const original = mrzLines[line]!;
  const wrong = String((Number(original[column]) + 1) % 10);
  mrzLines[line] = original.slice(0, column) + wrong + original.slice(column + 1);
  return { ...truth, mrzLines };
}
