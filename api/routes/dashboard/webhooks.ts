/** Dashboard: webhook endpoints and their deliveries with every attempt; "send again" starts a new series. */
import { Router, type Request, type Response } from 'express';
import type { WebhookEndpoint } from '@prisma/client';
import { startDelivery } from '../../../lib/webhooks/dispatch';
import type { AppDeps } from '../../app';
import { operatorOf, requireCsrf } from '../../middleware/operator-session';
import { renderEndpointPage, renderWebhooksPage } from '../../pages/dashboard/webhooks';
import { workflowListUrl } from '../../temporal-ui';
import { operatorFrame } from './operator-frame';

export function webhookPages({ db, config, temporal }: Pick<AppDeps, 'db' | 'config' | 'temporal'>): Router {
  const router = Router();

  router.get('/dashboard/webhooks', async (_req, res) => {
    const frame = await operatorFrame(db, res);
    const endpoints = await db.webhookEndpoint.findMany({ where: { accountId: frame.accountId, deletedAt: null }, orderBy: { id: 'desc' } });
    res.type('html').send(renderWebhooksPage({ ...frame, endpoints: endpoints.map(endpointRow) }));
  });

  router.get('/dashboard/webhooks/:id', async (req, res) => {
    const frame = await operatorFrame(db, res);
    const endpoint = await db.webhookEndpoint.findFirst({ where: { id: req.params.id, accountId: frame.accountId, deletedAt: null } });
    if (!endpoint) return res.status(404).type('text').send('No such endpoint in this account.');
    const deliveries = await db.delivery.findMany({
      where: { endpointId: endpoint.id },
      include: { attempts: { orderBy: [{ series: 'asc' }, { number: 'asc' }] }, event: { select: { type: true } } },
      orderBy: { id: 'desc' },
      take: 50,
    });
    res.type('html').send(
      renderEndpointPage({
        ...frame,
        endpoint: endpointRow(endpoint),
        deliveries: deliveries.map((delivery) => ({ ...delivery, eventType: delivery.event.type })),
        temporalUrl: workflowListUrl(config, `EndpointId = "${endpoint.id}" AND DeliveryStatus = "RETRYING"`),
        notice: req.query.retried === '1' ? 'Sent again: a new series of attempts with the same webhook-id.' : undefined,
      }),
    );
  });

  router.post('/dashboard/deliveries/:id/retry', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const delivery = await db.delivery.findFirst({ where: { id: req.params.id, endpoint: { accountId: operatorOf(res).user.accountId } } });
    if (!delivery) return res.status(404).type('text').send('No such delivery in this account.');
    if (delivery.status !== 'PENDING') {
      await startDelivery({ db, temporal, taskQueue: config.temporal.taskQueue, webhooks: config.webhooks }, delivery.eventId, delivery.endpointId, delivery.series + 1);
    }
    res.redirect(303, `/dashboard/webhooks/${delivery.endpointId}?retried=1`);
  });

  return router;
}

function endpointRow(endpoint: WebhookEndpoint) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    kind: endpoint.callbackUrl ? 'CALLBACK' : 'ENDPOINT',
    format: endpoint.format === 'IDENFY' ? 'idenfy' : 'standard',
    status: endpoint.status,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince,
  };
}
