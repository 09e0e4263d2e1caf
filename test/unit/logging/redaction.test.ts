/** What the logger censors (lib/log-redaction.ts), and that every logger — API, worker, Temporal's — applies it. */
import { createLogger } from '../../../lib/logger';
import { readableLine } from '../../../lib/log-lines';
import { redactText, redactUrl } from '../../../lib/log-redaction';
import { routeTemporalLogs } from '../../../worker/temporal-logs';

const TOKEN = 'q9XkT3_vB-0aZ8yWcR2nLm5pE7sJ4dF6hG1uI0oK';

describe('redactUrl', () => {
  test.each([
    [`/v/${TOKEN}`, '/v/[token]'],
    [`/v/${TOKEN}/documents`, '/v/[token]/documents'],
    [`/v/${TOKEN}?lang=de`, '/v/[token]?lang=de'],
    ['/h/AB3D9KXZ', '/h/[token]'],
    [`https://verify.example.com/v/${TOKEN}/status`, 'https://verify.example.com/v/[token]/status'],
    [`/api/v2/redirect?authToken=${TOKEN}`, '/api/v2/redirect?authToken=[redacted]'],
    [`/x?lang=en&token=${TOKEN}&page=2`, '/x?lang=en&token=[redacted]&page=2'],
    ['/x?api_key=abc123&apiKey=def456&key=ghi&code=jkl&client_secret=mno&password=pqr', '/x?api_key=[redacted]&apiKey=[redacted]&key=[redacted]&code=[redacted]&client_secret=[redacted]&password=[redacted]'],
  ])('%s → %s', (url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });

  test.each(['/api/v1/sessions/ses_01J9Z?limit=20', '/l/m3qca7zCFg?lang=de&src=qr', '/dashboard/links/lnk_01J9Z', '/healthz'])('%s is kept as it is', (url) => {
    expect(redactUrl(url)).toBe(url);
  });

  test('is idempotent', () => {
    const once = redactUrl(`/v/${TOKEN}/submit?authToken=${TOKEN}`);
    expect(redactUrl(once)).toBe(once);
  });
});

describe('redactText', () => {
  test.each([
    ['sk_Zb3oQm1V7xk2pL9sR4tY6uW8yA0cE2gI', 'sk_[redacted]'],
    ['whsec_MfKo2LDzYcQm8v1Tt9pN6sR4wX7bJ3hG', 'whsec_[redacted]'],
    ['Authorization: Basic a2V5XzAxSjlaOnNrX3NlY3JldA==', 'Authorization: Basic [redacted]'],
    ['bearer eyJhbGciOiJIUzI1NiJ9.e30.abc', 'bearer [redacted]'],
    [`failed POST https://h.example/v/${TOKEN}/documents`, 'failed POST https://h.example/v/[token]/documents'],
  ])('%s → %s', (text, redacted) => {
    expect(redactText(text)).toBe(redacted);
  });
});

describe('loggers', () => {
  function capturedLogger(format: 'json' | 'pretty') {
    const lines: string[] = [];
    const logger = createLogger('trace', 'probe', { format, destination: { write: (line: string) => lines.push(line) } });
    return { logger, lines };
  }

  test('censor credential fields, headers, URLs and secrets in messages, whatever the call site logs', () => {
    const { logger, lines } = capturedLogger('json');
    logger.info(
      {
        path: `/v/${TOKEN}/documents`,
        url: `/api/v2/redirect?authToken=${TOKEN}`,
        req: { method: 'GET', url: `/v/${TOKEN}`, headers: { cookie: 'mld_session=abc', authorization: 'Basic xyz' } },
        res: { statusCode: 200, headers: { 'set-cookie': 'mld_session=abc' } },
        password: 'hunter2',
        webhook: { secret: 'whsec_x', token: TOKEN },
      },
      `retrying with sk_Zb3oQm1V7xk2pL9sR4tY6uW8yA0cE2gI for /v/${TOKEN}`,
    );
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({
      path: '/v/[token]/documents',
      url: '/api/v2/redirect?authToken=[redacted]',
      req: { method: 'GET', url: '/v/[token]' },
      res: { statusCode: 200 },
      password: '[redacted]',
      webhook: { secret: '[redacted]', token: '[redacted]' },
      msg: 'retrying with sk_[redacted] for /v/[token]',
    });
    expect(lines[0]).not.toMatch(/abc|hunter2|headers|Basic xyz/);
  });

  test("the worker's Temporal loggers (workflow, activity, core) go through the same censoring", () => {
    const { logger, lines } = capturedLogger('json');
    routeTemporalLogs(logger).warn(`Activity failed: POST /v/${TOKEN}/submit`, { activityType: 'recordSubmission', authToken: TOKEN });
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'Activity failed: POST /v/[token]/submit', authToken: '[redacted]', activityType: 'recordSubmission' });
  });

  test('pretty: one readable line per record, extra fields as key=value, the stack indented below an error', () => {
    const { logger, lines } = capturedLogger('pretty');
    logger.info({ taskQueue: 'magic-link' }, 'worker started');
    logger.error({ err: new Error('boom') }, 'event sweep failed');
    expect(lines[0]).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} INFO probe worker started taskQueue=magic-link\n$/);
    expect(lines[1]).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} ERROR probe event sweep failed\n {4}Error: boom\n {8}at /);
  });
});

describe('readableLine', () => {
  test('a request line keeps only the message: no req, res or headers', () => {
    const record = { level: 30, time: Date.UTC(2026, 0, 2, 3, 4, 5, 6), pid: 1, hostname: 'h', name: 'api', req: { headers: {} }, res: { statusCode: 200 }, responseTime: 4, msg: 'GET /v/[token] 200 4ms' };
    expect(readableLine(JSON.stringify(record))).toBe('03:04:05.006 INFO api GET /v/[token] 200 4ms');
  });

  test('what is not JSON passes through', () => {
    expect(readableLine('plain text\n')).toBe('plain text');
  });
});
