/** A session as the API returns it and the dashboard shows it: one view for both apps. */
import type { DocumentReading, Session } from '@prisma/client';
import { requireKeyring } from '../../lib/config';
import { sessionTokenFor } from '../../lib/session-tokens';
import { sessionStatusOf, verificationOf } from '../../lib/sessions';
import { workflowIds } from '../../workflows/definitions';
import type { AppDeps } from '../deps';
import { workflowUrl } from '../temporal-ui';

/** The person's link to the hosted page; its token derives from the session id (lib/session-tokens.ts). */
export function hostedPageUrl(sessionId: string, config: AppDeps['config']): string {
  return `${config.http.publicBaseUrl}/v/${sessionTokenFor(requireKeyring(config), sessionId)}`;
}

export function sessionView(session: Session, config: AppDeps['config'], latestReading?: DocumentReading) {
  return {
    id: session.id,
    clientId: session.clientId,
    linkId: session.linkId,
    status: sessionStatusOf(session),
    final: session.final,
    decision: session.decision,
    flow: session.flow,
    documents: session.documents,
    documentType: session.documentType,
    language: session.language,
    country: session.country,
    externalRef: session.externalRef,
    supplied: {
      firstName: session.firstName,
      lastName: session.lastName,
      dateOfBirth: session.dateOfBirth,
      documentNumber: session.documentNumber,
      personalNumber: session.personalNumber,
      nationality: session.nationality,
      sex: session.sex,
      dateOfIssue: session.dateOfIssue,
      dateOfExpiry: session.dateOfExpiry,
      email: session.email,
      phone: session.phone,
    },
    data: (session.extractedData ?? null) as Record<string, unknown> | null,
    verification: latestReading ? verificationOf(latestReading) : null,
    attempts: session.attempts,
    maxAttempts: session.maxAttempts,
    expiryTime: session.expiryTime,
    sessionLength: session.sessionLength,
    successUrl: session.successUrl,
    errorUrl: session.errorUrl,
    unverifiedUrl: session.unverifiedUrl,
    callbackUrl: session.callbackUrl,
    expiresAt: session.expiresAt.toISOString(),
    createdAt: session.createdAt.toISOString(),
    startedAt: session.startedAt?.toISOString() ?? null,
    submittedAt: session.submittedAt?.toISOString() ?? null,
    finishedAt: session.finishedAt?.toISOString() ?? null,
    dataDeletedAt: session.dataDeletedAt?.toISOString() ?? null,
    temporalUrl: workflowUrl(config, workflowIds.verificationSession(session.id)),
  };
}
