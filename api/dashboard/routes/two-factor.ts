/**
 * The operator's own two-factor sign-in (/dashboard/me/two-factor): set up with a QR code and a confirming code,
 * recovery codes shown once, new recovery codes and turning it off (each needs a code), and, for admins, the
 * account's requirement of it. Codes are throttled and wrong ones recorded (code-attempts.ts).
 */
import { Router, type Request, type Response } from 'express';
import { requireKeyring } from '../../../lib/config';
import { AppError } from '../../../lib/errors';
import { openTotpSecret } from '../../../lib/two-factor/sealed-secret';
import { totpUri } from '../../../lib/two-factor/totp';
import { totpQrCodeDataUrl } from '../../../lib/two-factor/totp-qr-code';
import { confirmTwoFactorSetup } from '../../../services/two-factor/confirm-two-factor-setup';
import { disableTwoFactor } from '../../../services/two-factor/disable-two-factor';
import { regenerateRecoveryCodes } from '../../../services/two-factor/regenerate-recovery-codes';
import { setTwoFactorRequirement } from '../../../services/two-factor/set-two-factor-requirement';
import { startTwoFactorSetup } from '../../../services/two-factor/start-two-factor-setup';
import { twoFactorStateOf } from '../../../services/two-factor/two-factor-state';
import { verifySecondFactor } from '../../../services/two-factor/verify-second-factor';
import type { AppDeps } from '../../deps';
import type { CodeAttempts, CodeCheck } from '../code-attempts';
import { operatorOf, requireCsrf } from '../operator-session';
import { renderRecoveryCodesPage, renderTwoFactorPage, type TwoFactorPage, type TwoFactorView } from '../pages/two-factor';
import { requireAdminOperator } from './admin-only';
import { audit, auditActorOf } from './audit';
import { formOf, textField } from './form-input';
import { operatorFrame } from './operator-frame';

const PATH = '/dashboard/me/two-factor';
/** What authenticator apps show above the code. */
const ISSUER = 'Magic Link';

const NOTICES: Record<string, string> = {
  disabled: 'Two-factor sign-in is off.',
  requirement_on: 'Every operator of this account now needs two-factor sign-in.',
  requirement_off: 'Two-factor sign-in is now up to each operator.',
};

type CodeForm = NonNullable<TwoFactorPage['refused']>['form'];

export function twoFactorPages({ db, config }: Pick<AppDeps, 'db' | 'config'>, attempts: CodeAttempts): Router {
  const router = Router();

  async function sendPage(req: Request, res: Response, refused?: { form: CodeForm; message: string }) {
    const frame = operatorFrame(res);
    const { user } = operatorOf(res);
    const state = await twoFactorStateOf(db, user.id);
    let view: TwoFactorView;
    if (state.status === 'PENDING') {
      const secret = openTotpSecret(requireKeyring(config), user.id, state.secretCiphertext);
      view = { status: 'PENDING', secret, qrCode: await totpQrCodeDataUrl(totpUri(secret, user.email, ISSUER)) };
    } else {
      view = state;
    }
    const notice = typeof req.query.done === 'string' ? NOTICES[req.query.done] : undefined;
    res.type('html').send(renderTwoFactorPage({ ...frame, view, required: frame.account.requireTwoFactor, isAdmin: frame.isAdmin, notice, refused }));
  }

  /**
   * Runs `check` on the posted code, throttled: true when it passed. Otherwise the page has been sent again with the
   * form's error (422), or 429 while locked out.
   */
  async function codeChecked(req: Request, res: Response, form: CodeForm, check: CodeCheck, verify: (code: string) => Promise<boolean>): Promise<boolean> {
    const actor = auditActorOf(req, res);
    const wait = attempts.retryAfterSeconds(actor);
    if (wait > 0) {
      res.status(429).setHeader('Retry-After', String(wait));
      await sendPage(req, res, { form, message: `Too many wrong codes. Try again in ${Math.ceil(wait / 60)} min.` });
      return false;
    }
    const code = textField(formOf(req), 'code').slice(0, 40);
    if (code && (await verify(code))) {
      attempts.succeeded(actor);
      return true;
    }
    await attempts.refused(actor, check);
    res.status(422);
    await sendPage(req, res, { form, message: code ? 'That code is not right, or was used already.' : 'Enter a code.' });
    return false;
  }

  router.get(PATH, async (req, res) => {
    await sendPage(req, res);
  });

  router.post(`${PATH}/setup`, requireCsrf, async (_req, res) => {
    await startTwoFactorSetup(db, requireKeyring(config), operatorOf(res).user.id);
    res.redirect(303, PATH);
  });

  router.post(`${PATH}/confirm`, requireCsrf, async (req, res) => {
    const { user } = operatorOf(res);
    let codes: string[] | null = null;
    try {
      const passed = await codeChecked(req, res, 'confirm', 'confirm_setup', async (code) => {
        codes = await confirmTwoFactorSetup(db, requireKeyring(config), user.id, code);
        return codes !== null;
      });
      if (!passed) return;
    } catch (error) {
      if (error instanceof AppError && error.code === 'INVALID_STATE') return res.redirect(303, PATH);
      throw error;
    }
    await audit(db, req, res, 'two_factor.enabled', user.id);
    res.type('html').send(renderRecoveryCodesPage({ ...operatorFrame(res), heading: 'Two-factor sign-in is on', codes: codes! }));
  });

  router.post(`${PATH}/recovery-codes`, requireCsrf, async (req, res) => {
    const { user } = operatorOf(res);
    if (!(await codeChecked(req, res, 'regenerate', 'regenerate_recovery_codes', (code) => secondFactorPassed(req, res, code)))) return;
    const codes = await regenerateRecoveryCodes(db, user.id);
    await audit(db, req, res, 'two_factor.recovery_codes_regenerated', user.id);
    res.type('html').send(renderRecoveryCodesPage({ ...operatorFrame(res), heading: 'New recovery codes', codes }));
  });

  router.post(`${PATH}/disable`, requireCsrf, async (req, res) => {
    const { user } = operatorOf(res);
    if (!(await codeChecked(req, res, 'disable', 'disable', (code) => secondFactorPassed(req, res, code)))) return;
    await disableTwoFactor(db, user.id);
    await audit(db, req, res, 'two_factor.disabled', user.id);
    res.redirect(303, `${PATH}?done=disabled`);
  });

  /** A code from the app or a recovery code of the signed-in operator; a recovery code used here is recorded too. */
  async function secondFactorPassed(req: Request, res: Response, code: string): Promise<boolean> {
    const { user } = operatorOf(res);
    const factor = await verifySecondFactor(db, requireKeyring(config), user.id, code);
    if (factor?.method === 'RECOVERY_CODE') await audit(db, req, res, 'two_factor.recovery_code_used', user.id, { recoveryCodesLeft: factor.recoveryCodesLeft });
    return factor !== null;
  }

  router.post('/dashboard/two-factor-requirement', requireCsrf, requireAdminOperator, async (req, res) => {
    const { user } = operatorOf(res);
    // An unticked checkbox is not sent at all.
    const required = textField(formOf(req), 'required') === 'on';
    await setTwoFactorRequirement(db, user.accountId, required);
    await audit(db, req, res, 'two_factor.requirement_changed', user.accountId, { required });
    res.redirect(303, `${PATH}?done=${required ? 'requirement_on' : 'requirement_off'}`);
  });

  return router;
}
