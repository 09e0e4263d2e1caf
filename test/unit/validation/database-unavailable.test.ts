/** An outage of PostgreSQL answers 503 SERVICE_UNAVAILABLE, whichever layer reports it; other database errors stay 500s. */
import { Prisma } from '@prisma/client';
import { toAppError } from '../../../api/middleware/errors';
import { isDatabaseUnavailable } from '../../../lib/database-unavailable';

const known = (code: string) => new Prisma.PrismaClientKnownRequestError('failed', { code, clientVersion: '6' });
const withCause = (cause: unknown) => Object.assign(new Error('query failed'), { cause });

test.each([
  ['Prisma: server has closed the connection', known('P1017')],
  ['Prisma: database not reachable', known('P1001')],
  ['Prisma: could not connect at start', new Prisma.PrismaClientInitializationError('Can\'t reach database server', '6')],
  ['pg: the connection ended under a query', new Error('Connection terminated unexpectedly')],
  ['pg-pool: no connection within its timeout', new Error('timeout exceeded when trying to connect')],
  ['PostgreSQL: administrator shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
  ['the adapter: a PostgreSQL connection code under a cause', withCause({ kind: 'postgres', originalCode: '08006' })],
])('%s is an outage', (_name, error) => {
  expect(isDatabaseUnavailable(error)).toBe(true);
  expect(toAppError(error)?.toBody()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' } });
});

test.each([
  ['a unique constraint', known('P2002')],
  ['a query error', Object.assign(new Error('syntax error'), { code: '42601' })],
  ['anything else', new Error('boom')],
])('%s is not', (_name, error) => {
  expect(isDatabaseUnavailable(error)).toBe(false);
  expect(toAppError(error)).toBeNull();
});
