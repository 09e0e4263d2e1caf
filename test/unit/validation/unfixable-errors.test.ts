/** Which activity failures are final (lib/unfixable-errors.ts), from the error shapes Prisma's pg adapter raises. */
import { unfixableReason } from '../../../lib/unfixable-errors';

const driverError = (originalCode: string) => Object.assign(new Error('driver'), { name: 'DriverAdapterError', cause: { originalCode, kind: 'postgres' } });
const knownError = (code: string, originalCode?: string) =>
  Object.assign(new Error('known'), { name: 'PrismaClientKnownRequestError', code, meta: originalCode ? { driverAdapterError: { cause: { originalCode } } } : {} });

describe('final', () => {
  test.each<[string, unknown, string]>([
    ['a NUL byte (22021)', driverError('22021'), 'the database refused the data (SQLSTATE 22021)'],
    ['an int out of range (P2020 / 22003)', knownError('P2020', '22003'), 'the database refused the data (SQLSTATE 22003)'],
    ['a value too long (P2000)', knownError('P2000'), 'the database refused the data (P2000)'],
    ['an untranslatable character in jsonb (22P05)', driverError('22P05'), 'the database refused the data (SQLSTATE 22P05)'],
    ['a NOT NULL violation (23502)', driverError('23502'), 'the database refused the data (SQLSTATE 23502)'],
    ['a CHECK violation (23514)', driverError('23514'), 'the database refused the data (SQLSTATE 23514)'],
    ['a query Prisma refuses to build', Object.assign(new Error('Argument `amount`: Invalid value'), { name: 'PrismaClientValidationError' }), 'the query was invalid for its data'],
  ])('%s', (_case, error, reason) => {
    expect(unfixableReason(error, [{}])).toBe(reason);
  });

  test('any failure of an activity whose input holds text the database cannot store (an unpaired surrogate)', () => {
    const error = Object.assign(new Error('JSON Error: unexpected end of hex escape'), { name: 'PrismaClientUnknownRequestError' });
    expect(unfixableReason(error, [{ settings: { name: 'a\ud800' } }])).toBe(
      'the input holds text the database cannot store (0.settings.name must not contain an unpaired UTF-16 surrogate)',
    );
  });
});

describe('retried', () => {
  test.each<[string, unknown]>([
    ['a unique violation (P2002: another writer may have won; the retry reads its row)', knownError('P2002', '23505')],
    ['a foreign-key race (23503)', driverError('23503')],
    ['a serialization failure (40001)', driverError('40001')],
    ['a lock timeout (55P03)', driverError('55P03')],
    ['an unreachable database (P1001)', knownError('P1001')],
    ['a connection reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['anything else', new Error('boom')],
    ['a non-error', 'boom'],
  ])('%s', (_case, error) => {
    expect(unfixableReason(error, [{ name: 'fine' }])).toBeNull();
  });
});
