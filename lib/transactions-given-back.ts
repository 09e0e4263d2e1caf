/**
 * Works around Prisma 6's transaction manager: it ends a transaction by running COMMIT or ROLLBACK and only then
 * gives the connection back to the pool, so when that statement fails — a COMMIT refused (a deferred constraint), or
 * PostgreSQL restarted mid-transaction — the connection is never given back. The pool is then one connection short
 * for good, and its `end()`, at every shutdown, waits for it forever. Found by the PostgreSQL-restart chaos test;
 * test/database/transactions-given-back.test.ts shows it.
 */
import type { PrismaPg } from '@prisma/adapter-pg';

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;
type Query = Parameters<Transaction['executeRaw']>[0];

const ENDING_STATEMENTS = new Set(['COMMIT', 'ROLLBACK']);

/** `factory`, whose transactions give their connection back when their COMMIT or ROLLBACK fails. */
export function givingBackFailedTransactions(factory: PrismaPg): PrismaPg {
  return withMethod(factory, 'connect', async () => {
    const adapter = await factory.connect();
    return withMethod(adapter, 'startTransaction', async (isolationLevel) => givenBackOnFailedEnd(await adapter.startTransaction(isolationLevel)));
  });
}

function givenBackOnFailedEnd(transaction: Transaction): Transaction {
  return withMethod(transaction, 'executeRaw', async (query: Query) => {
    try {
      return await transaction.executeRaw(query);
    } catch (error) {
      // Prisma will not end this transaction now: `rollback` gives the connection back (the pool drops a broken one).
      if (ENDING_STATEMENTS.has(query.sql)) await transaction.rollback();
      throw error;
    }
  });
}

/** `target` with `name` replaced; every other member read from `target` itself (methods bound to it). */
function withMethod<T extends object, K extends keyof T>(target: T, name: K, replacement: T[K]): T {
  return new Proxy(target, {
    get(object, property) {
      if (property === name) return replacement;
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}
