/**
 * A second engine's word on an MRZ reading. The legacy engine's lines (which place fillers right) are aligned with
 * the LSTM engine's readings of the same lines, and the fields that check digits do not pin down must agree
 * character by character: names, country codes and sex (no check digit), the document number (its check digit
 * and the composite weigh it alike, so they are one equation) and optional data under the composite alone. Dates
 * and the TD3 personal number have two independent check digits each and are left to them, except for characters
 * the correction swapped, which the LSTM engine must have read as swapped (or as both engines misread it). The
 * engines fail differently (the legacy one confuses W, N, H and M and reads 4 as 6 when blurred, the LSTM one turns
 * fillers into K, L or C and 1 into T), so a wrong character passes only if both misread it alike.
 */
import { cleanMrzLine } from './mrz-normalise';
import { FIELD_SPANS, MRZ_SHAPES, type LaidOutField, type MrzFormat } from './mrz-layout';

/** What the LSTM engine makes of a filler. */
const FILLER_READINGS = new Set(['<', 'K', 'L', 'C']);

/**
 * Letters and digits OCR-B draws alike, which the engines confuse (measured on the specimens): agreement up to
 * these is agreement, since a letter cannot stand where a digit must, and the other way round.
 */
const SAME_SHAPES = ['O0', 'D0', 'Q0', 'I1', 'T1', 'S5', 'Z2', 'B8', 'G6', 'B6'];
const sameShape = (a: string, b: string) => SAME_SHAPES.includes(a + b) || SAME_SHAPES.includes(b + a);

function equivalent(read: string, other: string): boolean {
  if (read === other) return true;
  if (read === '<') return FILLER_READINGS.has(other);
  return sameShape(read, other);
}

/** A reading of another line aligns only if at most this share of the characters disagree. */
const MAX_ALIGNMENT_COST = 0.3;

/**
 * For each character of `line`, the character of `other` aligned with it (null where `other` has none): a
 * minimum-cost alignment where equivalent characters cost nothing, substitutions one, and fillers missing from
 * `other` or filler readings added to it nothing (the LSTM engine drops and adds them freely), other characters
 * missing or added one. `other` may run on before and after the line at no cost: OCR lines join neighbouring text.
 */
function alignTo(line: string, other: string): { aligned: (string | null)[]; cost: number } {
  const rows = line.length + 1;
  const columns = other.length + 1;
  const substitution = (row: number, column: number) => (equivalent(line.charAt(row - 1), other.charAt(column - 1)) ? 0 : 1);
  const insertion = (column: number) => (FILLER_READINGS.has(other.charAt(column - 1)) ? 0 : 1);
  const deletion = (row: number) => (line.charAt(row - 1) === '<' ? 0 : 1);
  const cost = Array.from({ length: rows }, () => Array.from({ length: columns }, () => 0));
  for (let row = 1; row < rows; row += 1) cost[row]![0] = cost[row - 1]![0]! + deletion(row);
  for (let row = 1; row < rows; row += 1) {
    for (let column = 1; column < columns; column += 1) {
      cost[row]![column] = Math.min(
        cost[row - 1]![column - 1]! + substitution(row, column),
        cost[row - 1]![column]! + deletion(row),
        cost[row]![column - 1]! + insertion(column),
      );
    }
  }
  const last = cost[line.length]!;
  let column = last.indexOf(Math.min(...last));
  const aligned: (string | null)[] = Array.from({ length: line.length }, () => null);
  let row = line.length;
  while (row > 0 && column > 0) {
    if (cost[row]![column] === cost[row - 1]![column - 1]! + substitution(row, column)) {
      aligned[row - 1] = other.charAt(column - 1);
      row -= 1;
      column -= 1;
    } else if (cost[row]![column] === cost[row - 1]![column]! + deletion(row)) {
      row -= 1;
    } else {
      column -= 1;
    }
  }
  return { aligned, cost: Math.min(...last) };
}

/** The fields a second engine must confirm, by format (see above). */
const CROSS_READ: Record<MrzFormat, Set<LaidOutField>> = {
  TD1: new Set(['documentCode', 'issuingCountry', 'names', 'nationality', 'sex', 'documentNumber', 'personalNumber']),
  TD2: new Set(['documentCode', 'issuingCountry', 'names', 'nationality', 'sex', 'documentNumber', 'personalNumber']),
  TD3: new Set(['documentCode', 'issuingCountry', 'names', 'nationality', 'sex', 'documentNumber']),
};

/** OCR-B's zero, narrower than its O, which both engines still read as O (measured on the specimens). */
const READ_ALIKE_BY_BOTH: Readonly<Record<string, string>> = { '0': 'O' };

