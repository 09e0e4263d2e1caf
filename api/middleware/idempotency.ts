/**
 * `Idempotency-Key` for POSTs that create: the same key with the same body within 24 h replays the first response;
 * the same key with a different body is `409 IDEMPOTENCY_KEY_REUSED`; a request still running under the key is
 * `409 IDEMPOTENCY_KEY_IN_USE`. Responses of 5xx are not stored, so the client can retry them.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Prisma } from '@prisma/client';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { sha256Hex } from '../../lib/secrets';
import { principalOf } from './auth';

export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface CreatedResponse {
  status: number;
  body: unknown;
  /** What a replay returns, when it must differ from `body` (a secret shown once is never stored). */
  replayBody?: unknown;
}

export type CreateHandler = (req: Request, res: Response, requestKey: string) => Promise<CreatedResponse>;

/**
 * Wraps a creating handler. The handler gets a `requestKey` (the 29-character body of an id: creation time and
 * randomness) that is stable across retries of one idempotent request and random when no key is sent; ids of what
 * the request creates, and workflow ids, derive from it so retries converge.
 */
export function idempotentCreate(db: Database, handler: CreateHandler): RequestHandler {
  return async (req, res) => {
    const key = req.get('Idempotency-Key');
    if (key === undefined) {
      send(res, await handler(req, res, newId('idempotencyKey').slice(4)));
      return;
    }
    if (!KEY_PATTERN.test(key)) {
      throw new AppError('VALIDATION_ERROR', 'The Idempotency-Key header is invalid', [
        { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
      ]);
    }
    const { accountId } = principalOf(res);
    const path = req.baseUrl + req.path;
    const requestHash = sha256Hex(stableStringify({ method: req.method, path, body: (req.body as unknown) ?? null }));
    const claim = await claimKey(db, { accountId, key, method: req.method, path, requestHash });
    if (claim.kind === 'replay') {
      res.setHeader('Idempotent-Replayed', 'true');
      send(res, claim.response);
      return;
    }
    // The claim's id survives retries after a 5xx and is new after the 24 h window: workflows keyed by it converge.
    const requestKey = claim.id.slice(claim.id.indexOf('_') + 1);
    let response: CreatedResponse;
    try {
      response = await handler(req, res, requestKey);
    } catch (error) {
      if (error instanceof AppError && error.status < 500) {
        await complete(db, claim.id, { status: error.status, body: error.toBody() });
      } else {
        await db.idempotencyKey.update({ where: { id: claim.id }, data: { state: 'FAILED' } });
      }
      throw error;
    }
    await complete(db, claim.id, response);
    send(res, response);
  };
}

type Claim = { kind: 'new'; id: string } | { kind: 'replay'; response: CreatedResponse };

async function claimKey(
  db: Database,
  request: { accountId: string; key: string; method: string; path: string; requestHash: string },
): Promise<Claim> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const id = newId('idempotencyKey');
    const now = new Date();
    const { count } = await db.idempotencyKey.createMany({
      data: [{ id, ...request, expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS) }],
      skipDuplicates: true,
    });
    if (count === 1) return { kind: 'new', id };
    const existing = await db.idempotencyKey.findUnique({
      where: { accountId_key: { accountId: request.accountId, key: request.key } },
    });
    if (!existing) continue;
    if (existing.expiresAt <= now) {
      await db.idempotencyKey.deleteMany({ where: { id: existing.id, expiresAt: { lte: now } } });
      continue;
    }
    if (existing.requestHash !== request.requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request');
    }
    if (existing.state === 'FAILED') {
      const { count: reclaimed } = await db.idempotencyKey.updateMany({ where: { id: existing.id, state: 'FAILED' }, data: { state: 'IN_PROGRESS' } });
      if (reclaimed === 1) return { kind: 'new', id: existing.id };
      continue;
    }
    if (existing.state === 'IN_PROGRESS' || existing.responseStatus === null) {
      throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed; retry shortly');
    }
    return { kind: 'replay', response: { status: existing.responseStatus, body: existing.responseBody } };
  }
  throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed; retry shortly');
}

async function complete(db: Database, id: string, response: CreatedResponse): Promise<void> {
  await db.idempotencyKey.update({
    where: { id },
    data: { state: 'COMPLETED', responseStatus: response.status, responseBody: (response.replayBody ?? response.body) as Prisma.InputJsonValue },
  });
}

function send(res: Response, response: CreatedResponse): void {
  res.status(response.status).json(response.body);
}

/** JSON with object keys sorted, so the same body in another key order is still the same request. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
