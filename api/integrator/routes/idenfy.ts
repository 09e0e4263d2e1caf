/**
 * iDenfy-compatible endpoints (IDENFY-COMPAT.md), so an iDenfy integration works by changing its base URL: the flat
 * token request and response, the status call, the redirect, and iDenfy's error shape `{ identifier, message }`.
 * Unknown request fields and query parameters are ignored, as iDenfy integrations may send some this service does
 * not use.
 */
import express, { Router, type ErrorRequestHandler } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { requireKeyring } from '../../../lib/config';
import { AppError, type ErrorCode } from '../../../lib/errors';
import type { Logger } from '../../../lib/logger';
import { sessionStatusOf } from '../../../lib/sessions';
import { ensureCallbackEndpoint } from '../../../lib/webhooks/callback-endpoints';
import { idenfyDocumentData } from '../../../lib/webhooks/payloads';
import { requireAllowedWebhookUrl } from '../../../services/allowed-webhook-url';
import type { AppDeps } from '../../deps';
import { refuseUndocumentedMethods, type DocumentedOperations } from '../documented-operations';
import { createSession } from '../../../services/sessions/create-session';
import { isLanguage } from '../../../lib/languages';
import { principalOf } from '../../middleware/auth';
import { toAppError } from '../../middleware/errors';
import { idempotentCreate } from '../../middleware/idempotency';
import { requireStorableInput } from '../../middleware/storable-input';
import { jsonBody, parseInput } from '../../../services/schemas/common';
import { DOCUMENT_TYPE_VALUES, SESSION_LIMITS, ZCreateSessionRequest, ZSessionStatus, personFields, redirectUrl } from '../../../services/schemas/sessions';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{40}$/;

export const ZIdenfyTokenRequest = z
  .object({
    clientId: ZCreateSessionRequest.shape.clientId.optional().meta({ description: 'Required, here or as personScanRef' }),
    personScanRef: ZCreateSessionRequest.shape.clientId.optional().meta({ description: "iDenfy's legacy name for clientId" }),
    ...personFields,
    successUrl: redirectUrl.optional(),
    errorUrl: redirectUrl.optional(),
    unverifiedUrl: redirectUrl.optional(),
    callbackUrl: redirectUrl.optional(),
    locale: z.string().max(10).optional(),
    showInstructions: z.boolean().default(true),
    expiryTime: z.number().int().min(SESSION_LIMITS.expiryTime.min).max(SESSION_LIMITS.expiryTime.max).default(SESSION_LIMITS.expiryTime.default),
    sessionLength: z.number().int().min(SESSION_LIMITS.sessionLength.min).max(SESSION_LIMITS.sessionLength.max).default(SESSION_LIMITS.sessionLength.default),
    country: ZCreateSessionRequest.shape.country,
    documents: z.array(z.enum([...DOCUMENT_TYPE_VALUES, 'OTHER'])).optional(),
    tokenType: z.enum(['IDENTIFICATION', 'DOCUMENT']).default('IDENTIFICATION'),
    externalRef: z.string().max(40).optional(),
    generateDigitString: z.boolean().default(false),
  })
  .meta({ id: 'IdenfyTokenRequest' });

const ZIdenfyStatusRequest = z.object({ scanRef: z.string().min(1).max(64) }).meta({ id: 'IdenfyStatusRequest' });

