/** What the verification engine found for a session's latest attempt, as the dashboard shows it to a reviewer. */
import type { DocumentReading } from '@prisma/client';
import { verificationOf } from '../../lib/sessions';
import { openReading } from '../../lib/documents/reading-seal';
import type { Keyring } from '../../lib/keyring';

export type EngineFindings = ReturnType<typeof verificationOf> & {
  /** The MRZ as read (decrypted for the operator; empty once the data is purged). */
  mrzLines: string[];
  crops: { selfie: boolean; document: boolean };
  millis: number;
};

export function engineFindings(reading: DocumentReading, keyring: Keyring): EngineFindings {
  const sealed = reading.sealed ? openReading(keyring, reading.sessionId, reading.attempt, reading.sealed) : null;
  return {
    ...verificationOf(reading),
    mrzLines: sealed?.lines ?? [],
    crops: { selfie: reading.selfieCropKey !== null, document: reading.documentCropKey !== null },
    millis: reading.millis,
  };
}
