/** Dashboard pages of webhooks: the endpoints, and one endpoint with its deliveries and every attempt. */
import escapeHtml from 'escape-html';
import { framed, when, type Frame } from './frame';

export interface EndpointRow {
  id: string;
  url: string;
  kind: string;
  format: string;
  status: string;
  disabledReason: string | null;
  failingSince: Date | null;
}

export function renderWebhooksPage(input: Frame & { endpoints: EndpointRow[] }): string {
  const rows = input.endpoints
    .map(
      (endpoint) =>
        `<tr><td><a href="/dashboard/webhooks/${escapeHtml(endpoint.id)}">${escapeHtml(endpoint.url)}</a></td><td>${escapeHtml(endpoint.kind)} · ${escapeHtml(endpoint.format)}</td><td><span class="status">${escapeHtml(endpoint.status)}</span>${endpoint.disabledReason ? ` ${escapeHtml(endpoint.disabledReason)}` : ''}</td><td>${when(endpoint.failingSince)}</td></tr>`,
    )
    .join('');
  return framed(
    input,
    '/dashboard/webhooks',
    'Webhooks',
    `<h1>Webhook endpoints</h1>
${
  rows
    ? `<table><thead><tr><th scope="col">URL</th><th scope="col">Kind · format</th><th scope="col">Status</th><th scope="col">Failing since</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No endpoints yet. Create one with <code>POST /api/v1/webhook-endpoints</code>.</p>'
}`,
  );
}

export interface DeliveryRow {
  id: string;
  eventType: string;
  eventId: string;
  status: string;
  series: number;
  nextAttemptAt: Date | null;
  attempts: { series: number; number: number; at: Date; httpStatus: number | null; durationMs: number; error: string | null }[];
}

export function renderEndpointPage(input: Frame & { endpoint: EndpointRow; deliveries: DeliveryRow[]; temporalUrl: string; notice?: string }): string {
  const { endpoint } = input;
  const deliveries = input.deliveries
    .map((delivery) => {
      const attempts = delivery.attempts
        .map((attempt) => `<li>${when(attempt.at)} · series ${attempt.series} #${attempt.number} · ${attempt.httpStatus ?? 'no answer'} · ${attempt.durationMs} ms${attempt.error ? ` · ${escapeHtml(attempt.error)}` : ''}</li>`)
        .join('');
      const retry =
        delivery.status === 'PENDING'
          ? delivery.nextAttemptAt
            ? `next attempt ${when(delivery.nextAttemptAt)}`
            : ''
          : `<form method="post" action="/dashboard/deliveries/${escapeHtml(delivery.id)}/retry"><input type="hidden" name="_csrf" value="${escapeHtml(input.csrfToken)}"><button class="quiet" type="submit">Send again</button></form>`;
      return `<tr><td>${escapeHtml(delivery.eventType)}<br><small>${escapeHtml(delivery.eventId)}</small></td><td><span class="status">${escapeHtml(delivery.status)}</span></td><td><ol>${attempts}</ol></td><td>${retry}</td></tr>`;
    })
    .join('');
  return framed(
    input,
    '/dashboard/webhooks',
    endpoint.url,
    `<h1>${escapeHtml(endpoint.url)} <span class="status">${escapeHtml(endpoint.status)}</span></h1>
${input.notice ? `<p class="alert" role="status">${escapeHtml(input.notice)}</p>` : ''}
<p>${escapeHtml(endpoint.kind)} · ${escapeHtml(endpoint.format)} format · <a href="${escapeHtml(input.temporalUrl)}">failing deliveries in the Temporal UI</a></p>
<h2>Deliveries</h2>
${
  deliveries
    ? `<table><thead><tr><th scope="col">Event</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col"></th></tr></thead><tbody>${deliveries}</tbody></table>`
    : '<p class="empty">Nothing delivered to this endpoint yet.</p>'
}`,
  );
}
