/**
 * A transaction whose COMMIT fails must give its connection back to the pool (lib/transactions-given-back.ts works
 * around Prisma, which does not): with a pool of one connection, the next query would otherwise wait for it until
 * the pool's connection timeout, and `$disconnect` forever.
 */
import { createDatabase, type Database } from '../../lib/db';

const TABLE = `given_back_${process.pid}`;
let db: Database;

beforeAll(async () => {
  db = createDatabase(process.env.TEST_DATABASE_URL!, 1);
  // Checked at COMMIT, not at each INSERT: the COMMIT itself is refused.
  await db.$executeRawUnsafe(`CREATE TABLE ${TABLE} (id int, CONSTRAINT ${TABLE}_once UNIQUE (id) DEFERRABLE INITIALLY DEFERRED)`);
});
afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${TABLE}`);
  await db.$disconnect();
});

test('a refused COMMIT gives the connection back: the only connection of the pool serves the next query at once', async () => {
  for (const run of [1, 2]) {
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO ${TABLE} VALUES (${run})`);
        await tx.$executeRawUnsafe(`INSERT INTO ${TABLE} VALUES (${run})`);
      }),
    ).rejects.toThrow(/unique|duplicate/i);
    const [row] = await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
    expect(row?.one).toBe(1);
  }
  expect(await db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM ${TABLE}`)).toEqual([{ n: 0 }]);
});
