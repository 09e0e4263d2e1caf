/**
 * Passwords: the signed-in operator's change (current password needed; their other sessions end and this one is
 * signed in afresh), and the public reset — requested by email (same answer whether or not the email signs in,
 * throttled like sign-in), completed with the emailed single-use link.
 */
import { Router } from 'express';
import type { Logger } from '../../../lib/logger';
import { AppError } from '../../../lib/errors';
import { ROLE_LABELS } from '../../../lib/operator-roles';
import { changePassword } from '../../../services/operators/change-password';
import { requestPasswordReset } from '../../../services/operators/request-password-reset';
import { isOpenReset, resetPassword } from '../../../services/operators/reset-password';
import { parseInput } from '../../../services/schemas/common';
import { ZLinkToken, ZOperatorEmail, ZPasswordChange, ZPasswordChoice } from '../../../services/schemas/operators';
import { createAuthThrottle } from '../../auth-throttle';
import type { AppDeps } from '../../deps';
import { operatorOf, requireCsrf, signIn } from '../operator-session';
import { renderChangePasswordPage, renderNewPasswordPage, renderResetRequestPage } from '../pages/passwords';
import { renderDeadLinkPage } from '../pages/team';
import { fieldErrorsOf, formOf, textField } from './form-input';
import { operatorFrame } from './operator-frame';
import { operatorEmailDeps } from './team';

const DEAD_RESET = 'This reset link has been used or has expired: each link works once, within an hour.';
const NEW_RESET_LINK = { href: '/dashboard/password-reset', label: 'Ask for a new link' };

/** The signed-in operator's own password page (any role). */
export function passwordPages({ db, config }: Pick<AppDeps, 'db' | 'config'>): Router {
  const router = Router();
  const secure = config.http.publicBaseUrl.startsWith('https:');
  // Guessing the current password from a stolen session is throttled as guessing it at sign-in is.
  const throttle = createAuthThrottle(config.authThrottle);

  router.get('/dashboard/password', (req, res) => {
    const { user } = operatorOf(res);
    const notice = req.query.changed === '1' ? 'Password changed. Your other sessions are signed out.' : undefined;
    res.type('html').send(renderChangePasswordPage({ ...operatorFrame(res), roleLabel: ROLE_LABELS[user.role], notice }));
  });

  router.post('/dashboard/password', requireCsrf, async (req, res) => {
    const { user } = operatorOf(res);
    const form = formOf(req);
    const attempt = { account: user.email, address: req.ip ?? '' };
    const page = { ...operatorFrame(res), roleLabel: ROLE_LABELS[user.role] };
    const wait = throttle.retryAfterSeconds(attempt);
    if (wait > 0) {
      res.status(429).setHeader('Retry-After', String(wait));
      res.type('html').send(renderChangePasswordPage({ ...page, message: `Too many wrong passwords. Try again in ${Math.ceil(wait / 60)} min.` }));
      return;
    }
    try {
      const input = parseInput(ZPasswordChange, { current: textField(form, 'current'), password: textField(form, 'password'), confirm: textField(form, 'confirm') });
      await changePassword(db, user, input, req.ip ?? null);
      throttle.succeed(attempt);
      await signIn(db, res, user, { sessionSeconds: config.dashboard.sessionSeconds, secure });
      res.redirect(303, '/dashboard/password?changed=1');
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      const errors = fieldErrorsOf(error);
      if (errors.current) throttle.fail(attempt);
      res.status(error.status).type('html').send(renderChangePasswordPage({ ...page, errors, message: 'The password was not changed:' }));
    }
  });

  return router;
}

/** Reset pages, reached without signing in. */
export function passwordResetRoutes(deps: Pick<AppDeps, 'db' | 'config' | 'logger' | 'background'>): Router {
  const { db, config, logger, background } = deps;
  const router = Router();
  const secure = config.http.publicBaseUrl.startsWith('https:');
  const throttle = createAuthThrottle(config.authThrottle);
  const emailDeps = operatorEmailDeps(deps);

  router.get('/dashboard/password-reset', (_req, res) => {
    res.type('html').send(renderResetRequestPage({}));
  });

  router.post('/dashboard/password-reset', (req, res) => {
    const email = ZOperatorEmail.safeParse(textField(formOf(req), 'email'));
    if (!email.success) {
      res.status(422).type('html').send(renderResetRequestPage({ email: textField(formOf(req), 'email'), error: 'Enter the email address you sign in with.' }));
      return;
    }
    // Every request counts, known email or not, so neither the throttle nor the answer tells which emails exist.
    const attempt = { account: email.data, address: req.ip ?? '' };
    const wait = throttle.retryAfterSeconds(attempt);
    if (wait > 0) {
      res.status(429).setHeader('Retry-After', String(wait));
      res.type('html').send(renderResetRequestPage({ email: email.data, error: `Too many reset requests. Try again in ${Math.ceil(wait / 60)} min.` }));
      return;
    }
    throttle.fail(attempt);
    // Answered before the work is done, so the time taken does not tell a known email from an unknown one either.
    background.run(() => requestPasswordReset(emailDeps, email.data), (error) => logReset(logger, error));
    res.type('html').send(renderResetRequestPage({ email: email.data, sent: true }));
  });

  router.get('/dashboard/password-reset/new', async (req, res) => {
    const token = ZLinkToken.safeParse(req.query.token);
    if (!token.success || !(await isOpenReset(db, token.data))) {
      res.status(410).type('html').send(renderDeadLinkPage('Reset link no longer valid', DEAD_RESET, NEW_RESET_LINK));
      return;
    }
    res.type('html').send(renderNewPasswordPage({ token: token.data }));
  });

  router.post('/dashboard/password-reset/new', async (req, res) => {
    const form = formOf(req);
    const token = ZLinkToken.safeParse(textField(form, 'token'));
    // Checked before the password is hashed, so made-up tokens cost no scrypt work.
    if (!token.success || !(await isOpenReset(db, token.data))) {
      res.status(410).type('html').send(renderDeadLinkPage('Reset link no longer valid', DEAD_RESET, NEW_RESET_LINK));
      return;
    }
    try {
      const { password } = parseInput(ZPasswordChoice, { password: textField(form, 'password'), confirm: textField(form, 'confirm') });
      const user = await resetPassword(db, token.data, password, req.ip ?? null);
      await signIn(db, res, user, { sessionSeconds: config.dashboard.sessionSeconds, secure });
      res.redirect(303, '/dashboard');
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      if (error.code === 'LINK_EXPIRED') {
        res.status(410).type('html').send(renderDeadLinkPage('Reset link no longer valid', DEAD_RESET, NEW_RESET_LINK));
        return;
      }
      res.status(error.status).type('html').send(renderNewPasswordPage({ token: token.data, errors: fieldErrorsOf(error), message: 'Choose the password again:' }));
    }
  });

  return router;
}

function logReset(logger: Logger, error: unknown): void {
  logger.error({ err: error }, 'a password reset request failed');
}
