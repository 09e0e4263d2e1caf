/**
 * MRZ lines of TD1 (3×30), TD2 (2×36) and TD3 (2×44) documents with ICAO 9303 check digits. Written apart from the
 * engine (which parses with the `mrz` package) so that the specimens test the reader rather than echo it.
 */
import type { DocumentTruth } from './types';

/** The MRZ's data, names already in MRZ form (see transliterate.ts), dates as YYYY-MM-DD. */
export type MrzData = Pick<
  DocumentTruth,
  | 'documentCode'
  | 'issuingCountry'
  | 'documentNumber'
  | 'surname'
  | 'givenNames'
  | 'nationality'
  | 'dateOfBirth'
  | 'sex'
  | 'dateOfExpiry'
  | 'personalNumber'
>;

export type MrzFormat = DocumentTruth['format'];

const WEIGHTS = [7, 3, 1];

/** Characters of the name field in each format. */
export const NAME_LENGTH: Record<MrzFormat, number> = { TD1: 30, TD2: 31, TD3: 39 };

function characterValue(char: string): number {
  if (char === '<') return 0;
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  throw new Error(`"${char}" cannot appear in an MRZ`);
}

/** ICAO 9303 check digit: weights 7, 3, 1 repeating; 0–9 as themselves, A–Z as 10–35, the filler `<` as 0. */
export function checkDigit(field: string): string {
  let sum = 0;
  for (let index = 0; index < field.length; index++) sum += characterValue(field[index]!) * WEIGHTS[index % 3]!;
  return String(sum % 10);
}

function filled(value: string, length: number): string {
  if (value.length > length) throw new Error(`"${value}" does not fit in ${length} MRZ characters`);
  return value.padEnd(length, '<');
}

/** YYYY-MM-DD as the MRZ's YYMMDD. */
function mrzDate(isoDate: string): string {
  return isoDate.slice(2, 4) + isoDate.slice(5, 7) + isoDate.slice(8, 10);
}

const mrzSex = (sex: MrzData['sex']) => (sex === 'X' ? '<' : sex);

/**
 * The name field: surname, `<<`, given names, parts joined by `<`. A name too long for the field is cut at its
 * length, mid-word or (if the cut lands on a filler) after a whole part.
 */
export function nameField(surname: string, givenNames: string, length: number): string {
  const full = `${surname.split(' ').join('<')}<<${givenNames.split(' ').join('<')}`;
  return filled(full.slice(0, length), length);
}

/** Surname and given names as a reader gets them back from a name field (fillers as spaces). */
export function namesInField(field: string): { surname: string; givenNames: string } {
  const [surname = '', givenNames = ''] = field.replace(/<+$/, '').split('<<');
  return { surname: surname.split('<').join(' '), givenNames: givenNames.split('<').join(' ') };
}

function td3Lines(data: MrzData): string[] {
  const documentNumber = filled(data.documentNumber, 9) + checkDigit(filled(data.documentNumber, 9));
  const birth = mrzDate(data.dateOfBirth) + checkDigit(mrzDate(data.dateOfBirth));
  const expiry = mrzDate(data.dateOfExpiry) + checkDigit(mrzDate(data.dateOfExpiry));
  const personal = filled(data.personalNumber ?? '', 14);
  // An empty personal number may carry `<` as its check digit (ICAO 9303 part 4); it counts as 0 in the composite.
  const personalField = personal + (data.personalNumber ? checkDigit(personal) : '<');
  const composite = checkDigit(documentNumber + birth + expiry + personalField);
  return [
    filled(data.documentCode, 2) + data.issuingCountry + nameField(data.surname, data.givenNames, NAME_LENGTH.TD3),
    documentNumber + data.nationality + birth + mrzSex(data.sex) + expiry + personalField + composite,
  ];
}

/** TD1 keeps a personal number in the optional data of line 1, as e.g. Lithuanian and Estonian cards do. */
function td1Lines(data: MrzData): string[] {
  const documentNumber = filled(data.documentNumber, 9) + checkDigit(filled(data.documentNumber, 9));
  const line1 = filled(data.documentCode, 2) + data.issuingCountry + documentNumber + filled(data.personalNumber ?? '', 15);
  const birth = mrzDate(data.dateOfBirth) + checkDigit(mrzDate(data.dateOfBirth));
  const expiry = mrzDate(data.dateOfExpiry) + checkDigit(mrzDate(data.dateOfExpiry));
  const optional2 = filled('', 11);
  const composite = checkDigit(line1.slice(5) + birth + expiry + optional2);
  return [line1, birth + mrzSex(data.sex) + expiry + data.nationality + optional2 + composite, nameField(data.surname, data.givenNames, NAME_LENGTH.TD1)];
}

function td2Lines(data: MrzData): string[] {
  if (data.personalNumber) throw new Error('TD2 specimens carry no personal number');
  const documentNumber = filled(data.documentNumber, 9) + checkDigit(filled(data.documentNumber, 9));
  const birth = mrzDate(data.dateOfBirth) + checkDigit(mrzDate(data.dateOfBirth));
  const expiry = mrzDate(data.dateOfExpiry) + checkDigit(mrzDate(data.dateOfExpiry));
  const optional = filled('', 7);
  const composite = checkDigit(documentNumber + birth + expiry + optional);
  return [
    filled(data.documentCode, 2) + data.issuingCountry + nameField(data.surname, data.givenNames, NAME_LENGTH.TD2),
    documentNumber + data.nationality + birth + mrzSex(data.sex) + expiry + optional + composite,
  ];
}

export function mrzLines(format: MrzFormat, data: MrzData): string[] {
  switch (format) {
    case 'TD1':
      return td1Lines(data);
    case 'TD2':
      return td2Lines(data);
    case 'TD3':
      return td3Lines(data);
  }
}

/** Where the birth date's check digit sits: [line, column]. */
export const BIRTH_DATE_CHECK_DIGIT: Record<MrzFormat, [number, number]> = {
  TD1: [1, 6],
  TD2: [1, 19],
  TD3: [1, 19],
};
