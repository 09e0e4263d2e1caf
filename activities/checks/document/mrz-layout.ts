/**
 * Where each MRZ field sits in TD1, TD2 and TD3 (ICAO 9303 parts 4–6), which characters each position may hold,
 * and which spans each check digit covers.
 */
import { mrzCheckDigit } from './check-digit';
import type { MrzFormat } from '../../../lib/documents/reading';
export type { MrzFormat } from '../../../lib/documents/reading';

/** What a position holds besides the filler `<`: letters (A), digits (N) or either (X). */
type CharacterClass = 'A' | 'N' | 'X';

export interface MrzShape {
  format: MrzFormat;
  lineCount: number;
  lineLength: number;
  /** One string of character classes per line. */
  classes: string[];
  /** Lines made of names only: no check digit covers them. */
  nameLines: number[];
}

const repeat = (characterClass: CharacterClass, count: number) => characterClass.repeat(count);

export const MRZ_SHAPES: Record<MrzFormat, MrzShape> = {
  TD1: {
    format: 'TD1',
    lineCount: 3,
    lineLength: 30,
    classes: [
      repeat('A', 5) + repeat('X', 9) + 'N' + repeat('X', 15),
      repeat('N', 7) + 'A' + repeat('N', 7) + repeat('A', 3) + repeat('X', 11) + 'N',
      repeat('A', 30),
    ],
    nameLines: [2],
  },
  TD2: {
    format: 'TD2',
    lineCount: 2,
    lineLength: 36,
    classes: [repeat('A', 36), repeat('X', 9) + 'N' + repeat('A', 3) + repeat('N', 7) + 'A' + repeat('N', 7) + repeat('X', 7) + 'N'],
    nameLines: [0],
  },
  TD3: {
    format: 'TD3',
    lineCount: 2,
    lineLength: 44,
    classes: [repeat('A', 44), repeat('X', 9) + 'N' + repeat('A', 3) + repeat('N', 7) + 'A' + repeat('N', 7) + repeat('X', 14) + 'N' + 'N'],
    nameLines: [0],
  },
};

/** Every position of each format, by the field it belongs to (check digits with their field). */
export type LaidOutField =
  | 'documentCode'
  | 'issuingCountry'
  | 'names'
  | 'documentNumber'
  | 'nationality'
  | 'dateOfBirth'
  | 'sex'
  | 'dateOfExpiry'
  | 'personalNumber'
  | 'composite';

const at = (field: LaidOutField, line: number, start: number, end: number) => ({ field, span: { line, start, end } });

export const FIELD_SPANS: Record<MrzFormat, { field: LaidOutField; span: Span }[]> = {
  TD1: [
    at('documentCode', 0, 0, 2),
    at('issuingCountry', 0, 2, 5),
    at('documentNumber', 0, 5, 15),
    at('personalNumber', 0, 15, 30),
    at('dateOfBirth', 1, 0, 7),
    at('sex', 1, 7, 8),
    at('dateOfExpiry', 1, 8, 15),
    at('nationality', 1, 15, 18),
    at('personalNumber', 1, 18, 29),
    at('composite', 1, 29, 30),
    at('names', 2, 0, 30),
  ],
  TD2: [
    at('documentCode', 0, 0, 2),
    at('issuingCountry', 0, 2, 5),
    at('names', 0, 5, 36),
    at('documentNumber', 1, 0, 10),
    at('nationality', 1, 10, 13),
    at('dateOfBirth', 1, 13, 20),
    at('sex', 1, 20, 21),
    at('dateOfExpiry', 1, 21, 28),
    at('personalNumber', 1, 28, 35),
    at('composite', 1, 35, 36),
  ],
  TD3: [
    at('documentCode', 0, 0, 2),
    at('issuingCountry', 0, 2, 5),
    at('names', 0, 5, 44),
    at('documentNumber', 1, 0, 10),
    at('nationality', 1, 10, 13),
    at('dateOfBirth', 1, 13, 20),
    at('sex', 1, 20, 21),
    at('dateOfExpiry', 1, 21, 28),
    at('personalNumber', 1, 28, 43),
    at('composite', 1, 43, 44),
  ],
};

