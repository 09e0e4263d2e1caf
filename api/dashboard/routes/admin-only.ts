/** Dashboard actions reserved to admin operators (API keys, top-ups): others get 403, as non-admin API keys do. */
import type { RequestHandler } from 'express';
import { operatorOf } from '../operator-session';

export const requireAdminOperator: RequestHandler = (_req, res, next) => {
  if (!operatorOf(res).user.isAdmin) {
    res.status(403).type('text').send('Only admin operators of this account can do this; ask one of them.');
    return;
  }
  next();
};
