/** The audit trail from the dashboard's side: who is acting (and from where), and recording what they did. */
import type { Request, Response } from 'express';
import type { Prisma } from '@prisma/client';
import type { Database } from '../../../lib/db';
import { recordAuditEntry, type AuditActor } from '../../../services/audit/record-audit-entry';
import { operatorOf } from '../operator-session';

export function auditActorOf(req: Request, res: Response): AuditActor {
  const { user } = operatorOf(res);
  return { accountId: user.accountId, userId: user.id, email: user.email, ipAddress: req.ip ?? null };
}

/** Records an action of the signed-in operator. */
export function audit(db: Database, req: Request, res: Response, action: string, subjectId: string | null, detail?: Prisma.InputJsonObject): Promise<void> {
  return recordAuditEntry(db, auditActorOf(req, res), action, subjectId, detail);
}
