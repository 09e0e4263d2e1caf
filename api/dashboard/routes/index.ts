/**
 * The operators' dashboard: sign-in with a session cookie, then one router per section. Pages are server-rendered;
 * every state-changing form carries the session's CSRF token and goes through the same code paths as the API.
 */
import express, { Router } from 'express';
import cookieParser from 'cookie-parser';
import type { AppDeps } from '../../deps';
import { requireOperator } from '../operator-session';
import { requireStorableInput } from '../../middleware/storable-input';
import { accountPages } from './account';
import { apiKeyPages } from './api-keys';
import { signInRoutes } from './sign-in';
import { linkPages } from './links';
import { sessionPages } from './sessions';
import { webhookPages } from './webhooks';
import { countWaitingReviews } from './review-count';
import { reviewQueuePage } from './review-queue';
import { auditPages } from './audit-log';
import { reportPages } from './reports';
import { createCodeAttempts } from '../code-attempts';
import { twoFactorPages } from './two-factor';
import { twoFactorSignInRoutes } from './two-factor-sign-in';
import { requireTwoFactorWhereRequired } from './two-factor-required';
import { requirePermittedRole } from './role-permissions';
import { invitationRoutes, teamPages } from './team';
import { passwordPages, passwordResetRoutes } from './passwords';
import { brandingPages } from './branding';

export function dashboardRoutes(deps: Pick<AppDeps, 'db' | 'config' | 'temporal' | 'dispatch' | 'documents' | 'logger' | 'background'>): Router {
  const router = Router();
  router.use('/dashboard', cookieParser(), express.urlencoded({ extended: false, limit: '20kb' }), requireStorableInput);
  router.use('/dashboard', (_req, res, next) => {
    // Operator pages show personal data: never cached, never framed.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Wrong two-factor codes count once, whether at sign-in or in the settings that ask for one.
  const codeAttempts = createCodeAttempts(deps.db, deps.logger, deps.config.authThrottle);
  router.use(signInRoutes(deps), twoFactorSignInRoutes(deps, codeAttempts), invitationRoutes(deps), passwordResetRoutes(deps));
  router.use('/dashboard', requireOperator(deps.db), requireTwoFactorWhereRequired, requirePermittedRole, countWaitingReviews(deps.db));
  router.use(twoFactorPages(deps, codeAttempts), reviewQueuePage(deps), auditPages(deps), reportPages(deps), accountPages(deps), brandingPages(deps), linkPages(deps), sessionPages(deps), webhookPages(deps), apiKeyPages(deps), teamPages(deps), passwordPages(deps));
  return router;
}
