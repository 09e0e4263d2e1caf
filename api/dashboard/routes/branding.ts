/**
 * Dashboard: the account's branding page (everyone reads, admins change) — the form goes through the API's schema
 * and operation, the logo through the same intake and store as `PUT /api/v1/account/branding/logo`; all audited.
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { LOGO_LIMITS } from '../../../lib/branding/logo-intake';
import { AppError } from '../../../lib/errors';
import type { AppDeps } from '../../deps';
import { pageBrandingOf } from '../../../services/branding/page-branding';
import { removeAccountLogo, replaceAccountLogo } from '../../../services/branding/replace-account-logo';
import { updateAccountBranding } from '../../../services/branding/update-account-branding';
import { ZUpdateBrandingRequest } from '../../../services/schemas/branding';
import { parseInput } from '../../../services/schemas/common';
import { requireCsrf } from '../operator-session';
import { renderBrandingPage, type BrandingFormValues } from '../pages/branding';
import type { FormState } from '../pages/form-parts';
import { may } from '../../../lib/operator-roles';
import { auditActorOf } from './audit';
import { fieldErrorsOf, formOf, refusalMessage, textField } from './form-input';
import { operatorFrame } from './operator-frame';

const NOTICES: Record<string, string> = {
  saved: 'Branding saved: pages opened from now on show it.',
  'logo-uploaded': 'Logo uploaded.',
  'logo-removed': 'Logo removed.',
};

const BRANDING_FIELD_NAMES = ['businessName', 'accentColor', 'supportContact', 'privacyPolicyUrl'] as const;

export function brandingPages({ db, documents }: Pick<AppDeps, 'db' | 'documents'>): Router {
  const router = Router();
  const logoUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: LOGO_LIMITS.maxBytes, files: 1, fields: 2, parts: 3 } }).single('file');

  function sendPage(req: Request, res: Response, options: { form?: FormState<BrandingFormValues>; logoError?: string } = {}) {
    const frame = operatorFrame(res);
    const { account } = frame;
    const saved: BrandingFormValues = {
      businessName: account.brandName ?? '',
      accentColor: account.brandAccentColor ?? '',
      supportContact: account.brandSupportContact ?? '',
      privacyPolicyUrl: account.brandPrivacyPolicyUrl ?? '',
    };
    const notice = typeof req.query.notice === 'string' ? NOTICES[req.query.notice] : undefined;
    res.type('html').send(
      renderBrandingPage({
        ...frame,
        branding: pageBrandingOf(account, null),
        form: may(frame.role, 'branding') ? (options.form ?? { values: saved, formKey: '' }) : null,
        logoError: options.logoError,
        notice,
      }),
    );
  }

  router.get('/dashboard/branding', (req, res) => {
    sendPage(req, res);
  });

  router.post('/dashboard/branding', requireCsrf, async (req, res) => {
    const form = formOf(req);
    const values = Object.fromEntries(BRANDING_FIELD_NAMES.map((name) => [name, textField(form, name).trim()])) as unknown as BrandingFormValues;
    try {
      // An empty field clears the setting, as null does in the API.
      const request = parseInput(ZUpdateBrandingRequest, Object.fromEntries(BRANDING_FIELD_NAMES.map((name) => [name, values[name] === '' ? null : values[name]])));
      await updateAccountBranding(db, auditActorOf(req, res), request);
      res.redirect(303, '/dashboard/branding?notice=saved');
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      sendPage(req, res, { form: { values, formKey: '', errors: fieldErrorsOf(error), message: refusalMessage(error) } });
    }
  });

  router.post('/dashboard/branding/logo', parseLogoForm, requireCsrf, async (req, res) => {
    try {
      if (!req.file) throw new AppError('VALIDATION_ERROR', 'Choose an image file to upload.');
      await replaceAccountLogo({ db, documents }, auditActorOf(req, res), req.file.buffer);
      res.redirect(303, '/dashboard/branding?notice=logo-uploaded');
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      sendPage(req, res, { logoError: error.message });
    }
  });

  router.post('/dashboard/branding/logo/remove', requireCsrf, async (req, res) => {
    await removeAccountLogo({ db, documents }, auditActorOf(req, res));
    res.redirect(303, '/dashboard/branding?notice=logo-removed');
  });

  /** Multipart forms reach the CSRF check only once parsed; a file past the cap is said on the page, not as a crash. */
  function parseLogoForm(req: Request, res: Response, next: NextFunction): void {
    if (!req.is('multipart/form-data')) {
      res.status(415).type('text').send('The logo form is sent as multipart/form-data.');
      return;
    }
    logoUpload(req, res, (error?: unknown) => {
      if (!error) return next();
      req.resume();
      res.setHeader('Connection', 'close');
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
        // The CSRF token may be among the fields not read: the page is shown again, nothing was changed.
        res.status(422);
        sendPage(req, res, { logoError: `The logo is larger than ${LOGO_LIMITS.maxBytes / 1_000_000} MB.` });
        return;
      }
      res.status(400).type('text').send('The upload is malformed; choose the file again.');
    });
  }

  return router;
}
