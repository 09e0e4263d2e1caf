/**
 * What a delivery sends, built from the event row exactly as logged: the Standard Webhooks body, or iDenfy's
 * callback body and event-type header for endpoints in the iDenfy format (session events only: iDenfy has no link
 * events).
 */
import type { Event } from '@prisma/client';

export interface WebhookMessage {
  body: string;
  headers: Record<string, string>;
}

export function standardMessage(event: Event): WebhookMessage {
  const body = JSON.stringify({ type: event.type, id: event.id, createdAt: event.createdAt.toISOString(), sequence: event.sequence, data: event.payload });
  return { body, headers: {} };
}

const IDENFY_EVENT_TYPES: Record<string, string> = {
  'session.auto_finished': 'ID_VERIFICATION_AUTO_FINISHED',
  'session.manual_finished': 'ID_VERIFICATION_MANUAL_FINISHED',
  'session.expired': 'ID_VERIFICATION_EXPIRED',
  'session.cancelled': 'ID_VERIFICATION_CANCELLED',
};

/** The event types an iDenfy-format endpoint receives: iDenfy's callbacks. */
export const IDENFY_FORMAT_EVENTS = Object.keys(IDENFY_EVENT_TYPES);

/** A test event's `Idenfy-Event-Type`: none of iDenfy's, so a receiver never takes it for a verification. */
const IDENFY_TEST_EVENT_TYPE = 'WEBHOOK_TEST';

interface SessionEventData {
  sessionId: string;
  clientId: string | null;
  externalRef: string | null;
  final: boolean;
  status: Record<string, unknown>;
  startedAt?: string | null;
  finishedAt?: string | null;
  extracted?: Record<string, string | null> | null;
}

const unixSeconds = (iso: string | null | undefined) => (iso ? Math.floor(Date.parse(iso) / 1000) : null);

/** iDenfy's `data` block: the document fields as read by the engine or a reviewer (any may be null). */
export function idenfyDocumentData(extracted: Record<string, string | null> | null | undefined) {
  const read = extracted ?? {};
  return {
    docFirstName: read.firstName ?? null,
    docLastName: read.lastName ?? null,
    docNumber: read.documentNumber ?? null,
    docPersonalCode: read.personalNumber ?? null,
    docExpiry: read.dateOfExpiry ?? null,
    docDob: read.dateOfBirth ?? null,
    docDateOfIssue: read.dateOfIssue ?? null,
    docType: read.documentType ?? null,
    docSex: read.sex === 'M' ? 'MALE' : read.sex === 'F' ? 'FEMALE' : null,
    docNationality: read.nationality ?? null,
    docIssuingCountry: read.issuingCountry ?? null,
    selectedCountry: null,
    fullName: [read.firstName, read.lastName].filter(Boolean).join(' ') || null,
    manuallyDataChanged: read.source === 'REVIEWER',
  };
}

/**
 * A test event in iDenfy's shape, so the receiver's parser meets every key of a real callback: no verification's
 * values, the event's id as `scanRef`, its time as `startTime`.
 */
function testEventData(event: Event): SessionEventData {
  return {
    sessionId: event.id,
    clientId: null,
    externalRef: null,
    final: false,
    status: { overall: null, autoDocument: null, autoFace: null, manualDocument: null, manualFace: null, fraudTags: [], mismatchTags: [] },
    startedAt: event.createdAt.toISOString(),
    finishedAt: null,
    extracted: null,
  };
}

export function idenfyMessage(event: Event): WebhookMessage {
  const isTest = event.type === 'webhook.test';
  const data = isTest ? testEventData(event) : (event.payload as unknown as SessionEventData);
  const body = JSON.stringify({
    final: data.final,
    platform: 'OTHER',
    status: { ...data.status, suspicionReasons: [] },
    data: idenfyDocumentData(data.extracted),
    // Images are not handed out by URL: integrators fetch results through the API.
    fileUrls: { FRONT: null, BACK: null, FACE: null },
    scanRef: data.sessionId,
    clientId: data.clientId,
    externalRef: data.externalRef,
    startTime: unixSeconds(data.startedAt),
    finishTime: unixSeconds(data.finishedAt),
    clientIp: null,
    clientIpCountry: null,
  });
  return { body, headers: { 'Idenfy-Event-Type': isTest ? IDENFY_TEST_EVENT_TYPE : (IDENFY_EVENT_TYPES[event.type] ?? event.type) } };
}
