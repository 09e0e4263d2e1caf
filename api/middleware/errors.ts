/** The one place errors become HTTP responses: known errors keep their code, anything else is a logged 500. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { status as grpcStatus } from '@grpc/grpc-js';
import { ServiceError } from '@temporalio/client';
import { isDatabaseUnavailable } from '../../lib/database-unavailable';
import { AppError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';

/** body-parser reports its failures with a `type`; each maps to the API's error codes. */
const BODY_PARSER_ERRORS: Record<string, () => AppError> = {
  'entity.parse.failed': () => new AppError('BAD_JSON', 'The request body is not valid JSON'),
  'entity.too.large': () => new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large'),
  'encoding.unsupported': () => new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported content encoding'),
  'charset.unsupported': () => new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported charset; send UTF-8'),
  'request.aborted': () => new AppError('BAD_REQUEST', 'The request was aborted'),
  'request.size.invalid': () => new AppError('BAD_REQUEST', 'The request body length does not match Content-Length'),
};

export const notFound: RequestHandler = (req) => {
  throw new AppError('NOT_FOUND', `No route for ${req.method} ${req.path}`);
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = toAppError(error);
    if (!known) logger.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
    const appError = known ?? new AppError('INTERNAL_ERROR', 'Something went wrong on our side; it has been logged');
    res.status(appError.status).json(appError.toBody());
  };
}

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  // Express throws this for a path parameter that is not valid percent-encoding (e.g. `/l/%E0%A4%A`).
  if (error instanceof URIError) return new AppError('BAD_REQUEST', 'The URL is not valid percent-encoding');
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && BODY_PARSER_ERRORS[type]) return BODY_PARSER_ERRORS[type]();
  if (isUndecodableBody(error)) return new AppError('BAD_REQUEST', 'The request body is not valid for its Content-Encoding');
  // Temporal out of reach (restarting, network) after the client's own retries: an outage to retry later, not a bug.
  if (error instanceof ServiceError && (error.cause as { code?: number } | undefined)?.code === grpcStatus.UNAVAILABLE) {
    return new AppError('SERVICE_UNAVAILABLE', 'The workflow service is unavailable; try again shortly');
  }
  if (isDatabaseUnavailable(error)) return new AppError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly');
  return null;
}

/**
 * body-parser hands on zlib's own error (status 400, no `type`) when a body does not decompress as its
 * Content-Encoding (gzip, deflate, br) says; zlib errors carry a numeric errno and a string code.
 */
function isUndecodableBody(error: unknown): boolean {
  const { status, errno, code } = (error ?? {}) as { status?: unknown; errno?: unknown; code?: unknown };
  return status === 400 && typeof errno === 'number' && typeof code === 'string';
}
