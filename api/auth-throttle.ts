/**
 * Failed authentications (dashboard sign-in, API Basic credentials), throttled per account and per client address:
 * `maxFailures` failures of one account, or four times as many from one address, within `windowSeconds` (by default
 * the lockout period) lock it out for the lockout period — `429` with `Retry-After` — and a log line tells the operator. State is per API process.
 */
import type { Response } from 'express';
import type { Config } from '../lib/config';
import { AppError } from '../lib/errors';
import { createFailureThrottle } from '../lib/failure-throttle';

/** One address may stand for several people (an office behind NAT): it gets more tries than one account. */
const ADDRESS_ALLOWANCE = 4;

export interface AuthAttempt {
  /** What the credentials name: an email, an API key id. */
  account: string;
  /** The client's address, as Express sees it (proxies trusted on loopback only). */
  address: string;
}

export interface AuthThrottle {
  /** Whole seconds until this attempt may be made (0: now). */
  retryAfterSeconds(attempt: AuthAttempt): number;
  /** Counts a failure of the account and the address; names those it has just locked out. */
  fail(attempt: AuthAttempt): ('account' | 'address')[];
  succeed(attempt: AuthAttempt): void;
}

export function createAuthThrottle(settings: Config['authThrottle'], now: () => number = Date.now): AuthThrottle {
  const lockoutMs = settings.lockoutSeconds * 1000;
  const windowMs = settings.windowSeconds * 1000;
  const accounts = createFailureThrottle({ maxFailures: settings.maxFailures, windowMs, lockoutMs }, now);
  const addresses = createFailureThrottle({ maxFailures: settings.maxFailures * ADDRESS_ALLOWANCE, windowMs, lockoutMs }, now);
  return {
    retryAfterSeconds: ({ account, address }) => Math.ceil(Math.max(accounts.lockedForMs(account), addresses.lockedForMs(address)) / 1000),
    fail: ({ account, address }) => [...(accounts.fail(account) ? (['account'] as const) : []), ...(addresses.fail(address) ? (['address'] as const) : [])],
    succeed: ({ account }) => accounts.succeed(account),
  };
}

/** The 429 for a locked-out attempt, with its Retry-After header set. */
export function tooManyFailures(res: Response, seconds: number): AppError {
  res.setHeader('Retry-After', String(seconds));
  return new AppError('TOO_MANY_REQUESTS', `Too many failed attempts; try again in ${seconds} seconds`);
}
