import type { Session } from '@prisma/client';

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

/** Session defaults shared by sessions created from reusable links and by the sessions API (PRODUCT.md §1.2). */
export const SESSION_DEFAULTS = {
  /** Seconds a session can be started. */
  expiryTime: 86_400,
  /** Seconds the person has once started. */
  sessionLength: 600,
  documents: ['ID_CARD', 'PASSPORT', 'DRIVER_LICENSE', 'RESIDENCE_PERMIT'],
} as const;
