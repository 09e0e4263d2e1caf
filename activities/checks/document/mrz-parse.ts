/**
 * Parses MRZ lines of the exact shape (TD1, TD2, TD3) into our own typed fields with the `mrz` package, and verifies
 * every check digit a second time with our own layout. A field is reported only with its check digit (and the
 * composite) confirming it; the rest is named in `invalidFields`.
 */
import { birthDateFromMrz, expiryDateFromMrz } from './mrz-dates';
import { MRZ_SHAPES, failingCheckedFields, type MrzFormat } from './mrz-layout';
import { mrzPackage, type MrzPackageDetails } from './mrz-package';
import type { MrzFields } from '../../../lib/documents/reading';
export type { MrzFields };

export interface MrzParse {
  valid: boolean;
  /** Null when the lines are not an MRZ or a field cannot be decoded at all (a date that is no date, an unknown sex). */
  fields: MrzFields | null;
  /** Our field names, plus `composite` for the composite check digit and `format` for lines of no known shape. */
  invalidFields: string[];
  lines: string[];
}

/**
 * ICAO's specimen states (Utopia) are not in the package's list of countries, which it reports like a misread. The
 * country code has no check digit either way: the list is a plausibility check, kept, with the specimen codes added.
 */
const SPECIMEN_STATES = new Set(['UTO']);

const FIELD_OF_PACKAGE_FIELD: Readonly<Record<string, string>> = {
  documentCode: 'documentCode',
  issuingState: 'issuingCountry',
  documentNumber: 'documentNumber',
  documentNumberCheckDigit: 'documentNumber',
  optional1: 'personalNumber',
  optional2: 'personalNumber',
  optional: 'personalNumber',
  personalNumber: 'personalNumber',
  personalNumberCheckDigit: 'personalNumber',
  nationality: 'nationality',
  birthDate: 'dateOfBirth',
  birthDateCheckDigit: 'dateOfBirth',
  sex: 'sex',
  expirationDate: 'dateOfExpiry',
  expirationDateCheckDigit: 'dateOfExpiry',
  compositeCheckDigit: 'composite',
  lastName: 'surname',
  firstName: 'givenNames',
};

const clean = (text: string) => text.replace(/<+$/, '').replace(/</g, ' ');

function rawText(detail: MrzPackageDetails): string {
  return (detail as MrzPackageDetails & { ranges: { raw: string }[] }).ranges[0]?.raw ?? '';
}

/** Refusals of the package that are not misreads: a specimen state, and sex `X` (ICAO 9303, 8th edition). */
function acceptedAnyway(detail: MrzPackageDetails): boolean {
  const raw = rawText(detail);
  if (detail.field === 'issuingState' || detail.field === 'nationality') return SPECIMEN_STATES.has(clean(raw));
  if (detail.field === 'sex') return raw === 'X';
  return false;
}

/** The personal number: TD3's own field; in TD1 and TD2 the optional data (TD1: what the document number leaves). */
function personalNumber(format: MrzFormat, lines: readonly string[], documentNumber: string): string | null {
  const [first = '', second = ''] = lines;
  let text: string;
  if (format === 'TD3') text = second.slice(28, 42);
  else if (format === 'TD2') text = second.slice(28, 35);
  else {
    const extended = first.charAt(14) === '<' && documentNumber.length > 9;
    // The extension is the rest of the number, then its check digit: the optional data starts after both.
    const optional1 = extended ? first.slice(15 + documentNumber.length - 9 + 1) : first.slice(15);
    text = clean(optional1) !== '' ? optional1 : second.slice(18, 29);
  }
  const value = clean(text).trim();
  return value === '' ? null : value;
}

function sexOf(raw: string): MrzFields['sex'] | null {
  if (raw === 'M' || raw === 'F') return raw;
  return raw === '<' || raw === 'X' ? 'X' : null;
}

function hasShape(format: MrzFormat, lines: readonly string[]): boolean {
  const shape = MRZ_SHAPES[format];
  return lines.length === shape.lineCount && lines.every((line) => line.length === shape.lineLength && /^[A-Z0-9<]+$/.test(line));
}

/** The format whose shape `lines` have exactly, if any. */
export function formatOf(lines: readonly string[]): MrzFormat | null {
  return (Object.keys(MRZ_SHAPES) as MrzFormat[]).find((format) => hasShape(format, lines)) ?? null;
}

export function parseMrz(lines: readonly string[], { today }: { today: Date }): MrzParse {
  const format = formatOf(lines);
  const notAnMrz: MrzParse = { valid: false, fields: null, invalidFields: ['format'], lines: [...lines] };
  if (!format) return notAnMrz;
  const result = mrzPackage.parse([...lines]);
  // The package tells French national ids and other national layouts apart by content; we read ICAO formats only.
  if (result.format !== format) return notAnMrz;

  const invalid = new Set<string>(failingCheckedFields(format, lines));
  for (const detail of result.details) {
    if (!detail.valid && !acceptedAnyway(detail) && detail.field) invalid.add(FIELD_OF_PACKAGE_FIELD[detail.field] ?? detail.field);
  }
  const detailOf = (field: string) => result.details.find((detail) => detail.field === field);
  const rawOf = (field: string) => {
    const detail = detailOf(field);
    return detail ? rawText(detail) : '';
  };

  // Given names end at a double filler: letters after it are no name but fillers misread.
  if ((detailOf('firstName')?.value ?? '').includes('  ')) invalid.add('givenNames');
  const dateOfBirth = birthDateFromMrz(rawOf('birthDate'), today);
  const dateOfExpiry = expiryDateFromMrz(rawOf('expirationDate'), today);
  const sex = sexOf(rawOf('sex'));
  if (dateOfBirth === null) invalid.add('dateOfBirth');
  if (dateOfExpiry === null) invalid.add('dateOfExpiry');
  if (sex === null) invalid.add('sex');
  const invalidFields = [...invalid].sort();
  if (dateOfBirth === null || dateOfExpiry === null || sex === null) {
    return { valid: false, fields: null, invalidFields, lines: [...lines] };
  }

  const documentNumber = result.documentNumber ?? clean(rawOf('documentNumber'));
  const fields: MrzFields = {
    format,
    documentCode: clean(rawOf('documentCode')),
    issuingCountry: clean(rawOf('issuingState')),
    documentNumber,
    surname: detailOf('lastName')?.value ?? '',
    givenNames: detailOf('firstName')?.value ?? '',
    nationality: clean(rawOf('nationality')),
    dateOfBirth,
    sex,
    dateOfExpiry,
    personalNumber: personalNumber(format, lines, documentNumber),
  };
  return { valid: invalidFields.length === 0, fields, invalidFields, lines: [...lines] };
}
