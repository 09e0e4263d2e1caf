/**
 * The engine's activities, run by the checks worker (worker/checks-main.ts) on its own task queue: the heavy reading
 * of a submission (MRZ, visual zone, faces) and the quick look at a single upload. They return no personal data to
 * the workflow: what was read goes to the database, sealed (reading-seal.ts); the workflow gets counts and flags.
 */
import { heartbeat } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Database } from '../../lib/db';
import type { DocumentStore } from '../../lib/documents/store';
import { storageKeyFor } from '../../lib/documents/store';
import { newId } from '../../lib/ids';
import type { DocumentKind, DocumentType, Flow, UploadQuickCheckInput, UploadRefusal } from '../../workflows/definitions';
import type { DocumentReader, DocumentReading } from './document';
import { compareFaces } from './compare-faces';
import type { DetectedFace, FaceEngine } from './face';
import { documentHash, sealReading } from '../../lib/documents/reading-seal';
import type { Keyring } from '../../lib/keyring';
import { submittedImages } from './submitted-images';

export interface ReadSubmissionInput {
  sessionId: string;
  attempt: number;
  flow: Flow;
  documentType: DocumentType | null;
}

/** What the workflow learns: enough to log and test, nothing personal. */
export interface ReadSubmissionSummary {
  mrzFound: boolean | null;
  mrzValid: boolean | null;
  selfieFaces: number | null;
  faceSimilarity: number | null;
}

export interface EngineDeps {
  db: Database;
  documents: DocumentStore;
  reader: DocumentReader;
  faces: FaceEngine;
  keyring: Keyring;
}

const DOCUMENT_SIDES: readonly DocumentKind[] = ['FRONT', 'BACK'];

export function createEngineActivities(deps: EngineDeps) {
  const { db, documents, reader, faces, keyring } = deps;

  async function detectFaces(image: Buffer): Promise<DetectedFace[]> {
    const found = await faces.detect(image);
    heartbeat();
    return found;
  }

  return {
    async readSubmission(input: ReadSubmissionInput): Promise<ReadSubmissionSummary> {
      const started = Date.now();
      const images = await submittedImages(db, input);
      const bytes = new Map<DocumentKind, Buffer>();
      for (const image of images) bytes.set(image.kind, await documents.get(image.storageKey));
      const documentImages = DOCUMENT_SIDES.flatMap((kind) => bytes.get(kind) ?? []);

      let reading: DocumentReading | null = null;
      if (input.flow !== 'SELFIE' && documentImages.length > 0) {
        reading = await reader.read(documentImages, { today: new Date() });
        heartbeat();
      }

      const selfie = input.flow === 'DOCUMENT' ? undefined : bytes.get('FACE');
      const { selfieFaces, problem, selfieFace, portrait, similarity: faceSimilarity } = await compareFaces(
        { detect: detectFaces, similarity: (a, b) => faces.similarity(a, b) },
        { selfie, documentImages: input.flow === 'DOCUMENT_AND_SELFIE' ? documentImages : [] },
      );
      const selfieCropKey = selfieFace && selfie ? await storeCrop(input.sessionId, await faces.crop(selfie, selfieFace)) : null;
      const documentCropKey = portrait ? await storeCrop(input.sessionId, await faces.crop(portrait.image, portrait.face)) : null;

      const mrz = reading?.mrz ?? null;
      const fields = mrz?.valid ? mrz.fields : null;
      const row = {
        mrzFound: mrz?.found ?? false,
        mrzValid: mrz?.valid ?? false,
        sealed: reading
          ? sealReading(keyring, input.sessionId, input.attempt, {
              fields,
              lines: mrz?.lines ?? [],
              invalidFields: mrz?.invalidFields ?? [],
              corrected: mrz?.corrected ?? false,
              visualZone: reading.visualZone,
            })
          : null,
        documentHash: fields ? documentHash(keyring, fields) : null,
        selfieFaces: selfieFaces?.length ?? null,
        selfieProblem: selfie ? problem : null,
        documentFaceFound: input.flow === 'DOCUMENT_AND_SELFIE' ? portrait !== null : null,
        faceSimilarity,
        selfieCropKey,
        documentCropKey,
        millis: Date.now() - started,
      };
      // A retry of this activity replaces the earlier reading of the same attempt.
      await db.documentReading.upsert({
        where: { sessionId_attempt: { sessionId: input.sessionId, attempt: input.attempt } },
        create: { id: newId('documentReading'), sessionId: input.sessionId, attempt: input.attempt, ...row },
        update: row,
      });
      return {
        mrzFound: reading ? row.mrzFound : null,
        mrzValid: reading ? row.mrzValid : null,
        selfieFaces: row.selfieFaces,
        faceSimilarity,
      };
    },

    /** A quick look at one upload, before Submit: a blank or wrong photo is refused without using an attempt. */
    async quickCheckUpload(input: UploadQuickCheckInput): Promise<UploadRefusal | null> {
      if (!input.storageKey.startsWith(`${input.sessionId}/`)) throw ApplicationFailure.nonRetryable('The image is not this session\'s', 'INVALID_INPUT');
      const image = await documents.get(input.storageKey);
      if (input.kind === 'FACE') return (await faces.quickSelfieCheck(image)).problem;
      // Driving licences rarely carry an MRZ: nothing to expect of them here.
      if (input.documentType === null || input.documentType === 'DRIVER_LICENSE') return null;
      // A passport's MRZ is on its photo page; ID cards and residence permits (TD1) carry it on the back.
      const mrzSide: DocumentKind = input.documentType === 'PASSPORT' ? 'FRONT' : 'BACK';
      if (input.kind === mrzSide) return (await reader.quickMrzCheck(image)).mrzVisible ? null : 'MRZ_NOT_VISIBLE';
      // A card's front shows the holder's portrait.
      return (await faces.quickSelfieCheck(image)).faces > 0 ? null : 'DOCUMENT_NOT_VISIBLE';
    },
  };

  async function storeCrop(sessionId: string, crop: Buffer): Promise<string> {
    // Kept beside the session's images, so the purge of its data removes them too.
    const key = storageKeyFor(sessionId, newId('document'));
    await documents.put(key, crop);
    return key;
  }
}

export type EngineActivities = ReturnType<typeof createEngineActivities>;
