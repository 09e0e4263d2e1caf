/** Dashboard: the account's credits and ledger, and the outbox of messages kept because no provider is configured. */
import { Router } from 'express';
import { creditBalanceOf } from '../../../lib/credits';
import type { AppDeps } from '../../app';
import { renderHomePage, renderOutboxPage } from '../../pages/dashboard/account';
import { workflowListUrl } from '../../temporal-ui';
import { operatorFrame } from './operator-frame';

export function accountPages({ db, config }: Pick<AppDeps, 'db' | 'config'>): Router {
  const router = Router();

  router.get('/dashboard', async (_req, res) => {
    const frame = await operatorFrame(db, res);
    const account = await db.account.findUniqueOrThrow({ where: { id: frame.accountId } });
    const ledger = await db.creditLedgerEntry.findMany({ where: { accountId: account.id }, orderBy: { id: 'desc' }, take: 10 });
    res.type('html').send(
      renderHomePage({
        ...frame,
        credits: creditBalanceOf(account),
        ledger: ledger.map((entry) => ({ type: entry.type, amount: entry.amount, sessionId: entry.sessionId, at: entry.createdAt })),
        temporalUrl: workflowListUrl(config, `AccountId = "${account.id}"`),
      }),
    );
  });

  router.get('/dashboard/outbox', async (_req, res) => {
    const frame = await operatorFrame(db, res);
    const messages = await db.message.findMany({ where: { accountId: frame.accountId, status: 'OUTBOX' }, orderBy: { id: 'desc' }, take: 100 });
    res.type('html').send(renderOutboxPage({ ...frame, messages: messages.map((message) => ({ ...message, to: message.recipient })) }));
  });

  return router;
}
