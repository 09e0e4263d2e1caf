/** What every signed-in dashboard page needs: the operator, their account and the CSRF token for its forms. */
import type { Response } from 'express';
import type { Account } from '@prisma/client';
import { operatorOf } from '../operator-session';
import type { Frame } from '../pages/frame';

export interface OperatorFrame extends Frame {
  accountId: string;
  /** As read with the operator's session, at the start of this request. */
  account: Account;
}

export function operatorFrame(res: Response): OperatorFrame {
  const { user, session } = operatorOf(res);
  const { account } = user;
  const reviewCount = typeof res.locals.reviewCount === 'number' ? res.locals.reviewCount : null;
  return { email: user.email, accountName: account.name, csrfToken: session.csrfToken, accountId: account.id, role: user.role, account, reviewCount };
}

/** Dashboard lists show this many rows per page. */
export const PAGE_SIZE = 25;
