/**
 * Whether an error means PostgreSQL is out of reach or ended the connection (a restart, a failover, a full pool while
 * it recovers) — an outage to retry later, not a bug. Prisma's driver adapter reports these as its connection error
 * codes; what the adapter passes on unconverted (pg's own "Connection terminated…", the pool's connect timeout,
 * PostgreSQL's 57P/08 codes) is found along the error's causes.
 */
import { Prisma } from '@prisma/client';

/** Database not reachable, socket timeout, connection closed, too many connections. */
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1008', 'P1017', 'P2037']);
/** 08: connection exception; 57P: operator intervention (admin shutdown, crash shutdown, cannot connect now). */
const POSTGRES_CONNECTION_CODE = /^(08|57P)/;
const CONNECTION_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Server has closed the connection/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError && PRISMA_CONNECTION_CODES.has(error.code)) return true;
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 5; depth += 1) {
    const { code, originalCode, message } = cause as { code?: unknown; originalCode?: unknown; message?: unknown };
    if ([code, originalCode].some((value) => typeof value === 'string' && POSTGRES_CONNECTION_CODE.test(value))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGE.test(message)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}