/**
 * Fillers are confirmed by anything a filler is read as, or by nothing (the LSTM engine drops and adds them
 * freely); a character the correction swapped only by exactly that character, or by what both engines make of it
 * (an O for a zero); any other by an equivalent one.
 */
function confirms(character: string, other: string | null, swapped = false): boolean {
  if (character === '<') return other === null || FILLER_READINGS.has(other);
  if (other === null) return false;
  return swapped ? other === character || READ_ALIKE_BY_BOTH[character] === other : equivalent(character, other);
}

/** Per line of `lines`, the alignments of the other engine's lines that fit it. */
function alignments(lines: readonly string[], otherReading: readonly string[]): (string | null)[][][] {
  const others = otherReading.map(cleanMrzLine).filter((text) => text.length > 0);
  return lines.map((line) =>
    others
      .map((other) => alignTo(line, other))
      .filter(({ cost }) => cost <= MAX_ALIGNMENT_COST * line.length)
      .map(({ aligned }) => aligned),
  );
}

/** Fields no check digit covers at all: only their letters are taken from the other engine. */
const UNCHECKED = new Set<LaidOutField>(['documentCode', 'issuingCountry', 'names', 'nationality', 'sex']);

function fieldName(field: LaidOutField, line: string, index: number, spanStart: number): string {
  if (field !== 'names') return field;
  const surnameEnd = line.indexOf('<<', spanStart);
  return surnameEnd === -1 || index < surnameEnd ? 'surname' : 'givenNames';
}

/**
 * The fields of `lines` that the `otherReading` (lines of text from the other engine, in any order, possibly with
 * other text among them) does not confirm. `asRead` holds the lines as first read: a letter-or-digit character
 * that differs from it was swapped by the correction, wherever it is, and must be confirmed exactly. Names are
 * reported as `surname` or `givenNames`.
 */
export function unconfirmedFields(format: MrzFormat, lines: readonly string[], asRead: readonly string[], otherReading: readonly string[]): string[] {
  const aligned = alignments(lines, otherReading);
  const { classes } = MRZ_SHAPES[format];
  const doubtful = new Set<string>();
  for (const { field, span } of FIELD_SPANS[format]) {
    const line = lines[span.line] ?? '';
    const options = aligned[span.line] ?? [];
    for (let index = span.start; index < span.end; index += 1) {
      const character = line.charAt(index);
      const swapped = classes[span.line]?.charAt(index) === 'X' && asRead[span.line]?.charAt(index) !== character;
      if (!swapped && (!CROSS_READ[format].has(field) || (character === '<' && options.length === 0))) continue;
      if (!options.some((option) => confirms(character, option[index] ?? null, swapped))) doubtful.add(fieldName(field, line, index, span.start));
    }
  }
  return [...doubtful].sort();
}

/** Letters the legacy engine reads in place of others in OCR-B, mostly when blurred (measured on the specimens). */
const LEGACY_MISREADS: Readonly<Record<string, string>> = { W: 'NHUM', M: 'HN' };

/**
 * `lines` with letters in doubt replaced where the engines support another: in a field no check digit covers, where
 * the LSTM engine reads a letter this reading does not have, that letter is taken if another read of the legacy
 * engine (`otherReads`, lines of the same shape) had exactly it there, or if two LSTM readings agree on it and this
 * reading's letter is one the legacy engine is known to put in its place.
 */
export function repairLetters(format: MrzFormat, lines: readonly string[], otherReading: readonly string[], otherReads: readonly string[][]): string[] {
  const aligned = alignments(lines, otherReading);
  const repaired = [...lines];
  for (const { field, span } of FIELD_SPANS[format]) {
    if (!UNCHECKED.has(field)) continue;
    const options = aligned[span.line] ?? [];
    for (let index = span.start; index < span.end; index += 1) {
      const character = (repaired[span.line] ?? '').charAt(index);
      if (character === '<' || options.some((option) => confirms(character, option[index] ?? null))) continue;
      const letters = options.map((option) => option[index] ?? '').filter((other) => /^[A-Z]$/.test(other));
      const supported = letters.find(
        (letter) =>
          otherReads.some((read) => read[span.line]?.charAt(index) === letter) ||
          (letters.filter((other) => other === letter).length >= 2 && (LEGACY_MISREADS[letter] ?? '').includes(character)),
      );
      if (supported) {
        const line = repaired[span.line]!;
        repaired[span.line] = line.slice(0, index) + supported + line.slice(index + 1);
      }
    }
  }
  return repaired;
}
