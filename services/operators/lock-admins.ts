/** Team changes that could leave an account without an admin lock its admins first, so two at once can't both pass. */
import type { Transaction } from '../../lib/db';

export async function lockedAdminIds(tx: Transaction, accountId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "DashboardUser" WHERE "accountId" = ${accountId} AND "role" = 'ADMIN' FOR UPDATE`;
  return rows.map((row) => row.id);
}

export const LAST_ADMIN = 'An account keeps at least one admin: make another member admin first.';
