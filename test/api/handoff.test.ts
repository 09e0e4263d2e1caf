/**
 * The handoff's short links over real HTTP (real API, Temporal, PostgreSQL): a code is made only for a session taking
 * photos, a new code replaces the unused one, a code is typed in either case, fetching the short link's page (a
 * preview, HEAD) does not use it, the first post of its form does and goes to the session's page, a second says it
 * was used; and guessing codes
 * locks the client address out, even for a valid code, which stays unused.
 */
import en from '../../api/hosted/i18n/en';
import { HANDOFF_GUESSES } from '../../api/hosted/routes/handoff';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { createSessionByApi, hostedFlow, type CreatedSession } from '../support/sessions';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi();
  account = await createTestAccount(api.db, 20);
});
afterAll(async () => {
  await api?.close();
});

/** A GET that does not follow redirects, with a browser's user agent unless told otherwise. */
async function open(path: string, options: { userAgent?: string; method?: string } = {}) {
  const response = await fetch(api.baseUrl + path, {
    method: options.method ?? 'GET',
    redirect: 'manual',
    headers: { 'user-agent': options.userAgent ?? 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148' },
  });
  return { status: response.status, location: response.headers.get('location'), retryAfter: response.headers.get('retry-after'), text: await response.text() };
}

/** A started session's desktop handoff page, and the code and status path it shows. */
async function handoffPage(session: CreatedSession): Promise<{ code: string; statusPath: string }> {
  const page = await open(`/v/${session.token}/handoff`);
  expect(page.status).toBe(200);
  const code = /\/h\/([2-9A-Z]{8})</.exec(page.text)?.[1];
  const statusPath = /"statusPath":"([^"]+)"/.exec(page.text)?.[1];
  if (!code || !statusPath) throw new Error('The handoff page shows no code');
  return { code, statusPath };
}

async function startedSession(): Promise<CreatedSession> {
  const session = await createSessionByApi(api, account, { flow: 'DOCUMENT', documents: ['PASSPORT'] });
  expect((await hostedFlow(api, session.token).start()).status).toBe(200);
  return session;
}

const handoffsOf = (sessionId: string) => api.db.handoff.findMany({ where: { sessionId }, orderBy: { id: 'asc' } });

test('no code before Start: the handoff page sends the browser to the session page', async () => {
  const session = await createSessionByApi(api, account, { flow: 'DOCUMENT' });
  const page = await open(`/v/${session.token}/handoff`);
  expect({ status: page.status, location: page.location }).toEqual({ status: 303, location: `/v/${session.token}` });
  expect(await handoffsOf(session.id)).toEqual([]);
});

test('a code opens the session once: previews and HEAD do not use it, any case works, a second open is refused', async () => {
  const session = await startedSession();
  const first = await handoffPage(session);
  const { code, statusPath } = await handoffPage(session);
  // The second page's code replaced the first, unused one.
  expect((await handoffsOf(session.id)).length).toBe(1);
  expect(await open(statusPath).then((answer) => JSON.parse(answer.text))).toEqual({ phone: 'WAITING', phase: 'CAPTURE', uploaded: 0 });

  // Fetching the page (a preview, a scanner, a prefetch) uses nothing; its form does.
  const preview = await open(`/h/${code}`, { userAgent: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' });
  expect(preview.status).toBe(200);
  expect(preview.text).toContain(`<form method="post" action="/h/${code}" id="handoff-open">`);
  expect((await open(`/h/${code}`, { method: 'HEAD' })).status).toBe(200);
  expect((await handoffsOf(session.id))[0]!.usedAt).toBeNull();

  const opened = await open(`/h/${code.toLowerCase()}`, { method: 'POST' });
  expect({ status: opened.status, location: opened.location }).toEqual({ status: 303, location: `/v/${session.token}?lang=en` });
  expect((await handoffsOf(session.id))[0]!.usedAt).not.toBeNull();
  expect(await open(statusPath).then((answer) => JSON.parse(answer.text))).toEqual({ phone: 'OPENED', phase: 'CAPTURE', uploaded: 0 });

  const again = await open(`/h/${code}`, { method: 'POST' });
  expect(again.status).toBe(410);
  expect(again.text).toContain(en.handoff.unavailable.USED.heading);

  // The replaced code opens nothing.
  const replaced = await open(`/h/${first.code}`, { method: 'POST' });
  expect(replaced.status).toBe(404);
  expect(replaced.text).toContain(en.handoff.unavailable.NOT_FOUND.heading);
});

test('an expired code is refused with its own page and stays unused', async () => {
  const session = await startedSession();
  const { code, statusPath } = await handoffPage(session);
  await api.db.handoff.updateMany({ where: { sessionId: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await open(statusPath).then((answer) => JSON.parse(answer.text))).toEqual({ phone: 'EXPIRED', phase: 'CAPTURE', uploaded: 0 });
  const expired = await open(`/h/${code}`, { method: 'POST' });
  expect(expired.status).toBe(410);
  expect(expired.text).toContain(en.handoff.unavailable.EXPIRED.heading);
  expect((await handoffsOf(session.id))[0]!.usedAt).toBeNull();
});

test('guessing: after the allowed unknown codes the address is locked out, even for a valid code, which stays unused', async () => {
  const session = await startedSession();
  const { code } = await handoffPage(session);
  // Malformed codes count as guesses too; the one replaced code of the previous test already counted once.
  const guesses = ['ABCDEFGH', 'not-a-code', '23456789'];
  let failures = 1;
  for (let index = 0; failures < HANDOFF_GUESSES.maxFailures; index += 1, failures += 1) {
    expect((await open(`/h/${guesses[index % guesses.length]}`, { method: 'POST' })).status).toBe(404);
  }
  const locked = await open(`/h/${code}`, { method: 'POST' });
  expect(locked.status).toBe(429);
  expect(Number(locked.retryAfter)).toBeGreaterThan(0);
  expect(locked.text).toContain(en.handoff.unavailable.RATE_LIMITED.heading);
  expect((await handoffsOf(session.id))[0]!.usedAt).toBeNull();
});
