/**
 * The account's branding of the hosted pages: read by any key, changed by admin keys; the logo is its own resource
 * (multipart upload in the field `file`, like the hosted flow's photos) since it goes through the image intake.
 * A link's own logo is set the same way by any key that may change the link (like its other branding overrides).
 */
import { Router, type Request, type Response } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Account } from '@prisma/client';
import multer from 'multer';
import { z } from 'zod';
import { LOGO_LIMITS } from '../../../lib/branding/logo-intake';
import { AppError } from '../../../lib/errors';
import type { AppDeps } from '../../deps';
import type { AuditActor } from '../../../services/audit/record-audit-entry';
import { brandingFieldsOf } from '../../../services/branding/branding-columns';
import { logoUrlFor } from '../../../services/branding/page-branding';
import { removeAccountLogo, replaceAccountLogo } from '../../../services/branding/replace-account-logo';
import { removeLinkLogo, replaceLinkLogo } from '../../../services/branding/replace-link-logo';
import { updateAccountBranding } from '../../../services/branding/update-account-branding';
import { ZBranding, ZUpdateBrandingRequest } from '../../../services/schemas/branding';
import { errorResponses, jsonBody, parseInput } from '../../../services/schemas/common';
import { ZLink, ZLinkIdParams } from '../../../services/schemas/links';
import { principalOf, requireAdmin } from '../../middleware/auth';
import { parseMultipartUpload } from '../../middleware/multipart-upload';
import { linkView } from '../../presenters/link';

export function brandingRoutes({ db, config, documents }: Pick<AppDeps, 'db' | 'config' | 'documents'>): Router {
  const router = Router();
  const view = (account: Account) => brandingView(account, config.http.publicBaseUrl);

  router.get('/account/branding', async (_req, res) => {
    res.json(view(await db.account.findUniqueOrThrow({ where: { id: principalOf(res).accountId } })));
  });

  router.put('/account/branding', requireAdmin, async (req, res) => {
    const request = parseInput(ZUpdateBrandingRequest, req.body);
    res.json(view(await updateAccountBranding(db, apiActorOf(req, res), request)));
  });

  router.put('/account/branding/logo', requireAdmin, parseLogoUpload, async (req, res) => {
    if (!req.file) throw new AppError('VALIDATION_ERROR', 'Send the logo as multipart/form-data in the field file');
    res.json(view(await replaceAccountLogo({ db, documents }, apiActorOf(req, res), req.file.buffer)));
  });

  router.delete('/account/branding/logo', requireAdmin, async (req, res) => {
    res.json(view(await removeAccountLogo({ db, documents }, apiActorOf(req, res))));
  });

  router.put('/links/:id/branding/logo', parseLogoUpload, async (req, res) => {
    const { id } = parseInput(ZLinkIdParams, req.params, 'params');
    if (!req.file) throw new AppError('VALIDATION_ERROR', 'Send the logo as multipart/form-data in the field file');
    res.json(linkView(await replaceLinkLogo({ db, documents }, apiActorOf(req, res), id, req.file.buffer), config));
  });

  router.delete('/links/:id/branding/logo', async (req, res) => {
    const { id } = parseInput(ZLinkIdParams, req.params, 'params');
    res.json(linkView(await removeLinkLogo({ db, documents }, apiActorOf(req, res), id), config));
  });

  return router;
}

function brandingView(account: Account, publicBaseUrl: string): z.infer<typeof ZBranding> {
  return { ...brandingFieldsOf(account), logoUrl: logoUrlFor(account.brandLogoId, publicBaseUrl) };
}

/** The audit trail names the API key that made the change (its id in place of an operator's). */
function apiActorOf(req: Request, res: Response): AuditActor {
  const { accountId, apiKeyId } = principalOf(res);
  return { accountId, userId: apiKeyId, email: 'API key', ipAddress: req.ip ?? null };
}

const logoUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: LOGO_LIMITS.maxBytes, files: 1, fields: 0, parts: 1 } }).single('file');

const parseLogoUpload = parseMultipartUpload(logoUpload, {
  notMultipart: new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the logo as multipart/form-data in the field file'),
  tooLarge: `The logo is larger than ${LOGO_LIMITS.maxBytes / 1_000_000} MB`,
});

const ZLogoUpload = z
  .object({ file: z.string().meta({ format: 'binary', description: `JPEG, PNG or WebP (no SVG), at most ${LOGO_LIMITS.maxBytes / 1_000_000} MB, at least ${LOGO_LIMITS.minSide} px on its shortest side; re-encoded as PNG within ${LOGO_LIMITS.maxStoredSide}×${LOGO_LIMITS.maxStoredSide}` }) })
  .meta({ id: 'LogoUpload' });

export function describeBrandingRoutes(registry: OpenAPIRegistry): void {
  const branding = { 200: { description: "The account's branding", content: { 'application/json': { schema: ZBranding } } } };
  registry.registerPath({
    method: 'get',
    path: '/api/v1/account/branding',
    summary: "The account's branding of the hosted pages: business name, accent colour, support contact, privacy-policy URL, logo",
    tags: ['Account'],
    responses: { ...branding, ...errorResponses() },
  });
  registry.registerPath({
    method: 'put',
    path: '/api/v1/account/branding',
    summary: 'Replace the branding but the logo (admin keys only); a field left out or null is cleared. An accent colour under 4.5:1 against white is refused (422)',
    tags: ['Account'],
    request: { body: jsonBody(ZUpdateBrandingRequest) },
    responses: { ...branding, ...errorResponses(403) },
  });
  registry.registerPath({
    method: 'put',
    path: '/api/v1/account/branding/logo',
    summary: 'Upload the logo (admin keys only): the type is read from the bytes, the image decoded and re-encoded as PNG, served from this origin',
    tags: ['Account'],
    request: { body: { required: true, content: { 'multipart/form-data': { schema: ZLogoUpload } } } },
    responses: { ...branding, ...errorResponses(403) },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/account/branding/logo',
    summary: 'Remove the logo (admin keys only)',
    tags: ['Account'],
    responses: { ...branding, ...errorResponses(403) },
  });
  const link = { 200: { description: 'The link', content: { 'application/json': { schema: ZLink } } } };
  registry.registerPath({
    method: 'put',
    path: '/api/v1/links/{id}/branding/logo',
    summary: "Upload the link's own logo, shown on its pages and its sessions' over the account's; checked, re-encoded and served like the account's logo",
    tags: ['Links'],
    request: { params: ZLinkIdParams, body: { required: true, content: { 'multipart/form-data': { schema: ZLogoUpload } } } },
    responses: { ...link, ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/links/{id}/branding/logo',
    summary: "Remove the link's own logo: its pages show the account's again",
    tags: ['Links'],
    request: { params: ZLinkIdParams },
    responses: { ...link, ...errorResponses(404) },
  });
}
