/** The Prisma client, talking to PostgreSQL through the `pg` driver adapter (no query-engine binary). */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@prisma/client';
import pg from 'pg';
import { givingBackFailedTransactions } from './transactions-given-back';

export type Database = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Transaction = Prisma.TransactionClient;

export function createDatabase(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // PostgreSQL ending a connection (a restart, an admin command) is an 'error' event on it. The pool listens while a
  // connection is idle and a query while it runs, but a connection checked out between queries may have no listener,
  // and Node ends the process on an 'error' nobody hears. Heard here, the connection's next query fails instead (and
  // the pool drops it on release).
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new PrismaClient({ adapter: givingBackFailedTransactions(new PrismaPg(pool, { disposeExternalPool: true })) });
}
