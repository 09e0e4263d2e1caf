/**
 * In depth, behind the API's validation: an activity proxied with unlimited attempts whose failure retrying cannot
 * fix (data the database refuses) ends its workflow with a recorded, non-retryable INVALID_DATA failure — on the
 * real worker, against the real PostgreSQL — instead of retrying forever.
 */
import { WorkflowFailedError } from '@temporalio/client';
import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { newId, newSlug } from '../../lib/ids';
import { WORKFLOW_TYPES, workflowIds, type CreditTopUpInput, type MagicLinkInput } from '../../workflows/definitions';
import { INVALID_DATA } from '../../lib/unfixable-errors';
import { TEST_TASK_QUEUE } from '../setup/shared';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi();
  account = await createTestAccount(api.db, 2_147_483_000);
});
afterAll(async () => {
  await api.close();
});

/** The workflow's failure: the activity's, itself the non-retryable ApplicationFailure the worker made of it. */
async function failureOf(result: Promise<unknown>): Promise<{ activityType?: string; type?: string | null; nonRetryable?: boolean | null; message?: string }> {
  const error = await result.then(
    () => null,
    (failed: unknown) => failed,
  );
  expect(error).toBeInstanceOf(WorkflowFailedError);
  const activity = (error as WorkflowFailedError).cause;
  expect(activity).toBeInstanceOf(ActivityFailure);
  const application = (activity as ActivityFailure).cause;
  expect(application).toBeInstanceOf(ApplicationFailure);
  const { type, nonRetryable, message } = application as ApplicationFailure;
  return { activityType: (activity as ActivityFailure).activityType, type, nonRetryable, message };
}

test('a top-up that would overflow the int balance fails once, finally, and changes nothing', async () => {
  const input: CreditTopUpInput = { accountId: account.accountId, ledgerEntryId: newId('ledgerEntry'), amount: 10_000, reason: null };
  const handle = await api.temporal.workflow.start(WORKFLOW_TYPES.creditTopUp, {
    workflowId: workflowIds.creditTopUp(account.accountId, 'overflow'),
    taskQueue: TEST_TASK_QUEUE,
    args: [input],
  });
  expect(await failureOf(handle.result())).toEqual({
    activityType: 'recordTopUp',
    type: INVALID_DATA,
    nonRetryable: true,
    message: 'Not retried: the database refused the data (SQLSTATE 22003)',
  });
  expect(await api.db.creditLedgerEntry.count({ where: { id: input.ledgerEntryId } })).toBe(0);
  expect((await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } })).creditBalance).toBe(2_147_483_000);
});

test('a link whose name holds a NUL byte ends its workflow with the reason, naming the field but not the value', async () => {
  const linkId = newId('link');
  const input: MagicLinkInput = {
    linkId,
    accountId: account.accountId,
    usageType: 'SINGLE',
    maxUses: 1,
    expiresAt: null,
    continueAsNewAfter: 500,
    settings: {
      linkId,
      accountId: account.accountId,
      slug: newSlug(),
      name: 'secret\u0000name',
      flow: 'SELFIE',
      usageType: 'SINGLE',
      maxUses: 1,
      expiresAt: null,
      language: 'en',
      successUrl: null,
      errorUrl: null,
      callbackUrl: null,
    },
  };
  const handle = await api.temporal.workflow.start(WORKFLOW_TYPES.magicLink, { workflowId: workflowIds.magicLink(linkId), taskQueue: TEST_TASK_QUEUE, args: [input] });
  const failure = await failureOf(handle.result());
  expect(failure).toEqual({ activityType: 'recordLinkCreated', type: INVALID_DATA, nonRetryable: true, message: expect.stringMatching(/^Not retried: /) });
  expect(failure.message).not.toContain('secret');
  const history = await handle.fetchHistory();
  expect(history.events?.filter((event) => event.activityTaskFailedEventAttributes)).toHaveLength(1);
});
