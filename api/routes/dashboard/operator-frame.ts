/** What every signed-in dashboard page needs: the operator, their account and the CSRF token for its forms. */
import type { Response } from 'express';
import type { Database } from '../../../lib/db';
import { operatorOf } from '../../middleware/operator-session';
import type { Frame } from '../../pages/dashboard/frame';

export interface OperatorFrame extends Frame {
  accountId: string;
  isAdmin: boolean;
}

export async function operatorFrame(db: Database, res: Response): Promise<OperatorFrame> {
  const { user, session } = operatorOf(res);
  const account = await db.account.findUniqueOrThrow({ where: { id: user.accountId } });
  return { email: user.email, accountName: account.name, csrfToken: session.csrfToken, accountId: account.id, isAdmin: user.isAdmin };
}

/** Dashboard lists show this many rows per page. */
export const PAGE_SIZE = 25;
