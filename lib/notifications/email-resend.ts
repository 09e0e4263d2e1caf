/**
 * Email through Resend's official SDK. The SDK answers `{ data, error, headers }` instead of throwing for HTTP
 * errors; `error.statusCode` is null when no answer came (and absent when an error body lacks it).
 */
import { Resend } from 'resend';
import { failureOutcome, networkFailureOutcome, SEND_TIMEOUT_MS, type EmailSender, type SendOutcome } from './providers';

const MAX_CC = 8;

// A 409 that only means "the attempt with this key is still running": the next attempt gets its result.
const STILL_IN_PROGRESS = 'concurrent_idempotent_requests';

export function createResendSender(options: { apiKey: string; baseUrl?: string }): EmailSender {
  const resend = new Resend(options.apiKey, { baseUrl: options.baseUrl });
  return {
    provider: 'resend',
    async send(message): Promise<SendOutcome> {
      if (message.cc.length > MAX_CC) throw new Error(`an email may have at most ${MAX_CC} cc recipients, not ${message.cc.length}`);
      try {
        const { data, error, headers } = await resend.emails.send(
          {
            from: message.from,
            to: message.to,
            ...(message.cc.length > 0 && { cc: message.cc }),
            subject: message.subject,
            html: message.html,
            text: message.text,
          },
          { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
        );
        if (!error) return { kind: 'sent', providerMessageId: data.id };
        const reason = `${error.name}: ${error.message}`;
        if (error.name === STILL_IN_PROGRESS) return { kind: 'retry', reason, retryAfterSeconds: null };
        return failureOutcome(error.statusCode, reason, headers?.['retry-after']);
      } catch (error) {
        // The SDK rethrows an abort (our timeout) that lands while it reads an error body.
        return networkFailureOutcome(error);
      }
    },
  };
}
