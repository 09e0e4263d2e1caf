/**
 * The sign-in step of an operator with two-factor sign-in on, after the right password (sign-in.ts started it): a
 * code from the app or a recovery code, throttled; the right one ends the pending sign-in and signs in.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { requireKeyring } from '../../../lib/config';
import type { AuditActor } from '../../../services/audit/record-audit-entry';
import { recordAuditEntry } from '../../../services/audit/record-audit-entry';
import { verifySecondFactor } from '../../../services/two-factor/verify-second-factor';
import type { AppDeps } from '../../deps';
import type { CodeAttempts } from '../code-attempts';
import { signIn } from '../operator-session';
import { renderTwoFactorSignInPage } from '../pages/two-factor';
import { endSignInChallenge, pendingSignInOf } from '../sign-in-challenge';

const ZCodeForm = z.object({ code: z.string().trim().min(1).max(40) });

export function twoFactorSignInRoutes({ db, config }: Pick<AppDeps, 'db' | 'config'>, attempts: CodeAttempts): Router {
  const router = Router();
  const secure = config.http.publicBaseUrl.startsWith('https:');

  router.get('/dashboard/login/two-factor', async (req, res) => {
    if (!(await pendingSignInOf(db, req))) return res.redirect(303, '/dashboard/login');
    res.type('html').send(renderTwoFactorSignInPage({}));
  });

  router.post('/dashboard/login/two-factor', async (req, res) => {
    if (req.get('sec-fetch-site') === 'cross-site') {
      res.status(403).type('text').send('Sign in from the dashboard itself.');
      return;
    }
    const pending = await pendingSignInOf(db, req);
    if (!pending) return res.redirect(303, '/dashboard/login');
    const { user } = pending;
    const actor: AuditActor = { accountId: user.accountId, userId: user.id, email: user.email, ipAddress: req.ip ?? null };
    const wait = attempts.retryAfterSeconds(actor);
    if (wait > 0) {
      res.status(429).setHeader('Retry-After', String(wait));
      res.type('html').send(renderTwoFactorSignInPage({ error: `Too many wrong codes. Try again in ${Math.ceil(wait / 60)} min.` }));
      return;
    }
    const form = ZCodeForm.safeParse(req.body);
    const factor = form.success ? await verifySecondFactor(db, requireKeyring(config), user.id, form.data.code) : null;
    if (!factor) {
      await attempts.refused(actor, 'sign_in');
      res.status(401).type('html').send(renderTwoFactorSignInPage({ error: wrongCodeMessage(req) }));
      return;
    }
    attempts.succeeded(actor);
    // The same right code posted twice (a double click) signs in once: the second finds the pending sign-in gone.
    if (!(await endSignInChallenge(db, res, pending.id))) return res.redirect(303, '/dashboard/login');
    await signIn(db, res, user, { sessionSeconds: config.dashboard.sessionSeconds, secure });
    if (factor.method === 'RECOVERY_CODE') await recordAuditEntry(db, actor, 'two_factor.recovery_code_used', user.id, { recoveryCodesLeft: factor.recoveryCodesLeft });
    await recordAuditEntry(db, actor, 'operator.signed_in', user.id, { secondFactor: factor.method });
    res.redirect(303, pending.next);
  });

  return router;
}

function wrongCodeMessage(req: Request): string {
  const typed = typeof (req.body as Record<string, unknown> | undefined)?.code === 'string' ? String((req.body as Record<string, unknown>).code) : '';
  return /^\s*\d{6}\s*$/.test(typed)
    ? 'That code is not right, or was used already. Enter the code the app shows now.'
    : 'That is neither a six-digit code from the app nor an unused recovery code.';
}
