/**
 * The specimen set of the verification engine's tests and benchmark: generated identity documents with their
 * ground truth, in "phone photo" variants, with the portrait printed on each and a selfie of the same person;
 * face pairs for the face match; and negative images (blank, no document).
 */
import sharp from 'sharp';
import { documentFace, staircasePhoto } from './faces';
import { mrzFont } from './fonts';
import { specimenDocuments } from './people';
import { PHONE_VARIANTS, phonePhoto, type PhoneVariant } from './phone-photo';
import { renderDocument } from './render-document';
import type { DocumentTruth, SpecimenDocument, VisualZone } from './types';

export type { DocumentTruth, SpecimenDocument, VisualZone } from './types';
export { FACE_SET_ORIGIN, facePairs, type FacePair, type PairOrigin, type PairSet } from './faces';
export { PHONE_VARIANTS, variantGroup, type PhoneVariant } from './phone-photo';
export { specimenDocuments } from './people';
export { withWrongCheckDigit } from './wrong-check-digit';

export interface Specimen {
  /** `<document id>/<variant>` */
  id: string;
  documentId: string;
  truth: DocumentTruth;
  /** What the visual zone prints (names with accents and untruncated, the issuer's date style). */
  visual: VisualZone;
  format: DocumentTruth['format'];
  documentType: DocumentTruth['documentType'];
  variant: PhoneVariant;
  /** JPEG: the photo page (TD3, TD2), or front and back (TD1). */
  images: Buffer[];
  /** The portrait printed on the document (JPEG). */
  portrait: Buffer;
  /** A selfie of the same person (JPEG). */
  selfie: Buffer;
  /** Where portrait and selfie come from. */
  faceOrigin: string;
  /** The font the MRZ was drawn in: 'OCR B', or a monospace fallback where OCR-B is not installed. */
  mrzFont: string;
}

export interface SpecimenSetOptions {
  /** Decides which documents are expired (and the minor's birth date). */
  today: Date;
  variants?: readonly PhoneVariant[];
  /** The first `limit` documents (formats interleaved), each in every variant. */
  limit?: number;
}

/** One document rendered once, then photographed in each variant. */
async function specimensOf(document: SpecimenDocument, variants: readonly PhoneVariant[]): Promise<Specimen[]> {
  const face = await documentFace(document.face);
  const pages = await renderDocument(document, face.portrait);
  const specimens: Specimen[] = [];
  for (const variant of variants) {
    specimens.push({
      id: `${document.id}/${variant}`,
      documentId: document.id,
      truth: document.truth,
      visual: document.visual,
      format: document.truth.format,
      documentType: document.truth.documentType,
      variant,
      images: await Promise.all(pages.map((page, index) => phonePhoto(page, variant, `${document.id}:${index}`))),
      portrait: face.portrait,
      selfie: face.selfie,
      faceOrigin: face.origin,
      mrzFont: mrzFont().family,
    });
  }
  return specimens;
}

/** One document in one variant: for tests that change a document first (e.g. with `withWrongCheckDigit`). */
export async function renderSpecimen(document: SpecimenDocument, variant: PhoneVariant): Promise<Specimen> {
  const [specimen] = await specimensOf(document, [variant]);
  return specimen!;
}

/** Every document (or the first `limit`) in every requested variant, in a fixed order. */
export async function specimenSet({ today, variants = PHONE_VARIANTS, limit }: SpecimenSetOptions): Promise<Specimen[]> {
  const specimens: Specimen[] = [];
  for (const document of specimenDocuments(today).slice(0, limit)) specimens.push(...(await specimensOf(document, variants)));
  return specimens;
}

/** A plain white "photo" (JPEG, 1600 × 1200): nothing to read. */
export function blankImage(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#ffffff' } }).jpeg({ quality: 90 }).toBuffer();
}

/** A real photo with neither a document nor a face in it (a staircase railing, JPEG). */
export function wrongPhoto(): Promise<Buffer> {
  return staircasePhoto();
}
