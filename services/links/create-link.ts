/**
 * Creates a reusable link (the API and the dashboard alike): starts its magicLinkWorkflow and waits
 * (update-with-start) until the workflow has recorded it.
 */
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Link } from '@prisma/client';
import { idFromRequestKey, newSlug } from '../../lib/ids';
import { SEARCH_ATTRIBUTES, WORKFLOW_TYPES, awaitCreationUpdate, workflowIds, type LinkSettings, type MagicLinkInput } from '../../workflows/definitions';
import { requireAllowedWebhookUrl } from '../allowed-webhook-url';
import { brandingColumnsOf, brandingFieldsOf } from '../branding/branding-columns';
import type { ServiceDeps } from '../deps';
import type { TCreateLinkRequest } from '../schemas/links';
import { waitForWorker } from '../temporal-wait';

/**
 * Creates the link whose id derives from `requestKey`: the same key always gives the same link, whether its
 * workflow is still running (joined through USE_EXISTING) or has already ended (its row is returned).
 */
export async function createLink({ db, temporal, config }: ServiceDeps, accountId: string, request: TCreateLinkRequest, requestKey: string): Promise<Link> {
  const linkId = idFromRequestKey('link', requestKey);
  const existing = await db.link.findFirst({ where: { id: linkId, accountId } });
  if (existing) return existing;
  if (request.callbackUrl) await requireAllowedWebhookUrl(config, request.callbackUrl, 'callbackUrl');
  const settings: LinkSettings = {
    linkId,
    accountId,
    slug: newSlug(),
    name: request.name,
    flow: request.flow,
    usageType: request.usage.type,
    maxUses: request.usage.type === 'SINGLE' ? 1 : request.usage.type === 'MULTI' ? request.usage.maxUses : null,
    expiresAt: request.expiresAt ? new Date(request.expiresAt).toISOString() : null,
    language: request.language ?? null,
    successUrl: request.successUrl ?? null,
    errorUrl: request.errorUrl ?? null,
    callbackUrl: request.callbackUrl ?? null,
    allowedCountries: request.allowedCountries ?? [],
    allowedDocumentTypes: request.allowedDocumentTypes ?? [],
    minimumAge: request.minimumAge ?? null,
    autoApprove: request.autoApprove ?? null,
    ...(request.branding ? { branding: brandingFieldsOf(brandingColumnsOf(request.branding)) } : {}),
  };
  const input: MagicLinkInput = {
    linkId,
    accountId,
    usageType: settings.usageType,
    maxUses: settings.maxUses,
    expiresAt: settings.expiresAt,
    continueAsNewAfter: config.links.continueAsNewAfter,
    settings,
  };
  const usage = settings.maxUses === null ? 'unlimited' : `${settings.maxUses} use${settings.maxUses === 1 ? '' : 's'}`;
  const startWorkflowOperation = new WithStartWorkflowOperation(WORKFLOW_TYPES.magicLink, {
    workflowId: workflowIds.magicLink(linkId),
    taskQueue: config.temporal.taskQueue,
    args: [input],
    // A retried request (same request key, so same link id) joins the workflow the first one started.
    workflowIdConflictPolicy: 'USE_EXISTING',
    typedSearchAttributes: [
      { key: SEARCH_ATTRIBUTES.AccountId, value: accountId },
      { key: SEARCH_ATTRIBUTES.LinkId, value: linkId },
      { key: SEARCH_ATTRIBUTES.LinkStatus, value: 'ACTIVE' },
    ],
    staticSummary: `Link "${settings.name}" — ${settings.flow}, ${usage}${settings.expiresAt ? `, expires ${settings.expiresAt}` : ''}`,
  });
  await waitForWorker(temporal.workflow.executeUpdateWithStart(awaitCreationUpdate, { startWorkflowOperation }), 'link creation');
  return db.link.findUniqueOrThrow({ where: { id: linkId } });
}
