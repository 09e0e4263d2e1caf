/** HTTP Basic auth with `keyId:secret` of an API key (iDenfy-style). Secrets are compared by SHA-256 hash. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Database } from '../../lib/db';
import type { Logger } from '../../lib/logger';
import { AppError } from '../../lib/errors';
import { equalHashes, sha256Hex } from '../../lib/secrets';
import { unstorableReason } from '../../lib/storable-text';
import { tooManyFailures, type AuthThrottle } from '../auth-throttle';

export interface Principal {
  accountId: string;
  apiKeyId: string;
  role: 'ADMIN' | 'STANDARD';
}

/** lastUsedAt is informational: refreshing it at most once a minute keeps auth to one read per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

function parseBasic(header: string | undefined): { keyId: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { keyId: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

function unauthorized(res: Response): AppError {
  res.setHeader('WWW-Authenticate', 'Basic realm="magic-link", charset="UTF-8"');
  return new AppError('UNAUTHORIZED', 'Provide an API key as HTTP Basic credentials (key id as user, secret as password)');
}

/**
 * Checks the Basic credentials; wrong ones count against the key id and the client address (`throttle`), and once
 * either is locked out every attempt answers 429 with Retry-After, right or wrong, until the lockout expires.
 */
export function requireApiKey(db: Database, { throttle, logger }: { throttle: AuthThrottle; logger: Logger }): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const credentials = parseBasic(req.headers.authorization);
    // A key id PostgreSQL cannot even compare (a NUL in the decoded header) is simply not a key.
    if (!credentials || credentials.keyId.length > 64 || unstorableReason(credentials.keyId)) throw unauthorized(res);
    const attempt = { account: credentials.keyId, address: req.ip ?? '' };
    const wait = throttle.retryAfterSeconds(attempt);
    if (wait > 0) throw tooManyFailures(res, wait);
    // Only what the check uses: Prisma's cost grows with the columns it maps, and this runs on every request.
    const key = await db.apiKey.findUnique({
      where: { id: credentials.keyId },
      select: { id: true, accountId: true, role: true, secretHash: true, revokedAt: true, lastUsedAt: true },
    });
    if (!key || key.revokedAt || !equalHashes(key.secretHash, sha256Hex(credentials.secret))) {
      const lockedOut = throttle.fail(attempt);
      if (lockedOut.length > 0) {
        logger.warn({ keyId: attempt.account, remoteAddress: attempt.address, lockedOut, seconds: throttle.retryAfterSeconds(attempt) }, 'API key authentication locked out after repeated failures');
      }
      throw unauthorized(res);
    }
    throttle.succeed(attempt);
    const now = new Date();
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
    }
    res.locals.principal = { accountId: key.accountId, apiKeyId: key.id, role: key.role } satisfies Principal;
    next();
  };
}

export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new AppError('UNAUTHORIZED', 'Not authenticated');
  return principal;
}

export const requireAdmin: RequestHandler = (_req, res, next) => {
  if (principalOf(res).role !== 'ADMIN') throw new AppError('FORBIDDEN', 'This operation needs an admin API key');
  next();
};
