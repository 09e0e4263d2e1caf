/** Dashboard: the account's decision reports (services/reports/decision-report.ts). */
import { Router } from 'express';
import type { AppDeps } from '../../deps';
import { decisionReport } from '../../../services/reports/decision-report';
import { renderReportsPage } from '../pages/reports';
import { operatorFrame } from './operator-frame';

export function reportPages({ db }: Pick<AppDeps, 'db'>): Router {
  const router = Router();
  router.get('/dashboard/reports', async (_req, res) => {
    const frame = operatorFrame(res);
    res.type('html').send(renderReportsPage({ ...frame, report: await decisionReport(db, frame.accountId) }));
  });
  return router;
}
