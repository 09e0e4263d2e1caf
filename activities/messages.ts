/**
 * Sending a session's link by email or SMS: one activity run per attempt of one send. The send's number makes the
 * idempotency key (`<session id>:<n>`), used by the provider and by the Message row, so a retry never sends or
 * records twice. Without a configured provider the message goes to the outbox — stored, listed, never "sent".
 */
import { pageBrandingOf } from '../services/branding/page-branding';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Prisma } from '@prisma/client';
import type { Database } from '../lib/db';
import { newId } from '../lib/ids';
import { senderDisplayName, type EmailSender, type SendOutcome, type SmsSender } from '../lib/notifications/providers';
import { fitSms } from '../lib/notifications/sms-text';
import { renderEmail, renderSms } from '../lib/notifications/templates';
import { sessionTokenFor } from '../lib/session-tokens';
import type { Keyring } from '../lib/keyring';
import type { Dispatcher } from '../services/events/dispatch-events';
import { emitEvents } from '../services/events/emit-event';
import type { MessageChannel, MessageKind } from '../workflows/definitions';

/** After this many attempts of one send, a provider still failing temporarily counts as a failure. */
const MAX_ATTEMPTS = 12;
/** An SMS may take up to this many segments; the text around the link is shortened, never the link. */
const MAX_SMS_SEGMENTS = 3;

export interface MessageActivityDeps {
  db: Database;
  dispatch: Dispatcher;
  keyring: Keyring;
  publicBaseUrl: string;
  emailFrom: string;
  email: EmailSender | null;
  sms: SmsSender | null;
}

interface Rendered {
  /** The account's name: the email's sender name. */
  senderName: string;
  recipient: string;
  cc: string[];
  subject: string | null;
  text: string;
  html: string | null;
}

export function createMessageActivities(deps: MessageActivityDeps) {
  const { db } = deps;

  async function record(
    input: { sessionId: string; channel: MessageChannel; kind: MessageKind; sendNumber: number; idempotencyKey: string },
    rendered: Partial<Rendered>,
    result: { status: 'SENT' | 'OUTBOX' | 'FAILED'; provider: string; providerMessageId?: string | null; error?: string | null },
  ): Promise<void> {
    const at = new Date();
    const session = await db.session.findUniqueOrThrow({ where: { id: input.sessionId } });
    await emitEvents(deps, async (tx, emit) => {
      const { count } = await tx.message.createMany({
        data: [
          {
            id: newId('message', at),
            accountId: session.accountId,
            sessionId: session.id,
            channel: input.channel === 'email' ? 'EMAIL' : 'SMS',
            kind: input.kind,
            sendNumber: input.sendNumber,
            recipient: rendered.recipient ?? null,
            cc: rendered.cc ?? [],
            subject: rendered.subject ?? null,
            text: rendered.text ?? null,
            html: rendered.html ?? null,
            status: result.status,
            provider: result.provider,
            providerMessageId: result.providerMessageId ?? null,
            error: result.error ?? null,
            idempotencyKey: input.idempotencyKey,
            createdAt: at,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 0) return;
      const data: Prisma.InputJsonObject = {
        sessionId: session.id,
        clientId: session.clientId,
        channel: input.channel,
        kind: input.kind,
        sendNumber: input.sendNumber,
        status: result.status,
        provider: result.provider,
        error: result.error ?? null,
      };
      await emit({
        accountId: session.accountId,
        entityType: 'SESSION',
        entityId: session.id,
        type: result.status === 'FAILED' ? 'session.message_failed' : 'session.message_sent',
        data,
        occurredAt: at,
        key: `message:${input.sendNumber}`,
      });
    });
  }

  async function render(sessionId: string, channel: MessageChannel, kind: MessageKind): Promise<Rendered | { missing: string }> {
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId }, include: { account: true, link: true } });
    const recipient = channel === 'email' ? session.email : session.phone;
    if (!recipient) return { missing: channel === 'email' ? 'The session has no email address' : 'The session has no phone number' };
    // Without a stored language the browser decides the pages, but a message has no browser: English.
    const language = session.language ?? 'en';
    const override = await db.messageTemplate.findUnique({
      where: { accountId_channel_kind_language: { accountId: session.accountId, channel: channel === 'email' ? 'EMAIL' : 'SMS', kind, language } },
    });
    const sessionUrl = `${deps.publicBaseUrl}/v/${sessionTokenFor(deps.keyring, session.id)}`;
    // The business name of the branding (the link's, then the account's) where one is set, as on the pages.
    const common = { kind, language, sessionUrl, clientName: pageBrandingOf(session.account, session.link).controller, expiresAt: session.expiresAt };
    if (channel === 'sms') {
      const text = fitSms(renderSms({ ...common, override: override?.body }), sessionUrl, MAX_SMS_SEGMENTS);
      return { senderName: session.account.name, recipient, cc: [], subject: null, text, html: null };
    }
    const email = renderEmail({ ...common, overrides: override ? { subject: override.subject ?? undefined, body: override.body } : undefined });
    return { senderName: session.account.name, recipient, cc: session.emailCc, subject: email.subject, text: email.text, html: email.html };
  }

  return {
    async sendSessionMessage(input: { sessionId: string; channel: MessageChannel; kind: MessageKind; sendNumber: number }): Promise<void> {
      const idempotencyKey = `${input.sessionId}:${input.sendNumber}`;
      const keyed = { ...input, idempotencyKey };
      if (await db.message.findUnique({ where: { idempotencyKey }, select: { id: true } })) return;
      const rendered = await render(input.sessionId, input.channel, input.kind);
      if ('missing' in rendered) return record(keyed, {}, { status: 'FAILED', provider: 'none', error: rendered.missing });

      const sender = input.channel === 'email' ? deps.email : deps.sms;
      if (!sender) return record(keyed, rendered, { status: 'OUTBOX', provider: 'outbox' });
      const outcome: SendOutcome =
        input.channel === 'email'
          ? await deps.email!.send({
              from: `${senderDisplayName(rendered.senderName)} <${deps.emailFrom}>`,
              to: rendered.recipient,
              cc: rendered.cc,
              subject: rendered.subject ?? '',
              html: rendered.html ?? '',
              text: rendered.text,
              idempotencyKey,
            })
          : await deps.sms!.send({ to: rendered.recipient, text: rendered.text, idempotencyKey });
      if (outcome.kind === 'sent') return record(keyed, rendered, { status: 'SENT', provider: sender.provider, providerMessageId: outcome.providerMessageId });
      if (outcome.kind === 'rejected') return record(keyed, rendered, { status: 'FAILED', provider: sender.provider, error: outcome.reason });
      if (Context.current().info.attempt >= MAX_ATTEMPTS) {
        return record(keyed, rendered, { status: 'FAILED', provider: sender.provider, error: `Gave up after ${MAX_ATTEMPTS} attempts: ${outcome.reason}` });
      }
      throw ApplicationFailure.create({
        type: 'MESSAGE_PROVIDER_UNAVAILABLE',
        message: outcome.reason,
        ...(outcome.retryAfterSeconds !== null ? { nextRetryDelay: outcome.retryAfterSeconds * 1000 } : {}),
      });
    },
  };
}