/** Our error codes in iDenfy's vocabulary; anything not listed is an INTERNAL_ERROR. */
const IDENTIFIERS: Partial<Record<ErrorCode, { identifier: string; status: number; message?: string }>> = {
  BAD_JSON: { identifier: 'JSON_ERROR', status: 400 },
  BAD_REQUEST: { identifier: 'BAD_VALUE', status: 400 },
  VALIDATION_ERROR: { identifier: 'BAD_VALUE', status: 400 },
  UNAUTHORIZED: { identifier: 'UNAUTHORIZED', status: 401 },
  FORBIDDEN: { identifier: 'PERMISSIONS_ERROR', status: 403 },
  INSUFFICIENT_CREDITS: { identifier: 'PERMISSIONS_ERROR', status: 402, message: 'Action not allowed due to lack of funds or exceeded limit.' },
  NOT_FOUND: { identifier: 'BAD_VALUE', status: 404 },
  METHOD_NOT_ALLOWED: { identifier: 'METHOD_NOT_ALLOWED', status: 405 },
  IDEMPOTENCY_KEY_REUSED: { identifier: 'VALIDATION_ERROR', status: 409 },
  IDEMPOTENCY_KEY_IN_USE: { identifier: 'TOO_MANY_REQUESTS', status: 409 },
  PAYLOAD_TOO_LARGE: { identifier: 'BAD_VALUE', status: 413 },
  UNSUPPORTED_MEDIA_TYPE: { identifier: 'ENCODING_ERROR', status: 415 },
  TOO_MANY_REQUESTS: { identifier: 'TOO_MANY_REQUESTS', status: 429 },
  URL_NOT_ALLOWED: { identifier: 'BAD_VALUE', status: 400 },
};

export function idenfyRoutes(
  { db, temporal, config, dispatch }: Pick<AppDeps, 'db' | 'temporal' | 'config' | 'dispatch'>,
  { logger, requireApiKey, operations }: { logger: Logger; requireApiKey: express.RequestHandler; operations: DocumentedOperations },
): Router {
  const router = Router();
  // Here rather than app-wide, so their refusals come in iDenfy's shape too.
  router.use(requireStorableInput);
  router.use(refuseUndocumentedMethods(operations));

  // The person's browser follows this link: no API key, the token is the credential.
  router.get('/redirect', (req, res) => {
    const token = typeof req.query.authToken === 'string' ? req.query.authToken : '';
    if (!TOKEN_PATTERN.test(token)) throw new AppError('NOT_FOUND', 'The authToken is not valid');
    res.redirect(302, `/v/${token}`);
  });

  router.use(express.json({ limit: config.http.bodyLimit, type: ['application/json', 'application/*+json'] }));
  router.use(requireApiKey);

  router.post(
    '/token',
    idempotentCreate(db, async (req, res, requestKey) => {
      const body = parseInput(ZIdenfyTokenRequest, req.body);
      const clientId = body.clientId ?? body.personScanRef;
      if (!clientId) throw new AppError('VALIDATION_ERROR', 'Missing mandatory parameter: clientId', [{ field: 'clientId', message: 'is required' }]);
      const request = parseInput(ZCreateSessionRequest, {
        clientId,
        firstName: body.firstName?.toUpperCase(),
        lastName: body.lastName?.toUpperCase(),
        dateOfBirth: body.dateOfBirth,
        documentNumber: body.documentNumber,
        personalNumber: body.personalNumber,
        nationality: body.nationality,
        sex: body.sex,
        dateOfIssue: body.dateOfIssue,
        dateOfExpiry: body.dateOfExpiry,
        flow: body.tokenType === 'DOCUMENT' ? 'DOCUMENT' : 'DOCUMENT_AND_SELFIE',
        documents: body.documents?.filter((type) => type !== 'OTHER'),
        country: body.country,
        language: body.locale && isLanguage(body.locale.toLowerCase()) ? body.locale.toLowerCase() : 'en',
        expiryTime: body.expiryTime,
        sessionLength: body.sessionLength,
        successUrl: body.successUrl,
        errorUrl: body.errorUrl,
        unverifiedUrl: body.unverifiedUrl,
        callbackUrl: body.callbackUrl,
        externalRef: body.externalRef,
      });
      // An iDenfy integration's callbackUrl expects iDenfy's callbacks; checked before its endpoint is made.
      if (request.callbackUrl) {
        await requireAllowedWebhookUrl(config, request.callbackUrl, 'callbackUrl');
        await ensureCallbackEndpoint(db, requireKeyring(config), { accountId: principalOf(res).accountId, url: request.callbackUrl, format: 'IDENFY' });
      }
      const { session, token } = await createSession({ db, temporal, config, dispatch }, principalOf(res).accountId, request, requestKey);
      return {
        status: 201,
        body: {
          message: 'Token created successfully',
          authToken: token,
          scanRef: session.id,
          clientId: session.clientId,
          firstName: session.firstName,
          lastName: session.lastName,
          successUrl: session.successUrl,
          errorUrl: session.errorUrl,
          unverifiedUrl: session.unverifiedUrl,
          callbackUrl: session.callbackUrl,
          locale: session.language,
          showInstructions: body.showInstructions,
          country: session.country,
          expiryTime: session.expiryTime,
          sessionLength: session.sessionLength,
          documents: session.documents,
          tokenType: body.tokenType,
          externalRef: session.externalRef,
          dateOfBirth: session.dateOfBirth,
          dateOfExpiry: session.dateOfExpiry,
          dateOfIssue: session.dateOfIssue,
          nationality: session.nationality,
          personalNumber: session.personalNumber,
          documentNumber: session.documentNumber,
          sex: session.sex,
          // Digit codes are not offered: integrations get null, as iDenfy answers when none was asked for.
          digitString: null,
          redirectUrl: `${config.http.publicBaseUrl}/api/v2/redirect?authToken=${token}`,
        },
      };
    }),
  );

  router.post('/status', async (req, res) => {
    const { scanRef } = parseInput(ZIdenfyStatusRequest, req.body);
    const session = await db.session.findFirst({ where: { id: scanRef, accountId: principalOf(res).accountId } });
    if (!session) throw new AppError('NOT_FOUND', `No verification with scanRef ${scanRef}`);
    const { overall, ...parts } = sessionStatusOf(session);
    res.json({
      status: overall,
      ...parts,
      scanRef: session.id,
      clientId: session.clientId,
      externalRef: session.externalRef,
      final: session.final,
      // As in iDenfy's callback: what the engine or a reviewer read from the document.
      data: idenfyDocumentData(session.extractedData as Record<string, string | null> | null),
    });
  });

  router.use(((_req, _res, next) => next(new AppError('NOT_FOUND', 'No such iDenfy-compatible endpoint'))) as express.RequestHandler);
  router.use(idenfyErrors(logger));
  return router;
}

function idenfyErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = toAppError(error);
    if (!known) logger.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
    const mapped = known ? IDENTIFIERS[known.code] : undefined;
    const missing = known?.details?.find((detail) => detail.message === 'is required');
    const identifier = missing ? 'MISSING_VALUE' : (mapped?.identifier ?? 'INTERNAL_ERROR');
    const details = known?.details?.map((detail) => `${detail.field} ${detail.message}`).join('; ');
    const message = mapped?.message ?? (known ? `${known.message}${details && !missing ? `: ${details}` : ''}` : 'Internal error; it has been logged');
    res.status(mapped?.status ?? known?.status ?? 500).json({ identifier, message });
  };
}

/** iDenfy's error body, with the statuses these endpoints answer and what each means here. */
const ZIdenfyError = z.object({ identifier: z.string().meta({ example: 'MISSING_VALUE' }), message: z.string() }).meta({ id: 'IdenfyError' });

const IDENFY_ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: MISSING_VALUE (a required field), BAD_VALUE (a field, or a callbackUrl that is not allowed), JSON_ERROR (malformed JSON)',
  401: 'Missing or invalid API key (UNAUTHORIZED)',
  402: 'No credit available (PERMISSIONS_ERROR)',
  404: 'Unknown scanRef or authToken (BAD_VALUE)',
  409: 'Idempotency-Key reused with another body (VALIDATION_ERROR) or still in use (TOO_MANY_REQUESTS)',
  413: 'Body too large (BAD_VALUE)',
  415: 'Unsupported Content-Encoding or charset (ENCODING_ERROR)',
  429: 'Too many failed authentications for this API key or from this address (TOO_MANY_REQUESTS); retry after Retry-After seconds',
};

const idenfyErrorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [status, { description: IDENFY_ERROR_DESCRIPTIONS[status] ?? 'Error', content: { 'application/json': { schema: ZIdenfyError } } }]),
  );

const ZIdenfyTokenResponse = z
  .object({
    message: z.string(),
    authToken: z.string(),
    scanRef: z.string().meta({ description: 'The session id' }),
    clientId: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    successUrl: z.string().nullable(),
    errorUrl: z.string().nullable(),
    unverifiedUrl: z.string().nullable(),
    callbackUrl: z.string().nullable(),
    locale: z.string(),
    showInstructions: z.boolean(),
    country: z.string().nullable(),
    expiryTime: z.number().int(),
    sessionLength: z.number().int(),
    documents: z.array(z.string()),
    tokenType: z.enum(['IDENTIFICATION', 'DOCUMENT']),
    externalRef: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    dateOfExpiry: z.string().nullable(),
    dateOfIssue: z.string().nullable(),
    nationality: z.string().nullable(),
    personalNumber: z.string().nullable(),
    documentNumber: z.string().nullable(),
    sex: z.string().nullable(),
    digitString: z.null(),
    redirectUrl: z.string().meta({ description: 'The magic link' }),
  })
  .meta({ id: 'IdenfyTokenResponse' });

// iDenfy names the overall status `status`; the parts are the session's own.
const ZIdenfyStatusResponse = ZSessionStatus.omit({ overall: true })
  .extend({
    status: ZSessionStatus.shape.overall,
    scanRef: z.string(),
    clientId: z.string(),
    externalRef: z.string().nullable(),
    final: z.boolean(),
    data: z
      .object(
        Object.fromEntries(
          ['docFirstName', 'docLastName', 'docNumber', 'docPersonalCode', 'docExpiry', 'docDob', 'docDateOfIssue', 'docType', 'docSex', 'docNationality', 'docIssuingCountry', 'selectedCountry', 'fullName'].map(
            (field) => [field, z.string().nullable()],
          ),
        ),
      )
      .extend({ manuallyDataChanged: z.boolean() })
      .meta({ description: "As in iDenfy's callback: the document fields read by the engine or a reviewer" }),
  })
  .meta({ id: 'IdenfyStatusResponse' });

export function describeIdenfyRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'post',
    path: '/api/v2/token',
    summary: "iDenfy-compatible: create a verification session from iDenfy's flat token request; honours Idempotency-Key",
    tags: ['iDenfy-compatible'],
    request: { body: jsonBody(ZIdenfyTokenRequest) },
    responses: {
      201: { description: 'The token and its magic link', content: { 'application/json': { schema: ZIdenfyTokenResponse } } },
      ...idenfyErrorResponses(400, 401, 402, 409, 413, 415, 429),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v2/status',
    summary: 'iDenfy-compatible: the status of a verification by scanRef',
    tags: ['iDenfy-compatible'],
    request: { body: jsonBody(ZIdenfyStatusRequest) },
    responses: {
      200: { description: 'The status', content: { 'application/json': { schema: ZIdenfyStatusResponse } } },
      ...idenfyErrorResponses(400, 401, 404, 413, 415, 429),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v2/redirect',
    summary: 'iDenfy-compatible: the magic link; redirects the person into the hosted verification page (no API key)',
    tags: ['iDenfy-compatible'],
    security: [],
    request: { query: z.object({ authToken: z.string().regex(TOKEN_PATTERN).meta({ description: 'Any other value is a 404' }) }) },
    responses: {
      302: { description: 'To /v/{token}', headers: { Location: { description: 'The hosted page', schema: { type: 'string' } } } },
      ...idenfyErrorResponses(400, 404),
    },
  });
}
