/**
 * The first open of a handoff code on a phone: marks it used in one conditional statement, so of two phones racing
 * only one gets the session, and answers with the session's token for `/v/{token}`. A used or expired code says so,
 * so the page can tell the person what happened; an unknown code is the caller's to throttle.
 */
import { requireKeyring } from '../../lib/config';
import { handoffCodeHash } from '../../lib/handoff-codes';
import { sessionTokenFor } from '../../lib/session-tokens';
import type { ServiceDeps } from '../deps';

/** `language`: the desktop page's, so the phone continues in it (null when the code is unknown). */
export type HandoffRedemption =
  | { ok: true; token: string; language: string }
  | { ok: false; reason: 'NOT_FOUND'; language: null }
  | { ok: false; reason: 'USED' | 'EXPIRED'; language: string };

export async function redeemHandoff({ db, config }: Pick<ServiceDeps, 'db' | 'config'>, code: string, now = new Date()): Promise<HandoffRedemption> {
  const keyring = requireKeyring(config);
  const codeHash = handoffCodeHash(keyring, code);
  const { count } = await db.handoff.updateMany({ where: { codeHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  const handoff = await db.handoff.findUnique({ where: { codeHash } });
  if (!handoff) return { ok: false, reason: 'NOT_FOUND', language: null };
  if (count === 0) return { ok: false, reason: handoff.usedAt ? 'USED' : 'EXPIRED', language: handoff.language };
  return { ok: true, token: sessionTokenFor(keyring, handoff.sessionId), language: handoff.language };
}
