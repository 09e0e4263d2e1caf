/**
 * What the decision policy learns of a document from its reading: shared by the checks activity (from the sealed
 * reading) and the benchmark (from the reader's result), so the benchmark decides as a session does.
 */
import type { DocumentType } from '../../workflows/definitions';
import type { DocumentFindings } from './decision-policy';
import type { MrzFields, VisualZoneCheck } from './document';

export interface DocumentReadingSummary {
  mrzFound: boolean;
  mrzValid: boolean;
  /** The MRZ's fields, only when it is valid. */
  fields: MrzFields | null;
  visualZone: VisualZoneCheck[];
  documentFaceFound: boolean | null;
}

export function documentFindings({ mrzFound, mrzValid, fields, visualZone, documentFaceFound }: DocumentReadingSummary): DocumentFindings {
  const compared = visualZone.filter((check) => check.agrees !== null);
  return {
    mrzFound,
    mrzValid: mrzValid && fields !== null,
    documentType: fields ? documentTypeOf(fields.documentCode) : null,
    issuingCountry: fields?.issuingCountry ?? null,
    dateOfBirth: fields?.dateOfBirth ?? null,
    dateOfExpiry: fields?.dateOfExpiry ?? null,
    visualZoneDisagreements: compared.length === 0 ? null : compared.filter((check) => !check.agrees).map((check) => check.field),
    documentFaceFound,
  };
}

/** ICAO 9303 document codes: P… passports; I…, A…, C… identity cards; residence permits use IR/AR/RP. */
export function documentTypeOf(documentCode: string): DocumentType | null {
  const code = documentCode.replace(/</g, '');
  if (code.startsWith('P')) return 'PASSPORT';
  if (['IR', 'AR', 'RP'].includes(code)) return 'RESIDENCE_PERMIT';
  if (code.startsWith('D')) return 'DRIVER_LICENSE';
  if (/^[IAC]/.test(code)) return 'ID_CARD';
  return null;
}
