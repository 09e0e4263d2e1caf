/** Liveness, readiness (PostgreSQL and Temporal reachable) and Prometheus metrics. */
import { Router } from 'express';
import type { AppDeps } from '../app';

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

export function healthRoutes({ db, temporal, metrics }: Pick<AppDeps, 'db' | 'temporal' | 'metrics'>): Router {
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

  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  return router;
}
