/** What the verification engine found for a session's latest attempt, as the dashboard shows it to a reviewer. */
import type { DocumentReading } from '@prisma/client';
import type { NamedCheck } from '../activities/checks/decision-policy';
import { openReading } from '../activities/checks/reading-seal';

export interface EngineFindings {
  attempt: number;
  mrzFound: boolean;
  mrzValid: boolean;
  /** The MRZ as read (decrypted for the operator; empty once the data is purged). */
  mrzLines: string[];
  checks: NamedCheck[];
  faceSimilarity: number | null;
  crops: { selfie: boolean; document: boolean };
  millis: number;
}

export function engineFindings(reading: DocumentReading, encryptionKey: Buffer): EngineFindings {
  const sealed = reading.sealed ? openReading(encryptionKey, reading.sessionId, reading.attempt, reading.sealed) : null;
  return {
    attempt: reading.attempt,
    mrzFound: reading.mrzFound,
    mrzValid: reading.mrzValid,
    mrzLines: sealed?.lines ?? [],
    checks: (reading.checks ?? []) as unknown as NamedCheck[],
    faceSimilarity: reading.faceSimilarity,
    crops: { selfie: reading.selfieCropKey !== null, document: reading.documentCropKey !== null },
    millis: reading.millis,
  };
}
