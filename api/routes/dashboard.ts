/**
 * The operators' dashboard: sign-in with a session cookie, CSRF-protected forms, sign-out, and the account's
 * credits and ledger. Sign-in failures say nothing about which of email or password was wrong.
 */
import express, { Router, type Request } from 'express';
import cookieParser from 'cookie-parser';
import { z } from 'zod';
import { creditBalanceOf } from '../../lib/credits';
import { verifyPassword } from '../../lib/secrets';
import type { AppDeps } from '../app';
import { operatorOf, requireCsrf, requireOperator, signIn, signOut } from '../middleware/operator-session';
import { renderHomePage, renderLoginPage } from '../pages/dashboard-pages';
import { workflowListUrl } from '../temporal-ui';

const ZLoginForm = z.object({ email: z.string().trim().max(254), password: z.string().max(200), next: z.string().max(500).optional() });

export function dashboardRoutes({ db, config }: Pick<AppDeps, 'db' | 'config'>): Router {
  const router = Router();
  const secure = config.http.publicBaseUrl.startsWith('https:');
  router.use('/dashboard', cookieParser(), express.urlencoded({ extended: false, limit: '20kb' }));
  router.use('/dashboard', (_req, res, next) => {
    // Operator pages show personal data: never cached, never framed.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

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
    const user = form.success ? await db.dashboardUser.findUnique({ where: { email: form.data.email.toLowerCase() } }) : null;
    if (!form.success || !user || !(await verifyPassword(form.data.password, user.passwordHash))) {
      res.status(401).type('html').send(renderLoginPage({ next, email: form.success ? form.data.email : undefined, error: 'The email or password is not right.' }));
      return;
    }
    await signIn(db, res, user, { sessionSeconds: config.dashboard.sessionSeconds, secure });
    res.redirect(303, next);
  });

  router.use('/dashboard', requireOperator(db));

  router.post('/dashboard/logout', requireCsrf, async (_req, res) => {
    await signOut(db, res, operatorOf(res));
    res.redirect(303, '/dashboard/login');
  });

  router.get('/dashboard', async (_req, res) => {
    const { user, session } = operatorOf(res);
    const account = await db.account.findUniqueOrThrow({ where: { id: user.accountId } });
    const ledger = await db.creditLedgerEntry.findMany({ where: { accountId: account.id }, orderBy: { id: 'desc' }, take: 10 });
    res.type('html').send(
      renderHomePage({
        email: user.email,
        accountName: account.name,
        credits: creditBalanceOf(account),
        ledger: ledger.map((entry) => ({ type: entry.type, amount: entry.amount, sessionId: entry.sessionId, at: entry.createdAt })),
        csrfToken: session.csrfToken,
        temporalUrl: workflowListUrl(config, `AccountId = "${account.id}"`),
      }),
    );
  });

  return router;
}

/** Where to go after signing in: only a dashboard path of this site, never an address elsewhere. */
function safeNext(raw: Request['query'][string] | string | undefined): string {
  return typeof raw === 'string' && /^\/dashboard(\/[\w\-/?=&.%]*)?$/.test(raw) && !raw.startsWith('//') ? raw : '/dashboard';
}
