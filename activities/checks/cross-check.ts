/**
 * Cross-checks the data the integrator supplied at creation against the document data a reviewer read (later, an
 * automated reader). Each disagreement is one of iDenfy's mismatch tags; any tag makes the result SUSPECTED.
 */

/** Supplied field → the mismatch tag it raises (IDENFY-COMPAT.md). */
const TAG_OF_FIELD = {
  firstName: 'NAME',
  lastName: 'SURNAME',
  dateOfBirth: 'DATE_OF_BIRTH',
  documentNumber: 'DOCUMENT_NUMBER',
  personalNumber: 'PERSONAL_CODE',
  dateOfExpiry: 'EXPIRY_DATE',
  dateOfIssue: 'DATE_OF_ISSUE',
} as const;

export type CrossCheckedField = keyof typeof TAG_OF_FIELD;
export const CROSS_CHECKED_FIELDS = Object.keys(TAG_OF_FIELD) as CrossCheckedField[];

export type PersonData = Partial<Record<CrossCheckedField, string | null>>;

/** Tags for fields present on both sides that differ once case, accents, punctuation and spacing are ignored. */
export function mismatchTags(supplied: PersonData, read: PersonData): string[] {
  return CROSS_CHECKED_FIELDS.filter((field) => {
    const left = supplied[field];
    const right = read[field];
    return left && right && normalise(left) !== normalise(right);
  }).map((field) => TAG_OF_FIELD[field]);
}

function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toUpperCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '');
}
