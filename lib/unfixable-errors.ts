/**
 * Which failures retrying cannot fix: the database refusing the data itself (too long, out of range, bad encoding,
 * a NOT NULL or CHECK constraint), a query Prisma refuses to build, or input text PostgreSQL cannot store. Retried,
 * they fail the same way forever; reported as final, the step ends with a recorded failure. Lock timeouts,
 * connection loss, unique and foreign-key races stay retryable: a retry can see another outcome.
 */
import { unstorableStringsIn } from './storable-text';

/** The ApplicationFailure type a worker gives such a failure; the API recognises it in a failed workflow. */
export const INVALID_DATA = 'INVALID_DATA';

/** Prisma's codes for values the column cannot hold or the query cannot carry. */
const FINAL_PRISMA_CODES = new Set(['P2000', 'P2005', 'P2006', 'P2007', 'P2011', 'P2012', 'P2019', 'P2020', 'P2023', 'P2033']);

/** SQLSTATEs: class 22 (data exception: 22001 too long, 22003 out of range, 22021 bad byte sequence, …), 23502, 23514. */
const isFinalSqlState = (state: string) => state.startsWith('22') || state === '23502' || state === '23514';

interface PrismaLikeError {
  name?: unknown;
  code?: unknown;
  cause?: { originalCode?: unknown };
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
}

/** Why `error`, raised while handling `input`, would fail again on every retry; null when a retry may succeed. */
export function unfixableReason(error: unknown, input: unknown): string | null {
  const failure = (error ?? {}) as PrismaLikeError;
  const sqlState = failure.cause?.originalCode ?? failure.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof sqlState === 'string' && isFinalSqlState(sqlState)) return `the database refused the data (SQLSTATE ${sqlState})`;
  if (typeof failure.code === 'string' && FINAL_PRISMA_CODES.has(failure.code)) return `the database refused the data (${failure.code})`;
  if (failure.name === 'PrismaClientValidationError') return 'the query was invalid for its data';
  const unstorable = unstorableStringsIn(input)[0];
  if (unstorable) return `the input holds text the database cannot store (${unstorable.path.join('.')} ${unstorable.message})`;
  return null;
}
