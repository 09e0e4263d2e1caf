/**
 * First start on an empty database: a default account with starting credits, an admin API key and a dashboard
 * admin user. Secrets are stored hashed and returned once, for the caller to print (and, in embedded mode, save).
 */
import type { Database, Transaction } from '../../lib/db';
import { newId } from '../../lib/ids';
import { hashPassword, newApiKeySecret, newSecret, sha256Hex } from '../../lib/secrets';

export interface SeededCredentials {
  accountId: string;
  apiKey: { id: string; secret: string };
  dashboard: { email: string; password: string };
}

export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

export async function seedIfEmpty(db: Database, startingCredits: number, adminEmail = DEFAULT_ADMIN_EMAIL): Promise<SeededCredentials | null> {
  const password = newSecret(12);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Serialises concurrent first starts (API and migrate job racing): only one of them seeds.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(727001)`;
    if ((await tx.account.count()) > 0) return null;
    const { accountId, apiKey } = await createAccountWithAdminKey(tx, { name: 'Default account', startingCredits });
    await tx.dashboardUser.create({ data: { id: newId('dashboardUser'), accountId, email: adminEmail, passwordHash, role: 'ADMIN' } });
    return { accountId, apiKey, dashboard: { email: adminEmail, password } };
  });
}

/** An account with its starting credits (as a TOPUP ledger entry) and one admin API key, whose secret is returned. */
export async function createAccountWithAdminKey(
  tx: Transaction,
  options: { name: string; startingCredits: number },
): Promise<{ accountId: string; apiKey: { id: string; secret: string } }> {
  const accountId = newId('account');
  const apiKey = { id: newId('apiKey'), secret: newApiKeySecret() };
  await tx.account.create({ data: { id: accountId, name: options.name, creditBalance: options.startingCredits } });
  if (options.startingCredits > 0) {
    await tx.creditLedgerEntry.create({
      data: { id: newId('ledgerEntry'), accountId, type: 'TOPUP', amount: options.startingCredits, reason: 'Starting credits' },
    });
  }
  await tx.apiKey.create({
    data: { id: apiKey.id, accountId, name: 'Admin key (first start)', role: 'ADMIN', secretHash: sha256Hex(apiKey.secret), secretPrefix: apiKey.secret.slice(0, 10) },
  });
  return { accountId, apiKey };
}
