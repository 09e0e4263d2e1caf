/** Dashboard sign-in and sign-out. Failures say nothing about which of email or password was wrong. */
import { recordAuditEntry } from '../../../services/audit/record-audit-entry';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { hashPassword, newSecret, verifyPassword } from '../../../lib/secrets';
import type { AppDeps } from '../../deps';
import { createAuthThrottle } from '../../auth-throttle';
import { operatorOf, requireCsrf, requireOperator, signIn, signOut } from '../operator-session';
import { renderLoginPage } from '../pages/account';
import { hasTwoFactor } from '../../../services/two-factor/two-factor-state';
import { startSignInChallenge } from '../sign-in-challenge';

const ZLoginForm = z.object({ email: z.string().trim().max(254), password: z.string().max(200), next: z.string().max(500).optional() });

export function signInRoutes({ db, config, logger }: Pick<AppDeps, 'db' | 'config' | 'logger'>): Router {
  const router = Router();
  const secure = config.http.publicBaseUrl.startsWith('https:');
  const throttle = createAuthThrottle(config.authThrottle);
  // An unknown email costs the same scrypt work as a known one, so the answer's timing does not tell which exist.
  const decoyHash = hashPassword(newSecret());

  router.get('/dashboard/login', (req, res) => {
    res.type('html').send(renderLoginPage({ next: safeNext(req.query.next) }));
  });

  router.post('/dashboard/login', async (req, res) => {
    // A sign-in form posted from another site is refused (login CSRF).
    if (req.get('sec-fetch-site') === 'cross-site') {
      res.status(403).type('text').send('Sign in from the dashboard itself.');
      return;
    }
    const form = ZLoginForm.safeParse(req.body);
    const next = safeNext(form.success ? form.data.next : undefined);
    const email = form.success ? form.data.email : undefined;
    // Locked out per email (known or not) and per address: the right password waits too, until the lockout ends.
    const attempt = { account: email?.toLowerCase() ?? '', address: req.ip ?? '' };
    const wait = throttle.retryAfterSeconds(attempt);
    if (wait > 0) {
      res.status(429).setHeader('Retry-After', String(wait));
      res.type('html').send(renderLoginPage({ next, email, error: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} min.` }));
      return;
    }
    const user = form.success ? await db.dashboardUser.findUnique({ where: { email: attempt.account } }) : null;
    const passwordMatches = form.success && (await verifyPassword(form.data.password, user?.passwordHash ?? (await decoyHash)));
    if (!user || !passwordMatches) {
      const lockedOut = throttle.fail(attempt);
      if (lockedOut.length > 0) {
        logger.warn({ userId: user?.id ?? null, remoteAddress: attempt.address, lockedOut, seconds: throttle.retryAfterSeconds(attempt) }, 'dashboard sign-in locked out after repeated failures');
      }
      res.status(401).type('html').send(renderLoginPage({ next, email, error: 'The email or password is not right.' }));
      return;
    }
    throttle.succeed(attempt);
    if (await hasTwoFactor(db, user.id)) {
      // Not signed in yet: the code comes next (two-factor-sign-in.ts).
      await startSignInChallenge(db, res, user.id, next, secure);
      res.redirect(303, '/dashboard/login/two-factor');
      return;
    }
    await signIn(db, res, user, { sessionSeconds: config.dashboard.sessionSeconds, secure });
    await recordAuditEntry(db, { accountId: user.accountId, userId: user.id, email: user.email, ipAddress: req.ip ?? null }, 'operator.signed_in', user.id);
    res.redirect(303, next);
  });

  router.post('/dashboard/logout', requireOperator(db), requireCsrf, async (_req, res) => {
    await signOut(db, res, operatorOf(res));
    res.redirect(303, '/dashboard/login');
  });

  return router;
}

/** Where to go after signing in: only a dashboard path of this site, never an address elsewhere. */
function safeNext(raw: Request['query'][string] | string | undefined): string {
  return typeof raw === 'string' && /^\/dashboard(\/[\w\-/?=&.%]*)?$/.test(raw) && !raw.startsWith('//') ? raw : '/dashboard';
}