type CheckedField = 'documentNumber' | 'dateOfBirth' | 'dateOfExpiry' | 'personalNumber' | 'composite';

interface Span {
  line: number;
  start: number;
  end: number;
}

export interface CheckDigitGroup {
  field: CheckedField;
  data: Span[];
  digit: { line: number; index: number };
  /** The TD3 personal number may be left empty, with `<` or `0` as its check digit. */
  emptyAllowed: boolean;
}

const span = (line: number, start: number, end: number): Span => ({ line, start, end });

function group(field: CheckedField, data: Span[], line: number, index: number, emptyAllowed = false): CheckDigitGroup {
  return { field, data, digit: { line, index }, emptyAllowed };
}

/**
 * A TD1 document number longer than nine characters puts `<` in the check digit's place and continues in the
 * optional data, ending with its check digit (ICAO 9303-5, 4.2.2 note j).
 */
function td1DocumentNumberGroup(firstLine: string): CheckDigitGroup {
  if (firstLine.charAt(14) !== '<') return group('documentNumber', [span(0, 5, 14)], 0, 14);
  const firstFiller = firstLine.indexOf('<', 15);
  const end = firstFiller === -1 ? 30 : firstFiller;
  // With nothing after the filler the number has no check digit at all: point at the filler so the check fails.
  if (end === 15) return group('documentNumber', [span(0, 5, 14)], 0, 14);
  return group('documentNumber', [span(0, 5, 14), span(0, 15, end - 1)], 0, end - 1);
}

/** The check-digit groups of `lines`, which must already have the format's shape. */
export function checkDigitGroups(format: MrzFormat, lines: readonly string[]): CheckDigitGroup[] {
  switch (format) {
    case 'TD1':
      return [
        td1DocumentNumberGroup(lines[0] ?? ''),
        group('dateOfBirth', [span(1, 0, 6)], 1, 6),
        group('dateOfExpiry', [span(1, 8, 14)], 1, 14),
        group('composite', [span(0, 5, 30), span(1, 0, 7), span(1, 8, 15), span(1, 18, 29)], 1, 29),
      ];
    case 'TD2':
      return [
        group('documentNumber', [span(1, 0, 9)], 1, 9),
        group('dateOfBirth', [span(1, 13, 19)], 1, 19),
        group('dateOfExpiry', [span(1, 21, 27)], 1, 27),
        group('composite', [span(1, 0, 10), span(1, 13, 20), span(1, 21, 35)], 1, 35),
      ];
    case 'TD3':
      return [
        group('documentNumber', [span(1, 0, 9)], 1, 9),
        group('dateOfBirth', [span(1, 13, 19)], 1, 19),
        group('dateOfExpiry', [span(1, 21, 27)], 1, 27),
        group('personalNumber', [span(1, 28, 42)], 1, 42, true),
        group('composite', [span(1, 0, 10), span(1, 13, 20), span(1, 21, 43)], 1, 43),
      ];
  }
}

function spanText(lines: readonly string[], { line, start, end }: Span): string {
  return (lines[line] ?? '').slice(start, end);
}

export function groupPasses(lines: readonly string[], checkGroup: CheckDigitGroup): boolean {
  const data = checkGroup.data.map((part) => spanText(lines, part)).join('');
  const digit = (lines[checkGroup.digit.line] ?? '').charAt(checkGroup.digit.index);
  if (checkGroup.emptyAllowed && /^<*$/.test(data)) return digit === '<' || digit === '0';
  return /^[0-9]$/.test(digit) && mrzCheckDigit(data) === Number(digit);
}

/** The fields whose check digit fails (the composite named `composite`). */
export function failingCheckedFields(format: MrzFormat, lines: readonly string[]): CheckedField[] {
  return checkDigitGroups(format, lines)
    .filter((checkGroup) => !groupPasses(lines, checkGroup))
    .map((checkGroup) => checkGroup.field);
}
