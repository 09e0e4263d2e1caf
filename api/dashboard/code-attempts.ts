/**
 * Wrong two-factor codes are throttled like passwords (api/auth-throttle.ts: AUTH_MAX_FAILURES per operator, four
 * times as many per client address, then a lockout of AUTH_LOCKOUT_SECONDS) — six digits would otherwise fall to
 * guessing — and each wrong code is recorded in the account's audit trail (bounded by the throttle). The sign-in step
 * and the settings that ask for a code share one count.
 */
import type { Config } from '../../lib/config';
import type { Logger } from '../../lib/logger';
import type { Database } from '../../lib/db';
import { recordAuditEntry, type AuditActor } from '../../services/audit/record-audit-entry';
import { createAuthThrottle, type AuthThrottle } from '../auth-throttle';

export type CodeCheck = 'sign_in' | 'confirm_setup' | 'regenerate_recovery_codes' | 'disable';

export interface CodeAttempts {
  /** Whole seconds until this operator (from this address) may try a code again; 0: now. */
  retryAfterSeconds(actor: AuditActor): number;
  refused(actor: AuditActor, check: CodeCheck): Promise<void>;
  succeeded(actor: AuditActor): void;
}

export function createCodeAttempts(db: Database, logger: Logger, settings: Config['authThrottle']): CodeAttempts {
  const throttle: AuthThrottle = createAuthThrottle(settings);
  const attemptOf = (actor: AuditActor) => ({ account: actor.userId, address: actor.ipAddress ?? '' });
  return {
    retryAfterSeconds: (actor) => throttle.retryAfterSeconds(attemptOf(actor)),
    async refused(actor, check) {
      const lockedOut = throttle.fail(attemptOf(actor));
      if (lockedOut.length > 0) {
        logger.warn({ userId: actor.userId, remoteAddress: actor.ipAddress, lockedOut, seconds: throttle.retryAfterSeconds(attemptOf(actor)) }, 'two-factor codes locked out after repeated failures');
      }
      await recordAuditEntry(db, actor, 'two_factor.code_refused', actor.userId, { check, lockedOut: lockedOut.length > 0 });
    },
    succeeded: (actor) => throttle.succeed(attemptOf(actor)),
  };
}
