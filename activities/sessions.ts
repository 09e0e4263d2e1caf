/**
 * Verification sessions' durable record: every step of verificationSessionWorkflow lands here, idempotently (an
 * activity retry changes nothing twice), with its event and, at the end, the settlement of the reserved credit.
 */
import { Prisma, type Session, type SessionStatus } from '@prisma/client';
import type { Database, Transaction } from '../lib/db';
import type { DocumentStore } from '../lib/documents/store';
import type { Dispatcher } from '../services/events/dispatch-events';
import type { AttachDocumentInput, CheckOutcome, DocumentType } from '../workflows/definitions';
import { latestReadingOf, sessionStatusOf, verificationOf } from '../lib/sessions';
import { mismatchTags, type PersonData } from './checks/cross-check';
import { emitEvents, type Emit, type EmitDeps } from '../services/events/emit-event';
import { settleReservation } from './ledger';

type Decided = Extract<SessionStatus, 'APPROVED' | 'DENIED' | 'SUSPECTED'>;

export function createSessionActivities({ db, documents, dispatch }: { db: Database; documents: DocumentStore; dispatch: Dispatcher }) {
  const events: EmitDeps = { db, dispatch };
  return {
    async recordSessionStarted({ sessionId, startedAt }: { sessionId: string; startedAt: string }): Promise<void> {
      const at = new Date(startedAt);
      await emitEvents(events, async (tx, emit) => {
        const session = await tx.session.update({ where: { id: sessionId }, data: { startedAt: at } });
        await logEvent(emit, session, 'session.started', at);
      });
    },

    /** Records an upload; an earlier image of the same kind in the same attempt is deleted (file) and marked deleted (row). */
    async recordDocument({ sessionId, attempt, document }: { sessionId: string; attempt: number; document: AttachDocumentInput }): Promise<void> {
      await db.document.createMany({
        data: [
          {
            id: document.documentId,
            sessionId,
            kind: document.kind,
            attempt,
            mimeType: document.mimeType,
            sizeBytes: document.sizeBytes,
            width: document.width,
            height: document.height,
            sha256: document.sha256,
            perceptualHash: document.perceptualHash,
            blurScore: document.blurScore,
            brightness: document.brightness,
            storageKey: document.storageKey,
          },
        ],
        skipDuplicates: true,
      });
      // A new image of a kind replaces the attempt's earlier ones: the latest (ids sort by creation) is the one kept,
      // whichever order concurrent uploads are recorded in.
      const current = await db.document.findMany({
        where: { sessionId, attempt, kind: document.kind, deletedAt: null },
        orderBy: { id: 'desc' },
        select: { id: true, storageKey: true },
      });
      const replaced = current.slice(1);
      if (replaced.length === 0) return;
      // Files first: if marking the rows fails, a retry finds the same rows and deletes their (absent) files again.
      for (const { storageKey } of replaced) await documents.delete(storageKey);
      await db.document.updateMany({ where: { id: { in: replaced.map(({ id }) => id) }, deletedAt: null }, data: { deletedAt: new Date() } });
    },

    async recordSubmission(input: { sessionId: string; attempt: number; documentType: DocumentType | null; occurredAt: string }): Promise<void> {
      const at = new Date(input.occurredAt);
      await emitEvents(events, async (tx, emit) => {
        const session = await tx.session.update({
          where: { id: input.sessionId },
          data: { submittedAt: at, attempts: input.attempt, documentType: input.documentType },
        });
        await logEvent(emit, session, 'session.submitted', at, { attempt: input.attempt }, `session.submitted:${input.attempt}`);
      });
    },

    /** An attempt the checks could not judge; the person may try again. */
    async recordAttemptRefused({ sessionId, outcome }: { sessionId: string; outcome: CheckOutcome }): Promise<void> {
      await db.session.update({
        where: { id: sessionId },
        data: { autoDocument: outcome.autoDocument, autoFace: outcome.autoFace, submittedAt: null },
      });
    },

    /**
     * The checks' verdict: APPROVED or DENIED by the engine, DENIED when no attempt left could be judged, or
     * REVIEWING (a person decides).
     */
    async recordAutoResult(input: {
      sessionId: string;
      attempt: number;
      outcome: CheckOutcome;
      status: 'REVIEWING' | 'DENIED' | 'APPROVED';
      occurredAt: string;
    }): Promise<void> {
      const at = new Date(input.occurredAt);
      const final = input.status !== 'REVIEWING';
      await emitEvents(events, async (tx, emit) => {
        const session = await tx.session.update({
          where: { id: input.sessionId },
          data: {
            status: input.status,
            final,
            autoDocument: input.outcome.autoDocument,
            autoFace: input.outcome.autoFace,
            fraudTags: input.outcome.fraudTags,
            ...(final ? { decision: input.status, finishedAt: at } : { reviewRequestedAt: at }),
          },
        });
        if (final) await settleReservation(tx, session, 'CHARGE', `Verification ${input.status.toLowerCase()} automatically`);
        await logEvent(emit, session, 'session.auto_finished', at, {
          problems: input.outcome.problems,
          reasons: input.outcome.reasons ?? [],
          verification: await verificationIn(tx, session.id),
        });
      });
    },

    async recordReviewEscalated({ sessionId, occurredAt }: { sessionId: string; occurredAt: string }): Promise<void> {
      const at = new Date(occurredAt);
      await emitEvents(events, async (tx, emit) => {
        const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId } });
        await logEvent(emit, session, 'session.review_escalated', at, { waitingSince: session.reviewRequestedAt?.toISOString() ?? null });
      });
    },

    /**
     * Applies a reviewer's decision. An approval becomes SUSPECTED when a fraud tag was raised or the data the
     * reviewer read disagrees with what the integrator supplied.
     */
    async applyReview({ sessionId, reviewId, occurredAt }: { sessionId: string; reviewId: string; occurredAt: string }): Promise<Decided> {
      const at = new Date(occurredAt);
      const status = await emitEvents(events, async (tx, emit) => {
        const review = await tx.review.findUniqueOrThrow({ where: { id: reviewId } });
        const current = await tx.session.findUniqueOrThrow({ where: { id: sessionId } });
        if (current.decision) return current.decision as Decided;
        const typed = (review.data ?? null) as PersonData | null;
        // What the reviewer typed or corrected overrides the engine's reading, field by field, and is cross-checked
        // again; without it the engine's findings stand.
        const engineRead = (current.extractedData ?? {}) as PersonData & { source?: string };
        const read = typed ? { ...engineRead, ...typed, source: changesReading(engineRead, typed) ? 'REVIEWER' : (engineRead.source ?? 'REVIEWER') } : null;
        const mismatches = read ? mismatchTags(current, read) : current.mismatchTags;
        const status: Decided =
          review.decision === 'DENIED' ? 'DENIED' : current.fraudTags.length > 0 || mismatches.length > 0 ? 'SUSPECTED' : 'APPROVED';
        const session = await tx.session.update({
          where: { id: sessionId },
          data: {
            status,
            decision: status,
            final: true,
            finishedAt: at,
            mismatchTags: mismatches,
            ...manualSubStatuses(current, review.decision, review.reasons),
            ...(read ? { extractedData: read } : {}),
          },
        });
        await tx.review.update({ where: { id: reviewId }, data: { appliedAt: at } });
        await settleReservation(tx, session, 'CHARGE', `Verification ${status.toLowerCase()} by review`);
        await logEvent(emit, session, 'session.manual_finished', at, { reasons: review.reasons, verification: await verificationIn(tx, session.id) });
        return status;
      });
      return status;
    },

    /** Expires a session: never started within `expiryTime`, or not submitted within `sessionLength`. */
    async expireSession(input: { sessionId: string; reason: 'NOT_STARTED' | 'TIMED_OUT'; occurredAt: string }): Promise<void> {
      await endUnfinished(events, input.sessionId, 'EXPIRED', new Date(input.occurredAt), { reason: input.reason });
    },

    async cancelSession({ sessionId, occurredAt }: { sessionId: string; occurredAt: string }): Promise<void> {
      await endUnfinished(events, sessionId, 'CANCELLED', new Date(occurredAt), {});
    },

    /** Deletes the images and personal data; the decision, sub-statuses, tags, ledger and events stay. */
    async purgeSessionData({ sessionId, occurredAt }: { sessionId: string; occurredAt: string }): Promise<void> {
      const at = new Date(occurredAt);
      // Files first: if the transaction below fails, a retry deletes nothing more and then records the purge.
      await documents.deleteSession(sessionId);
      await emitEvents(events, async (tx, emit) => {
        const session = await tx.session.findUnique({ where: { id: sessionId } });
        if (!session) return;
        await tx.document.updateMany({ where: { sessionId, deletedAt: null }, data: { deletedAt: at } });
        await tx.review.updateMany({ where: { sessionId }, data: { data: Prisma.DbNull, note: null } });
        // Sent messages keep their outcome; who they went to and what they said go.
        await tx.message.updateMany({ where: { sessionId }, data: { recipient: null, cc: [], subject: null, text: null, html: null } });
        // The event log keeps what happened, not the person's data.
        await tx.$executeRaw`UPDATE "Event" SET payload = jsonb_set(payload, '{extracted}', 'null') WHERE "entityId" = ${sessionId} AND payload ? 'extracted'`;
        const purged = await tx.session.update({
          where: { id: sessionId },
          data: {
            status: 'DELETED',
            decision: session.decision ?? session.status,
            dataDeletedAt: session.dataDeletedAt ?? at,
            firstName: null,
            lastName: null,
            dateOfBirth: null,
            documentNumber: null,
            personalNumber: null,
            nationality: null,
            sex: null,
            dateOfIssue: null,
            dateOfExpiry: null,
            email: null,
            emailCc: [],
            phone: null,
            extractedData: Prisma.DbNull,
          },
        });
        await logEvent(emit, purged, 'session.data_deleted', at);
      });
    },
  };
}

