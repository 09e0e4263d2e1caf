/** Liveness, readiness (PostgreSQL and Temporal reachable) and Prometheus metrics (behind a bearer token). */
import { Router, type RequestHandler } from 'express';
import { AppError } from '../lib/errors';
import { equalHashes, sha256Hex } from '../lib/secrets';
import type { AppDeps } from './deps';

const CHECK_TIMEOUT_MS = 2_000;

type CheckResult = 'ok' | 'unreachable';

async function within(check: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve('unreachable'), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().then((): CheckResult => 'ok'), timeout]);
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes({ db, temporal, metrics, config }: Pick<AppDeps, 'db' | 'temporal' | 'metrics' | 'config'>): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const [postgres, temporalCheck] = await Promise.all([
      within(() => db.$queryRaw`SELECT 1`),
      // A deadline, not just a race: the client would otherwise keep retrying the call for ~20 s in the background.
      within(() => temporal.connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () => temporal.workflowService.getSystemInfo({}))),
    ]);
    const checks = { postgres, temporal: temporalCheck };
    const down = [postgres !== 'ok' && 'PostgreSQL', temporalCheck !== 'ok' && 'Temporal'].filter(Boolean);
    if (down.length === 0) {
      res.json({ status: 'ready', checks });
      return;
    }
    res.status(503).json({
      error: { code: 'SERVICE_UNAVAILABLE', message: `Not ready: ${down.join(' and ')} unreachable` },
      checks,
    });
  });

  // Without a token the route does not exist: the figures (and the database queries behind them) are not public.
  const { token } = config.metrics;
  if (token) {
    router.get('/metrics', requireBearer(token), async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }

  return router;
}

/** `Authorization: Bearer <token>`, compared in constant time (digests of equal length, whatever was sent). */
function requireBearer(token: string): RequestHandler {
  const expected = sha256Hex(token);
  return (req, res, next) => {
    const presented = /^Bearer (\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (presented !== undefined && equalHashes(sha256Hex(presented), expected)) return next();
    res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    next(new AppError('UNAUTHORIZED', 'Send the metrics token as Authorization: Bearer <token>'));
  };
}
