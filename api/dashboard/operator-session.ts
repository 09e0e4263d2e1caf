/**
 * Dashboard sign-in: a random token in an HttpOnly, SameSite=Strict cookie scoped to /dashboard (Secure on https),
 * stored only as its hash with an expiry; every form carries the session's CSRF token, compared in constant time.
 * Every request reads the session row, so deleting it (removal, password change or reset) signs the operator out at once.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Account, DashboardSession, DashboardUser } from '@prisma/client';
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';
import { newSecret, sha256Hex } from '../../lib/secrets';

export const SESSION_COOKIE = 'mld_session';
const COOKIE_PATH = '/dashboard';

export interface Operator {
  /**
   * With the account (every dashboard page shows it) and whether two-factor sign-in is on (an account may require
   * it: two-factor-required.ts), read in the same query.
   */
  user: DashboardUser & { account: Account; twoFactor: { enabledAt: Date | null } | null };
  session: DashboardSession;
}

export function operatorOf(res: Response): Operator {
  const operator = res.locals.operator as Operator | undefined;
  if (!operator) throw new Error('operatorOf used on a route without requireOperator');
  return operator;
}

export async function signIn(db: Database, res: Response, user: DashboardUser, options: { sessionSeconds: number; secure: boolean }): Promise<void> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + options.sessionSeconds * 1000);
  await db.$transaction([
    db.dashboardSession.create({ data: { id: newId('dashboardSession'), userId: user.id, tokenHash: sha256Hex(token), csrfToken: newSecret(), expiresAt } }),
    db.dashboardUser.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
  ]);
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: options.secure, path: COOKIE_PATH, expires: expiresAt });
}

export async function signOut(db: Database, res: Response, operator: Operator): Promise<void> {
  await db.dashboardSession.deleteMany({ where: { id: operator.session.id } });
  res.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
}

/** Signed-in operators pass; others are sent to the sign-in page (or get 401 for non-GET requests). */
export function requireOperator(db: Database): RequestHandler {
  return async (req, res, next) => {
    const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    const session = token && token.length <= 100 ? await db.dashboardSession.findUnique({ where: { tokenHash: sha256Hex(token) }, include: { user: { include: { account: true, twoFactor: { select: { enabledAt: true } } } } } }) : null;
    if (!session || session.expiresAt.getTime() <= Date.now()) {
      if (session) await db.dashboardSession.deleteMany({ where: { id: session.id } });
      res.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
      if (req.method === 'GET') return res.redirect(303, `/dashboard/login?next=${encodeURIComponent(req.originalUrl)}`);
      return res.status(401).type('text').send('Your dashboard session has ended; sign in again.');
    }
    const { user, ...rest } = session;
    res.locals.operator = { user, session: rest } satisfies Operator;
    next();
  };
}

/** State-changing dashboard requests must carry the session's CSRF token in the `_csrf` field. */
export const requireCsrf: RequestHandler = (req: Request, res, next) => {
  const sent = typeof (req.body as Record<string, unknown> | undefined)?._csrf === 'string' ? String((req.body as Record<string, unknown>)._csrf) : '';
  const expected = operatorOf(res).session.csrfToken;
  const matches = sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  if (!matches) {
    res.status(403).type('text').send('This form has expired or did not come from the dashboard; reload the page and try again.');
    return;
  }
  next();
};
