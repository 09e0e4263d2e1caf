/** What a generated document is, as its MRZ states it (the ground truth readers are compared against). */
export interface DocumentTruth {
  format: 'TD1' | 'TD2' | 'TD3';
  documentType: 'PASSPORT' | 'ID_CARD' | 'RESIDENCE_PERMIT';
  /** 'P', 'I', 'ID', 'IR', 'AR' … without fillers. */
  documentCode: string;
  /** ISO 3166 alpha-3. */
  issuingCountry: string;
  documentNumber: string;
  /** MRZ form: uppercase, transliterated, spaces where the MRZ has fillers between name parts, truncated as the MRZ is. */
  surname: string;
  givenNames: string;
  nationality: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: 'M' | 'F' | 'X';
  /** YYYY-MM-DD */
  dateOfExpiry: string;
  /** TD3: the personal number field; TD1: optional data of line 1. */
  personalNumber: string | null;
  mrzLines: string[];
  /** The expiry date lies before the injected "today" (a document is valid through its expiry date). */
  expired: boolean;
}

/** What the visual zone prints: names as the person writes them (accents, hyphens, apostrophes, untruncated). */
export interface VisualZone {
  issuerName: string;
  surname: string;
  givenNames: string;
  nationalityName: string;
  placeOfBirth: string;
  dateOfIssue: string;
  /** How this issuer prints dates: 12.08.1974 or 12 AUG 1974. */
  dateStyle: 'dotted' | 'month-name';
  authority: string;
}

/** A face known to the specimen set: which image shows it on the document, which one is the selfie. */
export type FaceId = string;

/** One fictional document of the specimen set, before any rendering. */
export interface SpecimenDocument {
  id: string;
  truth: DocumentTruth;
  visual: VisualZone;
  face: FaceId;
}
