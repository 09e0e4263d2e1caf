/**
 * Dashboard: the account's credits with the top-up form (admins only; the API's top-up path, once per form),
 * the whole ledger page by page and as a CSV file, and the outbox of messages kept because no provider is configured.
 */
import { audit } from './audit';
import { Router, type Request, type Response } from 'express';
import { creditBalanceOf } from '../../../lib/credits';
import { AppError } from '../../../lib/errors';
import type { AppDeps } from '../../deps';
import { topUpCredits } from '../../../services/accounts/top-up-credits';
import { updateDecisionPolicy } from '../../../services/accounts/update-decision-policy';
import { operatorOf, requireCsrf } from '../operator-session';
import { renderHomePage, renderLedgerPage, renderOutboxPage, type LedgerRow, type TopUpFormValues } from '../pages/account';
import type { FormState } from '../pages/form-parts';
import { pageOf, parseInput } from '../../../services/schemas/common';
import { ZTopUpRequest } from '../../../services/schemas/account';
import { workflowListUrl } from '../../temporal-ui';
import { may } from '../../../lib/operator-roles';
import { fieldErrorsOf, formKeyOf, formOf, newFormKey, refusalMessage, requestKeyFor, requireFormKey, textField } from './form-input';
import { PAGE_SIZE, operatorFrame } from './operator-frame';
import { sendCsv } from '../csv';

const HOME_LEDGER_ENTRIES = 10;
const LEDGER_ID = /^led_[0-9a-z]{29}$/;
const LEDGER_CSV_HEADER = ['id', 'at', 'type', 'amount', 'session_id', 'reason'];

const PLAIN_WORDS = {
  amount: 'Enter a whole number of credits from 1 to 10,000,000.',
  reason: 'Keep the reason under 200 characters.',
};

// The worker confirms a top-up within seconds; past the API's bound it is still queued, and the same form joins it.
const STILL_QUEUED = 'The worker has not confirmed the top-up yet; it is queued. Press “Add credits” again in a moment to see its result: the credits are not added twice.';

