/** The account, its credits and ledger, and admin top-ups (run as a workflow so the ledger is written by activities). */
import { Router } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Account } from '@prisma/client';
import { creditBalanceOf } from '../../../lib/credits';
import type { AppDeps } from '../../deps';
import { topUpCredits } from '../../../services/accounts/top-up-credits';
import { updateDecisionPolicy } from '../../../services/accounts/update-decision-policy';
import { principalOf, requireAdmin } from '../../middleware/auth';
import { idempotentCreate } from '../../middleware/idempotency';
import { ZAccount, ZLedgerEntry, ZTopUpRequest, ZTopUpResponse, ZUpdateAccountRequest } from '../../../services/schemas/account';
import { ZListQuery, errorResponses, jsonBody, listResponse, pageOf, parseInput } from '../../../services/schemas/common';

export function accountRoutes({ db, temporal, config, dispatch }: Pick<AppDeps, 'db' | 'temporal' | 'config' | 'dispatch'>): Router {
  const router = Router();

  router.get('/account', async (_req, res) => {
    res.json(accountView(await db.account.findUniqueOrThrow({ where: { id: principalOf(res).accountId } })));
  });

  router.patch('/account', requireAdmin, async (req, res) => {
    const { verification } = parseInput(ZUpdateAccountRequest, req.body);
    res.json(accountView(await updateDecisionPolicy(db, principalOf(res).accountId, verification)));
  });

  router.post(
    '/account/credits',
    requireAdmin,
    idempotentCreate(db, async (req, res, requestKey) => {
      const { credits, ledgerEntry } = await topUpCredits({ db, temporal, config, dispatch }, principalOf(res).accountId, parseInput(ZTopUpRequest, req.body), requestKey);
      return { status: 200, body: { credits, ledgerEntry: ledgerEntryView(ledgerEntry) } };
    }),
  );

  router.get('/account/ledger', async (req, res) => {
    const { limit, cursor } = parseInput(ZListQuery, req.query, 'query');
    const rows = await db.creditLedgerEntry.findMany({
      where: { accountId: principalOf(res).accountId, ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const { items, nextCursor } = pageOf(rows, limit);
    res.json({ data: items.map(ledgerEntryView), nextCursor });
  });

  return router;
}

function accountView(account: Account) {
  return {
    id: account.id,
    name: account.name,
    credits: creditBalanceOf(account),
    verification: { autoApprove: account.autoApprove, autoDeny: account.autoDeny },
  };
}

function ledgerEntryView(entry: { id: string; type: string; amount: number; sessionId: string | null; reason: string | null; createdAt: Date }) {
  return { id: entry.id, type: entry.type, amount: entry.amount, sessionId: entry.sessionId, reason: entry.reason, at: entry.createdAt.toISOString() };
}

export function describeAccountRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/account',
    summary: 'The account of the API key, with its credit balance',
    tags: ['Account'],
    responses: { 200: { description: 'The account', content: { 'application/json': { schema: ZAccount } } }, ...errorResponses() },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/account',
    summary: "Switch the verification engine's automatic approvals and denials on or off (admin keys only)",
    tags: ['Account'],
    request: { body: jsonBody(ZUpdateAccountRequest) },
    responses: { 200: { description: 'The account', content: { 'application/json': { schema: ZAccount } } }, ...errorResponses(400, 401, 403, 413, 422) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/account/credits',
    summary: 'Add credits (admin keys only); honours Idempotency-Key',
    tags: ['Account'],
    request: { body: jsonBody(ZTopUpRequest) },
    responses: {
      200: { description: 'The new balance and the ledger entry', content: { 'application/json': { schema: ZTopUpResponse } } },
      ...errorResponses(403, 409, 503),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/account/ledger',
    summary: 'Every change to the credits, newest first',
    tags: ['Account'],
    request: { query: ZListQuery },
    responses: {
      200: { description: 'A page of ledger entries', content: { 'application/json': { schema: listResponse(ZLedgerEntry, 'LedgerPage') } } },
      ...errorResponses(),
    },
  });
}
