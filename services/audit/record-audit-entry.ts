/** Appends one operator action to the account's audit trail (the table refuses updates and deletes). */
import type { Prisma } from '@prisma/client';
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';

export interface AuditActor {
  accountId: string;
  userId: string;
  email: string;
  /** The client address the action came from. */
  ipAddress: string | null;
}

export async function recordAuditEntry(db: Database, actor: AuditActor, action: string, subjectId: string | null, detail?: Prisma.InputJsonObject): Promise<void> {
  await db.auditEntry.create({
    data: {
      id: newId('auditEntry'),
      accountId: actor.accountId,
      actorId: actor.userId,
      actorEmail: actor.email,
      action,
      subjectId,
      detail: detail ?? undefined,
      ipAddress: actor.ipAddress,
    },
  });
}