async function endUnfinished(events: EmitDeps, sessionId: string, status: 'EXPIRED' | 'CANCELLED', at: Date, extra: Prisma.InputJsonObject): Promise<void> {
  await emitEvents(events, async (tx, emit) => {
    const current = await tx.session.findUnique({ where: { id: sessionId } });
    // No row: a workflow an earlier version started inside a creation then rolled back. Already ended: a retry.
    if (!current || (current.status !== 'ACTIVE' && current.status !== status)) return;
    const session = await tx.session.update({ where: { id: sessionId }, data: { status, decision: status, final: true, finishedAt: current.finishedAt ?? at } });
    await settleReservation(tx, session, 'RELEASE', status === 'EXPIRED' ? 'Session expired' : 'Session cancelled');
    await logEvent(emit, session, status === 'EXPIRED' ? 'session.expired' : 'session.cancelled', at, extra);
  });
}

function manualSubStatuses(session: Session, decision: 'APPROVED' | 'DENIED', reasons: string[]) {
  const hasDocument = session.flow !== 'SELFIE';
  const hasFace = session.flow !== 'DOCUMENT';
  if (decision === 'APPROVED') {
    return { manualDocument: hasDocument ? 'DOC_VALIDATED' : null, manualFace: hasFace ? 'FACE_MATCH' : null };
  }
  const faceReason = reasons.find((reason) => /FACE/.test(reason)) ?? null;
  const documentReason = reasons.find((reason) => !/FACE/.test(reason)) ?? null;
  return { manualDocument: hasDocument ? documentReason ?? 'DOC_ERROR' : null, manualFace: hasFace ? faceReason : null };
}

