/** Dashboard: the account's audit trail, as a page (paged, newest first) and as a CSV file of every entry. */
import { Router } from 'express';
import type { AppDeps } from '../../deps';
import { pageOf } from '../../../services/schemas/common';
import { detailText, renderAuditPage } from '../pages/audit';
import { PAGE_SIZE, operatorFrame } from './operator-frame';

const AUDIT_ID = /^aud_[0-9a-z]{29}$/;
const CSV_HEADER = ['id', 'at', 'actor_id', 'actor_email', 'action', 'subject_id', 'detail', 'ip_address'];
/** The CSV is read in batches, so a long trail never sits in memory whole. */
const CSV_BATCH = 1000;

/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break; a leading =, +, - or @ is defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

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
    res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="audit-trail.csv"');
    res.write(`${CSV_HEADER.join(',')}\r\n`);
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.auditEntry.findMany({ where: { accountId, ...(cursor ? { id: { lt: cursor } } : {}) }, orderBy: { id: 'desc' }, take: CSV_BATCH });
      for (const row of rows) {
        const fields = [row.id, row.createdAt.toISOString(), row.actorId, row.actorEmail, row.action, row.subjectId ?? '', detailText(row.detail), row.ipAddress ?? ''];
        res.write(`${fields.map(csvField).join(',')}\r\n`);
      }
      if (rows.length < CSV_BATCH) break;
      cursor = rows.at(-1)!.id;
    }
    res.end();
  });

  return router;
}
