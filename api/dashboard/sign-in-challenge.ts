/**
 * The step between a right password and a signed-in session for an operator with two-factor sign-in: a random token
 * in its own HttpOnly, SameSite=Strict cookie, scoped to the sign-in pages and good for five minutes, stored only as
 * its hash. It grants nothing but the right to enter a code; a right code consumes it and signs in.
 */
import type { Request, Response } from 'express';
import type { DashboardUser, SignInChallenge } from '@prisma/client';
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';
import { newSecret, sha256Hex } from '../../lib/secrets';

const CHALLENGE_COOKIE = 'mld_sign_in';
const CHALLENGE_PATH = '/dashboard/login';
const CHALLENGE_SECONDS = 300;

export async function startSignInChallenge(db: Database, res: Response, userId: string, next: string, secure: boolean): Promise<void> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + CHALLENGE_SECONDS * 1000);
  // One pending sign-in per operator: a new password entry replaces an older one.
  await db.$transaction([
    db.signInChallenge.deleteMany({ where: { userId } }),
    db.signInChallenge.create({ data: { id: newId('signInChallenge'), userId, tokenHash: sha256Hex(token), next, expiresAt } }),
  ]);
  res.cookie(CHALLENGE_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: CHALLENGE_PATH, expires: expiresAt });
}

/** The request's pending sign-in, while it is good; an expired one is removed. */
export async function pendingSignInOf(db: Database, req: Request): Promise<(SignInChallenge & { user: DashboardUser }) | null> {
  const token = (req.cookies as Record<string, string | undefined> | undefined)?.[CHALLENGE_COOKIE];
  if (!token || token.length > 100) return null;
  const challenge = await db.signInChallenge.findUnique({ where: { tokenHash: sha256Hex(token) }, include: { user: true } });
  if (!challenge) return null;
  if (challenge.expiresAt.getTime() <= Date.now()) {
    await db.signInChallenge.deleteMany({ where: { id: challenge.id } });
    return null;
  }
  return challenge;
}

/** Ends a pending sign-in; false when another request ended it first (the same code posted twice signs in once). */
export async function endSignInChallenge(db: Database, res: Response, challengeId: string): Promise<boolean> {
  res.clearCookie(CHALLENGE_COOKIE, { path: CHALLENGE_PATH });
  return (await db.signInChallenge.deleteMany({ where: { id: challengeId } })).count === 1;
}
