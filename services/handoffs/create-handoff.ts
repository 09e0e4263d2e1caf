/**
 * A new handoff code for a session being captured on a desktop. The session's unused codes go (only the code on
 * screen opens it); used ones stay, so the desktop can tell that a phone took over.
 */
import type { Handoff, Session } from '@prisma/client';
import { requireKeyring } from '../../lib/config';
import { handoffCodeHash, newHandoffCode } from '../../lib/handoff-codes';
import { newId } from '../../lib/ids';
import type { ServiceDeps } from '../deps';

/** Long enough to find the phone and scan; short enough that a code seen over a shoulder soon opens nothing. */
export const HANDOFF_LIFETIME_MS = 10 * 60_000;

export async function createHandoff(
  { db, config }: Pick<ServiceDeps, 'db' | 'config'>,
  session: Session,
  language: string,
  now = new Date(),
): Promise<{ handoff: Handoff; code: string }> {
  const code = newHandoffCode();
  const [, handoff] = await db.$transaction([
    db.handoff.deleteMany({ where: { sessionId: session.id, usedAt: null } }),
    db.handoff.create({
      data: {
        id: newId('handoff', now),
        sessionId: session.id,
        codeHash: handoffCodeHash(requireKeyring(config), code),
        language,
        expiresAt: new Date(now.getTime() + HANDOFF_LIFETIME_MS),
      },
    }),
  ]);
  return { handoff, code };
}
