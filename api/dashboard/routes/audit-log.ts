/** Dashboard: the account's audit trail, as a page (paged, newest first) and as a CSV file of every entry. */
import { Router } from 'express';
import type { AppDeps } from '../../deps';
import { pageOf } from '../../../services/schemas/common';
import { detailText, renderAuditPage } from '../pages/audit';
import { PAGE_SIZE, operatorFrame } from './operator-frame';
import { sendCsv } from '../csv';

const AUDIT_ID = /^aud_[0-9a-z]{29}$/;
const CSV_HEADER = ['id', 'at', 'actor_id', 'actor_email', 'action', 'subject_id', 'detail', 'ip_address'];

export function auditPages({ db }: Pick<AppDeps, 'db'>): Router {
  const router = Router();

  router.get('/dashboard/audit', async (req, res) => {
    const frame = operatorFrame(res);
    const cursor = typeof req.query.cursor === 'string' && AUDIT_ID.test(req.query.cursor) ? req.query.cursor : undefined;
    const rows = await db.auditEntry.findMany({
      where: { accountId: frame.accountId, ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: PAGE_SIZE + 1,
    });
    const { items, nextCursor } = pageOf(rows, PAGE_SIZE);
    res.type('html').send(renderAuditPage({ ...frame, entries: items, nextPage: nextCursor ? `/dashboard/audit?cursor=${nextCursor}` : null }));
  });

  router.get('/dashboard/audit.csv', async (_req, res) => {
    const { accountId } = operatorFrame(res);
    await sendCsv(
      res,
      'audit-trail.csv',
      CSV_HEADER,
      (before, take) => db.auditEntry.findMany({ where: { accountId, ...(before ? { id: { lt: before } } : {}) }, orderBy: { id: 'desc' }, take }),
      (row) => [row.id, row.createdAt.toISOString(), row.actorId, row.actorEmail, row.action, row.subjectId ?? '', detailText(row.detail), row.ipAddress ?? ''],
    );
  });

  return router;
}