/** Whether the reviewer typed a value the engine did not read (iDenfy's `manuallyDataChanged`). */
function changesReading(engineRead: PersonData, typed: PersonData): boolean {
  return Object.entries(typed).some(([field, value]) => value !== undefined && engineRead[field as keyof PersonData] !== value);
}

/** The engine's findings (no personal data) that the decision events carry, or null when it did not read the session. */
async function verificationIn(tx: Transaction, sessionId: string) {
  const reading = await latestReadingOf(tx, sessionId);
  return reading ? (verificationOf(reading) as unknown as Prisma.InputJsonObject) : null;
}

/** The event every session change writes: what webhooks will carry, without personal data beyond the integrator's ids. */
async function logEvent(
  emit: Emit,
  session: Session,
  type: string,
  at: Date,
  extra: Prisma.InputJsonObject = {},
  key?: string,
): Promise<void> {
  await emit({
    accountId: session.accountId,
    entityType: 'SESSION',
    entityId: session.id,
    type,
    occurredAt: at,
    key,
    data: {
      sessionId: session.id,
      clientId: session.clientId,
      externalRef: session.externalRef,
      linkId: session.linkId,
      final: session.final,
      status: sessionStatusOf(session),
      startedAt: session.startedAt?.toISOString() ?? null,
      finishedAt: session.finishedAt?.toISOString() ?? null,
      // The document data a reviewer read: iDenfy-format callbacks carry it; purged with the session's data.
      extracted: (session.extractedData ?? null),
      ...extra,
    },
  });
}