export function accountPages(deps: Pick<AppDeps, 'db' | 'config' | 'temporal' | 'dispatch'>): Router {
  const { db, config } = deps;
  const router = Router();

  /** The credits page; `topUp` when the top-up form came back refused. */
  async function sendHomePage(req: Request, res: Response, topUp?: FormState<TopUpFormValues>) {
    const frame = operatorFrame(res);
    const { account } = frame;
    const entries = await db.creditLedgerEntry.findMany({ where: { accountId: account.id }, orderBy: { id: 'desc' }, take: HOME_LEDGER_ENTRIES + 1 });
    const credits = creditBalanceOf(account);
    res.type('html').send(
      renderHomePage({
        ...frame,
        credits,
        ledger: entries.slice(0, HOME_LEDGER_ENTRIES).map(ledgerRow),
        moreLedger: entries.length > HOME_LEDGER_ENTRIES,
        temporalUrl: workflowListUrl(config, `AccountId = "${account.id}"`),
        notice: await topUpNotice(req, account.id, credits.balance),
        topUp: topUp ?? { values: { amount: '', reason: '' }, formKey: newFormKey() },
        autoDecisions: { autoApprove: account.autoApprove, autoDeny: account.autoDeny },
      }),
    );
  }

  async function topUpNotice(req: Request, accountId: string, balance: number): Promise<string | undefined> {
    if (req.query.saved === 'auto-decisions') return 'Automatic decisions saved: they apply to sessions decided from now on.';
    const { added } = req.query;
    if (typeof added !== 'string' || !LEDGER_ID.test(added)) return undefined;
    const entry = await db.creditLedgerEntry.findFirst({ where: { id: added, accountId, type: 'TOPUP' } });
    if (!entry) return undefined;
    return `Added ${entry.amount} credits${entry.reason ? ` (${entry.reason})` : ''}. The balance is now ${balance}.`;
  }

  router.get('/dashboard/credits', async (req, res) => {
    await sendHomePage(req, res);
  });

  router.post('/dashboard/top-up', requireCsrf, async (req, res) => {
    const form = formOf(req);
    const values = { amount: textField(form, 'amount'), reason: textField(form, 'reason') };
    const formKey = formKeyOf(form);
    try {
      const input = parseInput(ZTopUpRequest, {
        // Anything but a whole number goes to the schema as it was typed, and is refused there.
        amount: /^-?\d{1,9}$/.test(values.amount) ? Number(values.amount) : values.amount,
        ...(values.reason ? { reason: values.reason } : {}),
      });
      const { ledgerEntry } = await topUpCredits(deps, operatorOf(res).user.accountId, input, requestKeyFor(operatorOf(res).user.accountId, requireFormKey(formKey)));
      await audit(db, req, res, 'credits.topped_up', ledgerEntry.id, { amount: input.amount });
      res.redirect(303, `/dashboard/credits?added=${ledgerEntry.id}`);
    } catch (error) {
      if (!(error instanceof AppError) || (error.status >= 500 && error.code !== 'SERVICE_UNAVAILABLE')) throw error;
      res.status(error.status);
      // Nothing was added (or it is still queued under this key), so the same key goes back with the values.
      const message = error.code === 'SERVICE_UNAVAILABLE' ? STILL_QUEUED : refusalMessage(error);
      await sendHomePage(req, res, { values, formKey: formKey ?? newFormKey(), errors: fieldErrorsOf(error, PLAIN_WORDS), message });
    }
  });

  router.post('/dashboard/auto-decisions', requireCsrf, async (req, res) => {
    const form = formOf(req);
    // An unticked checkbox is not sent at all.
    const data = { autoApprove: textField(form, 'autoApprove') === 'on', autoDeny: textField(form, 'autoDeny') === 'on' };
    await updateDecisionPolicy(db, operatorOf(res).user.accountId, data);
    await audit(db, req, res, 'auto_decisions.changed', null, data);
    res.redirect(303, '/dashboard/credits?saved=auto-decisions');
  });

  router.get('/dashboard/ledger', async (req, res) => {
    const frame = operatorFrame(res);
    const cursor = typeof req.query.cursor === 'string' && LEDGER_ID.test(req.query.cursor) ? req.query.cursor : undefined;
    const rows = await db.creditLedgerEntry.findMany({
      where: { accountId: frame.accountId, ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: PAGE_SIZE + 1,
    });
    const { items, nextCursor } = pageOf(rows, PAGE_SIZE);
    res.type('html').send(renderLedgerPage({ ...frame, ledger: items.map(ledgerRow), nextPage: nextCursor ? `/dashboard/ledger?cursor=${nextCursor}` : null }));
  });

  router.get('/dashboard/credits.csv', async (_req, res) => {
    const { accountId } = operatorFrame(res);
    await sendCsv(
      res,
      'credit-ledger.csv',
      LEDGER_CSV_HEADER,
      (before, take) => db.creditLedgerEntry.findMany({ where: { accountId, ...(before ? { id: { lt: before } } : {}) }, orderBy: { id: 'desc' }, take }),
      (entry) => [entry.id, entry.createdAt.toISOString(), entry.type, String(entry.amount), entry.sessionId ?? '', entry.reason ?? ''],
    );
  });

  router.get('/dashboard/outbox', async (_req, res) => {
    const frame = operatorFrame(res);
    // Operators' invitation and reset links sign in to the dashboard: only admins see them (and only without a provider).
    const operatorEmails = may(frame.role, 'team') ? {} : { sessionId: { not: null } };
    const messages = await db.message.findMany({ where: { accountId: frame.accountId, status: 'OUTBOX', ...operatorEmails }, orderBy: { id: 'desc' }, take: 100 });
    res.type('html').send(renderOutboxPage({ ...frame, messages: messages.map((message) => ({ ...message, to: message.recipient })) }));
  });

  return router;
}

function ledgerRow(entry: { type: string; amount: number; sessionId: string | null; reason: string | null; createdAt: Date }): LedgerRow {
  return { type: entry.type, amount: entry.amount, sessionId: entry.sessionId, reason: entry.reason, at: entry.createdAt };
}
