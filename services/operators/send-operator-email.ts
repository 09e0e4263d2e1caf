/**
 * The dashboard's own emails to operators (a team invitation, a password-reset link), through the same senders as
 * the session messages; without an email provider they are kept in the outbox, visible to the account's admins only.
 * One attempt, no retries: a temporary failure is recorded as FAILED, and sending again (a new invitation, a new
 * reset request) is the retry. An invitation is sent while the admin waits and its page says how it went; a reset
 * request is answered before the work (api/dashboard/routes/passwords.ts), so its page never tells.
 */
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';
import { renderEmailDocument } from '../../lib/notifications/email-document';
import { senderDisplayName, type EmailSender } from '../../lib/notifications/providers';

export type OperatorEmailKind = 'TEAM_INVITATION' | 'PASSWORD_RESET';

export interface OperatorEmail {
  accountId: string;
  /** The account's name: the sender's display name. */
  accountName: string;
  to: string;
  kind: OperatorEmailKind;
  subject: string;
  lines: string[];
  url: string;
  button: string;
  /** Also the provider's idempotency key: one per invitation or reset. */
  idempotencyKey: string;
}

export interface OperatorEmailDeps {
  db: Database;
  email: EmailSender | null;
  emailFrom: string;
}

export async function sendOperatorEmail(deps: OperatorEmailDeps, message: OperatorEmail): Promise<'SENT' | 'OUTBOX' | 'FAILED'> {
  const text = [...message.lines, '', `${message.button}: ${message.url}`].join('\n');
  const html = renderEmailDocument({
    language: 'en',
    subject: message.subject,
    blocks: [{ kind: 'paragraph', lines: message.lines }, { kind: 'link' }],
    url: message.url,
    button: message.button,
    copyLink: 'Or open this address in your browser:',
  });
  const outcome = deps.email
    ? await deps.email.send({
        from: `${senderDisplayName(message.accountName)} <${deps.emailFrom}>`,
        to: message.to,
        cc: [],
        subject: message.subject,
        html,
        text,
        idempotencyKey: message.idempotencyKey,
      })
    : null;
  const status = outcome === null ? 'OUTBOX' : outcome.kind === 'sent' ? 'SENT' : 'FAILED';
  await deps.db.message.create({
    data: {
      id: newId('message'),
      accountId: message.accountId,
      sessionId: null,
      channel: 'EMAIL',
      kind: message.kind,
      sendNumber: 1,
      recipient: message.to,
      cc: [],
      subject: message.subject,
      text,
      html,
      status,
      provider: deps.email?.provider ?? 'outbox',
      providerMessageId: outcome?.kind === 'sent' ? outcome.providerMessageId : null,
      error: outcome && outcome.kind !== 'sent' ? outcome.reason : null,
      idempotencyKey: message.idempotencyKey,
    },
  });
  return status;
}
