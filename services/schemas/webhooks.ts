import { z } from 'zod';
import { EVENT_TYPES } from '../../lib/events';
import { ZListQuery } from './common';

export const ZCreateWebhookEndpointRequest = z
  .object({
    url: z.string().min(1).max(2048),
    events: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).optional().meta({ description: 'Event types to receive; all when omitted' }),
    format: z.enum(['standard', 'idenfy']).default('standard'),
    description: z.string().max(500).optional(),
  })
  .strict()
  .meta({ id: 'CreateWebhookEndpointRequest' });

export const ZUpdateWebhookEndpointRequest = z
  .object({
    url: z.string().min(1).max(2048).optional(),
    events: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).optional(),
    format: z.enum(['standard', 'idenfy']).optional(),
    description: z.string().max(500).nullable().optional(),
    status: z.literal('ENABLED').optional().meta({ description: 'Re-enable a disabled endpoint' }),
  })
  .strict()
  .meta({ id: 'UpdateWebhookEndpointRequest' });

export const ZWebhookEndpoint = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string()).meta({ description: 'Empty: every event type' }),
    format: z.enum(['standard', 'idenfy']),
    description: z.string().nullable(),
    kind: z.enum(['ENDPOINT', 'CALLBACK']).meta({ description: 'CALLBACK: the callbackUrl of links and sessions' }),
    status: z.enum(['ENABLED', 'DISABLED']),
    disabledReason: z.string().nullable(),
    failingSince: z.iso.datetime().nullable(),
    secret: z.string().optional().meta({ description: 'whsec_…; only when created or rotated' }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookEndpoint' });

export const ZRotatedWebhookEndpoint = ZWebhookEndpoint.extend({
  secret: z.string().meta({ description: 'The new whsec_… secret, shown only here' }),
  previousSecretExpiresAt: z.iso.datetime().nullable().meta({ description: 'Until then the previous secret signs alongside' }),
}).meta({ id: 'RotatedWebhookEndpoint' });

export const ZTestEventResponse = z.object({ eventId: z.string(), deliveryId: z.string() }).meta({ id: 'TestEventResponse' });
export const ZRetryResponse = z.object({ deliveryId: z.string(), series: z.number().int() }).meta({ id: 'RetryResponse' });
export const ZRecoverResponse = z
  .object({ recovered: z.number().int(), deliveryIds: z.array(z.string()) })
  .meta({ id: 'RecoverResponse' });

export const ZDelivery = z
  .object({
    id: z.string(),
    eventId: z.string().meta({ description: 'Also the webhook-id header of every attempt' }),
    eventType: z.string(),
    endpointId: z.string(),
    status: z.enum(['PENDING', 'DELIVERED', 'FAILED']),
    series: z.number().int(),
    attempts: z.array(
      z.object({
        series: z.number().int(),
        number: z.number().int(),
        at: z.iso.datetime(),
        httpStatus: z.number().int().nullable(),
        durationMs: z.number().int(),
        error: z.string().nullable(),
        responseSnippet: z.string().nullable(),
      }),
    ),
    nextAttemptAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Delivery' });

export const ZDeliveryListQuery = ZListQuery.extend({ status: z.enum(['PENDING', 'DELIVERED', 'FAILED']).optional() });
export const ZRecoverRequest = z.object({ since: z.iso.datetime({ offset: true }) }).strict().meta({ id: 'RecoverRequest' });
export const ZIdParams = z.object({ id: z.string().min(1).max(64) });

export const ZEvent = z
  .object({
    id: z.string(),
    type: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    sequence: z.number().int(),
    createdAt: z.iso.datetime(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Event' });

export const ZEventListQuery = ZListQuery.extend({ type: z.enum(EVENT_TYPES).optional(), entityId: z.string().min(1).max(64).optional() });
