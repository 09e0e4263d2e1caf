/**
 * Dashboard: API keys — the list for every operator; create (the secret shown once, in the response itself) and
 * revoke after a confirmation for admin operators only. Both go through the operations the API uses.
 */
import { audit } from './audit';
import { Router, type Request, type Response } from 'express';
import type { ApiKey } from '@prisma/client';
import { AppError } from '../../../lib/errors';
import { createApiKey } from '../../../services/api-keys/create-api-key';
import { revokeApiKey } from '../../../services/api-keys/revoke-api-key';
import type { AppDeps } from '../../deps';
import { operatorOf, requireCsrf } from '../operator-session';
import { renderApiKeyCreatedPage, renderApiKeysPage, renderRevokeApiKeyPage, type ApiKeyFormValues } from '../pages/api-keys';
import type { FormState } from '../pages/form-parts';
import { pageOf, parseInput } from '../../../services/schemas/common';
import { ZCreateApiKeyRequest } from '../../../services/schemas/api-keys';
import { fieldErrorsOf, formKeyOf, formOf, newFormKey, refusalMessage, requestKeyFor, requireFormKey, textField } from './form-input';
import { PAGE_SIZE, operatorFrame } from './operator-frame';

const PLAIN_WORDS = {
  name: 'Give the key a name of up to 100 characters.',
  role: 'Choose Standard or Admin.',
};

export function apiKeyPages({ db }: Pick<AppDeps, 'db'>): Router {
  const router = Router();

  async function keyOfOperator(res: Response, rawId: string): Promise<ApiKey | null> {
    if (!/^key_[0-9a-z]{29}$/.test(rawId)) return null;
    return db.apiKey.findFirst({ where: { id: rawId, accountId: operatorOf(res).user.accountId } });
  }

  /** The list page; `form` and `alert` when a create or revoke came back refused. */
  async function sendKeysPage(req: Request, res: Response, refused: { form?: FormState<ApiKeyFormValues>; alert?: string } = {}) {
    const frame = operatorFrame(res);
    const cursor = typeof req.query.cursor === 'string' && /^key_[0-9a-z]{29}$/.test(req.query.cursor) ? req.query.cursor : undefined;
    const rows = await db.apiKey.findMany({ where: { accountId: frame.accountId, ...(cursor ? { id: { lt: cursor } } : {}) }, orderBy: { id: 'desc' }, take: PAGE_SIZE + 1 });
    const { items, nextCursor } = pageOf(rows, PAGE_SIZE);
    res.type('html').send(
      renderApiKeysPage({
        ...frame,
        keys: items,
        nextPage: nextCursor ? `/dashboard/api-keys?cursor=${nextCursor}` : null,
        notice: await noticeOf(req, frame.accountId),
        alert: refused.alert,
        form: refused.form ?? { values: { name: '', role: 'STANDARD' }, formKey: newFormKey() },
      }),
    );
  }

  async function noticeOf(req: Request, accountId: string): Promise<string | undefined> {
    const { notice, key: keyId } = req.query;
    if (typeof keyId !== 'string' || !/^key_[0-9a-z]{29}$/.test(keyId)) return undefined;
    const key = await db.apiKey.findFirst({ where: { id: keyId, accountId } });
    if (!key) return undefined;
    if (notice === 'revoked') return `Revoked “${key.name}”: calls made with it are refused from now on.`;
    if (notice === 'already-created') {
      return `“${key.name}” was created by an earlier submission of the same form; its secret was shown then. If you did not copy it, revoke the key and create another.`;
    }
    return undefined;
  }

  router.get('/dashboard/api-keys', async (req, res) => {
    await sendKeysPage(req, res);
  });

  router.post('/dashboard/api-keys', requireCsrf, async (req, res) => {
    const form = formOf(req);
    const values = { name: textField(form, 'name'), role: textField(form, 'role') };
    const formKey = formKeyOf(form);
    try {
      const input = parseInput(ZCreateApiKeyRequest, { name: values.name, ...(values.role ? { role: values.role } : {}) });
      const creation = await createApiKey(db, operatorOf(res).user.accountId, input, requestKeyFor(operatorOf(res).user.accountId, requireFormKey(formKey)));
      if (creation.kind === 'existing') return res.redirect(303, `/dashboard/api-keys?notice=already-created&key=${creation.key.id}`);
      await audit(db, req, res, 'api_key.created', creation.key.id, { name: creation.key.name, role: creation.key.role });
      // The secret goes in this response only: the database keeps its hash.
      res.status(201).type('html').send(renderApiKeyCreatedPage({ ...operatorFrame(res), key: creation.key, secret: creation.secret }));
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      // Nothing was created, so the same key goes back: the corrected form still creates one key at most.
      await sendKeysPage(req, res, { form: { values, formKey: formKey ?? newFormKey(), errors: fieldErrorsOf(error, PLAIN_WORDS), message: refusalMessage(error) } });
    }
  });

  router.get('/dashboard/api-keys/:id/revoke', async (req: Request<{ id: string }>, res: Response) => {
    const key = await keyOfOperator(res, req.params.id);
    if (!key) return res.status(404).type('text').send('No such API key in this account.');
    if (key.revokedAt) return res.redirect(303, `/dashboard/api-keys?notice=revoked&key=${key.id}`);
    res.type('html').send(renderRevokeApiKeyPage({ ...operatorFrame(res), key }));
  });

  router.post('/dashboard/api-keys/:id/revoke', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const key = await keyOfOperator(res, req.params.id);
    if (!key) return res.status(404).type('text').send('No such API key in this account.');
    try {
      await revokeApiKey(db, key.accountId, key.id);
      await audit(db, req, res, 'api_key.revoked', key.id);
      res.redirect(303, `/dashboard/api-keys?notice=revoked&key=${key.id}`);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      await sendKeysPage(req, res, { alert: error.message });
    }
  });

  return router;
}
