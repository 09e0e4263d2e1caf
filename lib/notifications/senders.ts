/** The configured email and SMS senders; null where no provider is configured (messages then go to the outbox). */
import type { NotificationSettings } from '../config';
import { createResendSender } from './email-resend';
import type { EmailSender, SmsSender } from './providers';
import { createTwilioSender } from './sms-twilio';
import { createWebhookSmsSender } from './sms-webhook';

export function sendersFor(settings: NotificationSettings): { email: EmailSender | null; sms: SmsSender | null } {
  const email = settings.resend ? createResendSender(settings.resend) : null;
  const sms =
    settings.sms?.provider === 'twilio'
      ? createTwilioSender(settings.sms)
      : settings.sms?.provider === 'webhook'
        ? createWebhookSmsSender(settings.sms)
        : null;
  return { email, sms };
}
