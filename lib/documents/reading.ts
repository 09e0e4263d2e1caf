/**
 * The shape of what the engine reads from a document. Here, below the engine, because the API shows a sealed
 * reading to reviewers (lib/documents/reading-seal.ts) without depending on the engine itself.
 */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3';

export interface MrzFields {
  format: MrzFormat;
  documentCode: string;
  issuingCountry: string;
  documentNumber: string;
  surname: string;
  givenNames: string;
  nationality: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: 'M' | 'F' | 'X';
  /** YYYY-MM-DD */
  dateOfExpiry: string;
  personalNumber: string | null;
}

export interface VisualZoneCheck {
  field: string;
  mrz: string;
  visual: string | null;
  agrees: boolean | null;
}
