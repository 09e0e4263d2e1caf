import type { MrzFields } from '../../lib/documents/reading';

/**
 * What a generated document is, as its MRZ states it (the ground truth readers are compared against): the fields the
 * engine reads, in their MRZ form (names uppercase, transliterated, truncated as the MRZ is; the personal number is
 * TD3's field or TD1's optional data of line 1), and what a test needs besides.
 */
export interface DocumentTruth extends MrzFields {
  documentType: 'PASSPORT' | 'ID_CARD' | 'RESIDENCE_PERMIT';
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
