/**
 * SMS through Twilio's Messages API (2010-04-01), called directly: one form-encoded POST, no SDK. Twilio's errors
 * are JSON `{ code, message, status, more_info }`.
 */
import { failureOutcome, jsonBodyOf, networkFailureOutcome, SEND_TIMEOUT_MS, type SendOutcome, type SmsSender } from './providers';

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  /** The sending number (E.164) or alphanumeric sender id. */
  from: string;
  baseUrl?: string;
}

export function createTwilioSender({ accountSid, authToken, from, baseUrl = 'https://api.twilio.com' }: TwilioOptions): SmsSender {
  const endpoint = `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`, 'utf8').toString('base64')}`;
  return {
    provider: 'twilio',
    async send(message): Promise<SendOutcome> {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            authorization,
            // URLSearchParams percent-encodes UTF-8, which is what Twilio decodes: Cyrillic and Lithuanian arrive intact.
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
            accept: 'application/json',
            'idempotency-key': message.idempotencyKey,
            'i-twilio-idempotency-token': message.idempotencyKey,
          },
          body: new URLSearchParams({ To: message.to, From: from, Body: message.text }).toString(),
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
        const answer = (await jsonBodyOf(response)) as { sid?: unknown; message?: unknown } | null;
        if (response.ok) return { kind: 'sent', providerMessageId: typeof answer?.sid === 'string' ? answer.sid : null };
        const reason = typeof answer?.message === 'string' ? answer.message : `HTTP ${response.status}`;
        return failureOutcome(response.status, reason, response.headers.get('retry-after'));
      } catch (error) {
        return networkFailureOutcome(error);
      }
    },
  };
}
