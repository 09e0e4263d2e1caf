/** Verification sessions' durable record: expiry releases the reserved credit, once. */
import type { SessionStatus } from '@prisma/client';
import type { Database, Transaction } from '../lib/db';
import { newId } from '../lib/ids';
import { appendEvent } from './events';

export function createSessionActivities({ db }: { db: Database }) {
  return {
    /** Expires a session nobody completed; returns its status afterwards (unchanged if it had moved on). */
    async expireSession({ sessionId, occurredAt }: { sessionId: string; occurredAt: string }): Promise<SessionStatus | null> {
      const at = new Date(occurredAt);
      return db.$transaction(async (tx) => {
        const session = await tx.session.findUnique({ where: { id: sessionId } });
        if (!session || session.status !== 'ACTIVE') return session?.status ?? null;
        await tx.session.update({ where: { id: sessionId }, data: { status: 'EXPIRED', finishedAt: at } });
        await releaseReservation(tx, session, 'Session expired');
        await appendEvent(tx, {
          accountId: session.accountId,
          entityType: 'SESSION',
          entityId: sessionId,
          type: 'session.expired',
          data: { sessionId, linkId: session.linkId, clientId: session.clientId, status: 'EXPIRED', final: true },
          occurredAt: at,
        });
        return 'EXPIRED';
      });
    },
  };
}

/** Turns a session's RESERVE into a RELEASE: at most once (unique per session and type), only if it reserved. */
async function releaseReservation(tx: Transaction, session: { id: string; accountId: string }, reason: string): Promise<void> {
  const reservation = await tx.creditLedgerEntry.findUnique({ where: { sessionId_type: { sessionId: session.id, type: 'RESERVE' } } });
  if (!reservation) return;
  const { count } = await tx.creditLedgerEntry.createMany({
    data: [{ id: newId('ledgerEntry'), accountId: session.accountId, type: 'RELEASE', amount: 1, sessionId: session.id, reason }],
    skipDuplicates: true,
  });
  if (count === 1) {
    await tx.account.update({ where: { id: session.accountId }, data: { creditReserved: { decrement: 1 } } });
  }
}
