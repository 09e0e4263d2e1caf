import type { DocumentReading, Session } from '@prisma/client';
import type { Transaction } from './db';

/** A session's result as the API, the iDenfy endpoints and events show it: the overall status and its parts. */
export function sessionStatusOf(session: Session) {
  return {
    overall: session.status,
    autoDocument: session.autoDocument,
    autoFace: session.autoFace,
    manualDocument: session.manualDocument,
    manualFace: session.manualFace,
    fraudTags: session.fraudTags,
    mismatchTags: session.mismatchTags,
  };
}

/** One named check of the verification engine, as the decision recorded it (activities/checks/decision-policy.ts). */
export interface VerificationCheckView {
  name: string;
  result: 'PASSED' | 'FAILED' | 'UNCERTAIN';
  code: string | null;
}

/**
 * What the verification engine found for the session's latest read attempt, without personal data (the fields it read
 * are the session's `extractedData`): the API's `verification` and the decision events carry it.
 */
export function verificationOf(reading: DocumentReading) {
  return {
    attempt: reading.attempt,
    mrzFound: reading.mrzFound,
    mrzValid: reading.mrzValid,
    documentFaceFound: reading.documentFaceFound,
    faceSimilarity: reading.faceSimilarity,
    checks: (reading.checks ?? []) as unknown as VerificationCheckView[],
  };
}

const NEWEST_ATTEMPT_FIRST = { attempt: 'desc' } as const;

/** The Prisma include that fetches a session's latest reading with it (a list of sessions in one query). */
export const LATEST_READING = { readings: { orderBy: NEWEST_ATTEMPT_FIRST, take: 1 } };

/** The engine's reading of the session's latest read attempt, if any. */
export function latestReadingOf(db: Transaction, sessionId: string): Promise<DocumentReading | null> {
  return db.documentReading.findFirst({ where: { sessionId }, orderBy: NEWEST_ATTEMPT_FIRST });
}

/** Session defaults shared by sessions created from reusable links and by the sessions API (PRODUCT.md §1.2). */
export const SESSION_DEFAULTS = {
  /** Seconds a session can be started. */
  expiryTime: 86_400,
  /** Seconds the person has once started. */
  sessionLength: 600,
  documents: ['ID_CARD', 'PASSPORT', 'DRIVER_LICENSE', 'RESIDENCE_PERMIT'],
} as const;
