/** Schemas shared by every route: the error body, list pagination, and the request-validation helpers. */
import { z } from 'zod';
import { AppError, type ErrorDetail } from '../../lib/errors';
import { unstorableStringsIn } from '../../lib/storable-text';

export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'VALIDATION_ERROR' }),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const ZListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(64).optional(),
});
export type TListQuery = z.infer<typeof ZListQuery>;

export function listResponse<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() }).meta({ id });
}

/**
 * The refinement every input goes through before its own schema: each string in it (field, query parameter, header
 * value, object key) must be text PostgreSQL can store, or the field is named in a 422 instead of failing as a 500.
 */
const ZStorableStrings = z.unknown().superRefine((value, ctx) => {
  for (const { path, message } of unstorableStringsIn(value)) ctx.addIssue({ code: 'custom', path, message });
});

/** Parses untrusted input; a failure becomes `422 VALIDATION_ERROR` naming each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, where: 'body' | 'query' | 'params' = 'body'): z.infer<T> {
  const result = ZStorableStrings.pipe(schema).safeParse(input ?? {});
  if (result.success) return result.data;
  const details: ErrorDetail[] = result.error.issues.flatMap((issue) =>
    // Unknown keys are named one by one, each as its own field.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), message: 'is not a known field' }))
      : [{ field: issue.path.length > 0 ? issue.path.join('.') : where, message: issue.message }],
  );
  throw new AppError('VALIDATION_ERROR', `The request ${where} is invalid`, details);
}

/** Cursor pagination over time-sorted ids: newest first, the cursor is the last id of the previous page. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/** A JSON request body; every body the API takes is required (an operation without one lists none). */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

/**
 * What every `/api/v1` operation may answer, whatever it does: any request may carry a body (malformed, too large,
 * in an unknown encoding), needs an API key (whose failures are throttled) and may name unknown query parameters.
 */
const COMMON_ERROR_STATUSES = [400, 401, 413, 415, 422, 429];

/** The documented error responses of a v1 operation: the common ones and its own (`statuses`). */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    [...new Set([...COMMON_ERROR_STATUSES, ...statuses])]
      .sort((a, b) => a - b)
      .map((status) => [
        status,
        { description: ERROR_DESCRIPTIONS[status] ?? 'Error', ...(ERROR_HEADERS[status] ? { headers: ERROR_HEADERS[status] } : {}), content: { 'application/json': { schema: ZErrorBody } } },
      ]),
  );

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request: the body is not valid JSON (BAD_JSON), or the URL or the body is not valid for its encoding (BAD_REQUEST)',
  401: 'Missing or invalid API key (UNAUTHORIZED)',
  402: 'No credit available (INSUFFICIENT_CREDITS)',
  403: 'The API key lacks the admin role (FORBIDDEN)',
  404: 'Unknown id (NOT_FOUND)',
  409: 'Conflict (IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_USE, INVALID_STATE)',
  413: 'Body too large (PAYLOAD_TOO_LARGE)',
  415: 'Unsupported Content-Encoding or charset (UNSUPPORTED_MEDIA_TYPE)',
  422:
    'Invalid input (VALIDATION_ERROR, with details naming each bad body field, path parameter — an id longer than 64 characters — or unknown query parameter; NO_RENEWALS and URL_NOT_ALLOWED where the operation says so)',
  429: 'Too many failed authentications for this API key or from this address (TOO_MANY_REQUESTS); retry after Retry-After seconds',
  503: 'A dependency is unavailable (SERVICE_UNAVAILABLE)',
};

const ERROR_HEADERS: Record<number, Record<string, { description: string; schema: { type: 'string' } | { type: 'integer'; minimum: number } }>> = {
  401: { 'WWW-Authenticate': { description: 'The HTTP Basic challenge', schema: { type: 'string' } } },
  429: { 'Retry-After': { description: 'Seconds until the lockout ends', schema: { type: 'integer', minimum: 1 } } },
};
