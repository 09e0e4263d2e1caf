/**
 * OCR confusions corrected only where the check digits confirm them. A letter where only digits may stand (or a
 * digit among letters) has one reading in the confusion table, so it is replaced. Where both may stand (document and
 * personal numbers) one confusable character may be swapped if that makes every check digit pass. A check digit is a
 * single equation modulo 10: two swaps that pass mean nothing is confirmed, and even a unique one passes for about
 * a tenth of the errors that are no confusion at all. The reader therefore has the document number (whose check
 * digit and composite weigh it alike) confirmed by a second engine as well (cross-read.ts).
 */
import { characterValue } from './check-digit';
import { MRZ_SHAPES, checkDigitGroups, groupPasses, type CheckDigitGroup, type MrzFormat } from './mrz-layout';

const LETTER_FOR_DIGIT: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '8': 'B', '5': 'S', '2': 'Z', '6': 'G' };
const DIGIT_FOR_LETTER: Readonly<Record<string, string>> = { O: '0', I: '1', B: '8', S: '5', Z: '2', G: '6', D: '0', Q: '0' };

type Correction =
  | { outcome: 'confirmed'; lines: string[]; corrected: boolean }
  | { outcome: 'unconfirmed'; lines: string[]; reason: 'check-digits' | 'ambiguous' };

function replaceAt(line: string, index: number, character: string): string {
  return line.slice(0, index) + character + line.slice(index + 1);
}

/** Replaces characters impossible in their position by their only reading in the confusion table. */
function forcedCorrections(format: MrzFormat, lines: readonly string[]): string[] {
  const { classes } = MRZ_SHAPES[format];
  return lines.map((line, lineIndex) =>
    [...line]
      .map((character, index) => {
        const characterClass = classes[lineIndex]?.charAt(index);
        if (characterClass === 'N') return DIGIT_FOR_LETTER[character] ?? character;
        if (characterClass === 'A') return LETTER_FOR_DIGIT[character] ?? character;
        return character;
      })
      .join(''),
  );
}

/**
 * The other reading of a character in a letter-or-digit position, when a check digit can tell the two apart. The
 * weights 7, 3 and 1 are prime to 10, so a swap goes unnoticed exactly when the values differ by a multiple of 10:
 * G and 6 (16 and 6) are such a pair, and that swap is never tried.
 */
function alternative(character: string): string | null {
  const other = LETTER_FOR_DIGIT[character] ?? DIGIT_FOR_LETTER[character] ?? null;
  if (other === null) return null;
  return ((characterValue(character) ?? 0) - (characterValue(other) ?? 0)) % 10 !== 0 ? other : null;
}

interface Position {
  line: number;
  index: number;
  other: string;
}

/**
 * Confusable letter-or-digit positions inside failing fields that have a check digit of their own. Data covered by the
 * composite alone (TD1 and TD2 optional data) is left as read: one check digit over many confusable characters
 * would confirm some wrong combination too often.
 */
function ambiguousPositions(format: MrzFormat, lines: readonly string[], failing: CheckDigitGroup[]): Position[] {
  const { classes } = MRZ_SHAPES[format];
  return failing
    .filter((checkGroup) => checkGroup.field !== 'composite')
    .flatMap(({ data }) => data)
    .flatMap(({ line, start, end }) =>
      Array.from({ length: end - start }, (_, offset) => {
        const index = start + offset;
        const other = alternative((lines[line] ?? '').charAt(index));
        return classes[line]?.charAt(index) === 'X' && other !== null ? [{ line, index, other }] : [];
      }).flat(),
    );
}

function allPass(format: MrzFormat, lines: readonly string[]): boolean {
  return checkDigitGroups(format, lines).every((checkGroup) => groupPasses(lines, checkGroup));
}

export function correctMrz(format: MrzFormat, lines: readonly string[]): Correction {
  const forced = forcedCorrections(format, lines);
  const changed = forced.some((line, index) => line !== lines[index]);
  if (allPass(format, forced)) return { outcome: 'confirmed', lines: forced, corrected: changed };

  const failing = checkDigitGroups(format, forced).filter((checkGroup) => !groupPasses(forced, checkGroup));
  const passing = ambiguousPositions(format, forced, failing)
    .map(({ line, index, other }) => forced.map((text, lineIndex) => (lineIndex === line ? replaceAt(text, index, other) : text)))
    .filter((candidate) => allPass(format, candidate));
  if (passing.length === 1) return { outcome: 'confirmed', lines: passing[0]!, corrected: true };
  return { outcome: 'unconfirmed', lines: [...lines], reason: passing.length === 0 ? 'check-digits' : 'ambiguous' };
}
