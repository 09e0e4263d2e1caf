/**
 * The first open of a handoff code on a phone: marks it used in one conditional statement, so of two phones racing
 * only one gets the session, and answers with the session's token for `/v/{token}`. A used or expired code says so,
 * so the page can tell the person what happened; an unknown code is the caller's to throttle.
 */
import { requireKeyring } from '../../lib/config';
import { handoffCodeHash } from '../../lib/handoff-codes';
import { sessionTokenFor } from '../../lib/session-tokens';
import type { ServiceDeps } from '../deps';

export type HandoffRedemption = { ok: true; token: string; language: string } | { ok: false; reason: 'NOT_FOUND' | 'USED' | 'EXPIRED' };

export async function redeemHandoff({ db, config }: Pick<ServiceDeps, 'db' | 'config'>, code: string, now = new Date()): Promise<HandoffRedemption> {
  const keyring = requireKeyring(config);
  const codeHash = handoffCodeHash(keyring, code);
  const { count } = await db.handoff.updateMany({ where: { codeHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  const handoff = await db.handoff.findUnique({ where: { codeHash } });
  if (!handoff) return { ok: false, reason: 'NOT_FOUND' };
  if (count === 0) return { ok: false, reason: handoff.usedAt ? 'USED' : 'EXPIRED' };
  return { ok: true, token: sessionTokenFor(keyring, handoff.sessionId), language: handoff.language };
}
