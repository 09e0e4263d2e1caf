/**
 * Settling a session's credit reservation: a CHARGE when it finished with a decision, a RELEASE when it expired or
 * was cancelled. At most one of each per session (unique per session and type) and never both: the first
 * settlement wins, so retries and restarts cannot bill or refund twice.
 */
import type { Transaction } from '../lib/db';
import { newId } from '../lib/ids';

export async function settleReservation(
  tx: Transaction,
  session: { id: string; accountId: string },
  type: 'CHARGE' | 'RELEASE',
  reason: string,
): Promise<void> {
  // Serialises settlements of one session, whatever else runs concurrently.
  await tx.$queryRaw`SELECT id FROM "Session" WHERE id = ${session.id} FOR UPDATE`;
  const entries = await tx.creditLedgerEntry.findMany({ where: { sessionId: session.id }, select: { type: true } });
  const types = new Set(entries.map((entry) => entry.type));
  if (!types.has('RESERVE') || types.has('CHARGE') || types.has('RELEASE')) return;
  const { count } = await tx.creditLedgerEntry.createMany({
    data: [{ id: newId('ledgerEntry'), accountId: session.accountId, type, amount: 1, sessionId: session.id, reason }],
    skipDuplicates: true,
  });
  if (count === 0) return;
  await tx.account.update({
    where: { id: session.accountId },
    data: type === 'CHARGE' ? { creditBalance: { decrement: 1 }, creditReserved: { decrement: 1 } } : { creditReserved: { decrement: 1 } },
  });
}
