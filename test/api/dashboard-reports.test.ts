/**
 * The dashboard's exports, over real HTTP against the real API and PostgreSQL: every session the list shows with the
 * same filters as CSV (past one page and one read batch), and the whole credit ledger as CSV, both strict RFC 4180;
 * the reports page's exact numbers from seeded decisions.
 */
import { randomBytes } from 'node:crypto';
import type { SessionStatus } from '@prisma/client';
import { newId } from '../../lib/ids';
import { signedInOperator, type Operator } from '../support/dashboard';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';

let api: TestApi;
let account: TestAccount;
let operator: Operator;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 40);
  operator = await signedInOperator(api, account.accountId);
});

/** Strict RFC 4180: every record ends in CRLF, quotes only around whole fields and doubled inside; throws otherwise. */
function parseCsv(text: string): string[][] {
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n)/y;
  const records: string[][] = [];
  let record: string[] = [];
  while (field.lastIndex < text.length) {
    const at = field.lastIndex;
    const match = field.exec(text);
    if (!match) throw new Error(`not RFC 4180 CSV at character ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
    record.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!);
    if (match[3] === '\r\n') {
      records.push(record);
      record = [];
    }
  }
  if (record.length) throw new Error('the last record does not end in CRLF');
  return records;
}

async function csvOf(path: string, filename: string): Promise<string[][]> {
  const response = await operator.get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
  const records = parseCsv(await response.text());
  for (const record of records) expect(record).toHaveLength(records[0]!.length);
  return records;
}

function seededSession(accountId: string, clientId: string, status: SessionStatus, createdAt: Date) {
  return {
    id: newId('session', createdAt),
    accountId,
    clientId,
    tokenHash: randomBytes(32).toString('hex'),
    status,
    flow: 'SELFIE' as const,
    expiryTime: 3600,
    sessionLength: 600,
    expiresAt: new Date(createdAt.getTime() + 3_600_000),
    createdAt,
  };
}

describe('exports', () => {
  test('sessions.csv holds exactly the sessions the list shows with the same filters, all of them, not one page', async () => {
    const other = await createTestAccount(api.db, 1);
    const day = Date.parse('2026-03-02T00:00:00.000Z');
    // More than a page (25) and a read batch (1000) of matching sessions, one a second through 2 March.
    const matching = Array.from({ length: 1003 }, (_, i) => seededSession(account.accountId, 'bulk', 'APPROVED', new Date(day + i * 1000)));
    const filteredOut = [
      seededSession(account.accountId, 'bulk', 'DENIED', new Date(day + 5000)),
      seededSession(account.accountId, 'bulk', 'APPROVED', new Date(day - 1)),
      seededSession(account.accountId, 'bulk', 'APPROVED', new Date(day + 86_400_000)),
      seededSession(account.accountId, 'bulky', 'APPROVED', new Date(day + 7000)),
      seededSession(other.accountId, 'bulk', 'APPROVED', new Date(day + 8000)),
    ];
    const tricky = seededSession(account.accountId, '=cmd, "quoted"\nnext line', 'APPROVED', new Date(day + 9000));
    await api.db.session.createMany({ data: [...matching, ...filteredOut, tricky] });

    const filters = new URLSearchParams({ status: 'APPROVED', clientId: 'bulk', createdFrom: '2026-03-02', createdTo: '2026-03-02' }).toString();
    const list = await (await operator.get(`/dashboard/sessions?${filters}`)).text();
    const download = /<a class="button quiet" href="([^"]+)" download>Download CSV<\/a>/.exec(list)?.[1]?.replaceAll('&amp;', '&');
    expect(download).toBe(`/dashboard/sessions.csv?${filters}`);
    const listed = [...list.matchAll(/href="\/dashboard\/sessions\/(ses_[0-9a-z]{29})"/g)].map((match) => match[1]);

    const [header, ...rows] = await csvOf(download!, 'sessions.csv');
    expect(header).toEqual(['id', 'created_at', 'status', 'decision', 'client_id', 'flow', 'link_id', 'link_name', 'submitted_at', 'finished_at']);
    const newestFirst = matching.map((session) => session.id).reverse();
    expect(rows.map((row) => row[0])).toEqual(newestFirst);
    expect(new Set(listed)).toEqual(new Set(newestFirst.slice(0, 25)));
    expect(rows[0]).toEqual([newestFirst[0], new Date(day + 1002 * 1000).toISOString(), 'APPROVED', '', 'bulk', 'SELFIE', '', '', '', '']);

    // Commas, quotes and line breaks survive; a leading = is defused.
    const [, trickyRow] = await csvOf(`/dashboard/sessions.csv?${new URLSearchParams({ clientId: tricky.clientId })}`, 'sessions.csv');
    expect(trickyRow!.slice(0, 5)).toEqual([tricky.id, tricky.createdAt.toISOString(), 'APPROVED', '', `'${tricky.clientId}`]);

    // No filters: every session of the account, none of another's.
    const [, ...all] = await csvOf('/dashboard/sessions.csv', 'sessions.csv');
    expect(all).toHaveLength(matching.length + filteredOut.length);
  });

  test('credits.csv holds the whole ledger of the account, newest first, linked from the credits and ledger pages', async () => {
    const other = await createTestAccount(api.db, 7);
    const reason = '-5 refund, "goodwill"\nfor March';
    await api.db.creditLedgerEntry.create({ data: { id: newId('ledgerEntry'), accountId: account.accountId, type: 'TOPUP', amount: 5, reason } });
    const entries = await api.db.creditLedgerEntry.findMany({ where: { accountId: account.accountId }, orderBy: { id: 'desc' } });
    expect(entries.length).toBeGreaterThanOrEqual(2);

    for (const page of ['/dashboard/credits', '/dashboard/ledger']) expect(await (await operator.get(page)).text()).toContain('href="/dashboard/credits.csv" download');
    const [header, ...rows] = await csvOf('/dashboard/credits.csv', 'credit-ledger.csv');
    expect(header).toEqual(['id', 'at', 'type', 'amount', 'session_id', 'reason']);
    expect(rows).toEqual(entries.map((entry) => [entry.id, entry.createdAt.toISOString(), entry.type, String(entry.amount), entry.sessionId ?? '', entry.reason === reason ? `'${reason}` : (entry.reason ?? '')]));
    expect(rows.some((row) => row[5] === `'${reason}`)).toBe(true);
    const others = await api.db.creditLedgerEntry.findMany({ where: { accountId: other.accountId } });
    expect(others).not.toHaveLength(0);
    for (const entry of others) expect(rows.map((row) => row[0])).not.toContain(entry.id);
  });
});

