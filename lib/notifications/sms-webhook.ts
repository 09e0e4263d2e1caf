/**
 * SMS through the operator's own gateway: a JSON POST `{ to, text, idempotencyKey }` to a configured URL, signed
 * with `X-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the secret's UTF-8 bytes>` when a secret
 * is configured. A 2xx answer may name the gateway's message id as JSON `{ "id": … }`.
 */
import { createHmac } from 'node:crypto';
import { failureOutcome, jsonBodyOf, networkFailureOutcome, SEND_TIMEOUT_MS, type SendOutcome, type SmsSender } from './providers';

export function createWebhookSmsSender(options: { url: string; secret?: string }): SmsSender {
  return {
    provider: 'webhook',
    async send(message): Promise<SendOutcome> {
      const body = JSON.stringify({ to: message.to, text: message.text, idempotencyKey: message.idempotencyKey });
      const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': message.idempotencyKey };
      if (options.secret) headers['x-signature'] = `sha256=${createHmac('sha256', options.secret).update(body).digest('hex')}`;
      try {
        // Not followed: a redirect would replay the POST as a GET elsewhere. A 3xx means a wrong URL, so it is final.
        const response = await fetch(options.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
        const answer = (await jsonBodyOf(response)) as { id?: unknown } | null;
        if (response.ok) return { kind: 'sent', providerMessageId: idOf(answer?.id) };
        // The gateway's own explanation, if it sent JSON, kept short.
        const reason = answer === null ? `HTTP ${response.status}` : `HTTP ${response.status}: ${JSON.stringify(answer).slice(0, 200)}`;
        return failureOutcome(response.status, reason, response.headers.get('retry-after'));
      } catch (error) {
        return networkFailureOutcome(error);
      }
    },
  };
}

function idOf(id: unknown): string | null {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
