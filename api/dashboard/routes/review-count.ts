/** The number of sessions waiting for review, for the navigation of every page (not for images, polls or downloads). */
import type { RequestHandler } from 'express';
import type { Database } from '../../../lib/db';
import { operatorOf } from '../operator-session';

const NOT_A_PAGE = /\/(live|documents\/[^/]+|crops\/[^/]+|qr\.(png|svg)|audit\.csv)$/;

export function countWaitingReviews(db: Database): RequestHandler {
  return async (req, res, next) => {
    if (!NOT_A_PAGE.test(req.path)) {
      res.locals.reviewCount = await db.session.count({ where: { accountId: operatorOf(res).user.accountId, status: 'REVIEWING' } });
    }
    next();
  };
}