describe('reports', () => {
  test('decisions per day, automatic against reviewed, the median time to decide and the reasons, of this account and the last 30 days only', async () => {
    const other = await createTestAccount(api.db, 1);
    const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    const at = (ms: number) => new Date(ms);
    /** A session submitted at `submitted` and ending as `status` (its decision) `seconds` later. */
    const decided = async (accountId: string, status: SessionStatus, submitted: number, seconds: number, extra: { decision?: SessionStatus } = {}) => {
      const session = { ...seededSession(accountId, 'report', status, at(submitted - 60_000)), submittedAt: at(submitted), finishedAt: at(submitted + seconds * 1000), final: true, decision: extra.decision ?? status };
      await api.db.session.create({ data: session });
      return session.id;
    };
    const autoFinished = (sessionId: string, accountId: string, reasons: string[]) =>
      api.db.event.create({ data: { id: newId('event'), accountId, type: 'session.auto_finished', entityType: 'SESSION', entityId: sessionId, sequence: 1, payload: { reasons } } });
    const review = (sessionId: string, decision: 'APPROVED' | 'DENIED', reasons: string[], applied: boolean) =>
      api.db.review.create({ data: { id: newId('review'), sessionId, decision, reasons, reviewerId: 'usr_reviewer', appliedAt: applied ? new Date() : null } });
    const minute = today + 60_000;

    const autoApproved = await decided(account.accountId, 'APPROVED', minute, 60);
    await autoFinished(autoApproved, account.accountId, []);
    await review(autoApproved, 'DENIED', ['IGNORED'], false); // never applied: the checks decided
    await autoFinished(await decided(account.accountId, 'DENIED', minute, 120), account.accountId, ['DOC_EXPIRED']);
    const reviewedDenied = await decided(account.accountId, 'DENIED', minute, 600);
    await autoFinished(reviewedDenied, account.accountId, ['LOW_QUALITY']); // sent to review: the reviewer's reasons count
    await review(reviewedDenied, 'DENIED', ['FAKE_FACE', 'DOC_EXPIRED'], true);
    await review(await decided(account.accountId, 'SUSPECTED', minute, 3600), 'APPROVED', [], true);
    await decided(account.accountId, 'APPROVED', minute - 86_400_000, 30);
    const purged = await decided(account.accountId, 'DELETED', minute, 300, { decision: 'DENIED' });
    await autoFinished(purged, account.accountId, ['FACE_MISMATCH']);
    // Not counted: before the window, not a decision, another account's.
    await decided(account.accountId, 'APPROVED', minute - 30 * 86_400_000, 10);
    await decided(account.accountId, 'EXPIRED', minute, 10);
    await decided(other.accountId, 'APPROVED', minute, 10);

    const page = await (await operator.get('/dashboard/reports')).text();
    expect(page).toContain('<a href="/dashboard/reports" aria-current="page">Reports</a>');
    const value = (name: string) => new RegExp(`<dd data-report="${name}">([^<]*)</dd>`).exec(page)?.[1];
    expect(value('decided')).toBe('6');
    expect(value('automatic')).toBe('4 (67%)');
    expect(value('by-reviewer')).toBe('2 (33%)');
    // 30, 60, 120, 300, 600 and 3600 seconds: the median is (120 + 300) / 2.
    expect(value('median')).toBe('3 min 30 s');
    const reasons = [...page.matchAll(/<tr data-reason="([A-Z_]+)"><td><code>[A-Z_]+<\/code><\/td><td>(\d+)<\/td><\/tr>/g)].map((match) => [match[1], Number(match[2])]);
    expect(reasons).toEqual([['DOC_EXPIRED', 2], ['FACE_MISMATCH', 1], ['FAKE_FACE', 1]]);
    const days = [...page.matchAll(/<tr data-day="([\d-]+)"><td>[\d-]+<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><\/tr>/g)].map((match) => [match[1], ...match.slice(2).map(Number)]);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual([day(today), 1, 3, 1]);
    expect(days[1]).toEqual([day(today - 86_400_000), 1, 0, 0]);
    expect(days.at(-1)![0]).toBe(day(today - 29 * 86_400_000));
    expect(days.slice(2).every(([, ...counts]) => counts.every((count) => count === 0))).toBe(true);
  });
});
