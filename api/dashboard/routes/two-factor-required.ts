/**
 * An account that requires two-factor sign-in: its operators without it are sent to set it up and can do nothing
 * else until they have (pages redirect there, other requests get 403). Signing out stays open (it is routed before).
 */
import type { RequestHandler } from 'express';
import { operatorOf } from '../operator-session';

const SET_UP_PATH = '/dashboard/me/two-factor';

/** Reads nothing itself: the operator's session query brought the requirement and their two-factor state. */
export const requireTwoFactorWhereRequired: RequestHandler = (req, res, next) => {
  const { user } = operatorOf(res);
  if (!user.account.requireTwoFactor || user.twoFactor?.enabledAt) return next();
  const path = req.originalUrl.split('?')[0]!;
  if (path === SET_UP_PATH || path.startsWith(`${SET_UP_PATH}/`)) return next();
  if (req.method === 'GET' || req.method === 'HEAD') return res.redirect(303, SET_UP_PATH);
  res.status(403).type('text').send('This account requires two-factor sign-in: set it up first, at /dashboard/me/two-factor.');
};
