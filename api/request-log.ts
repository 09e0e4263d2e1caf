/**
 * One log line per request: `GET /v/[token]/status 200 4ms`, at `error` for 5xx. The request and response objects
 * attached to it are the logger's reduced ones (no headers, the URL redacted), so nothing credential-bearing is
 * written in either format.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { HTTP_SERIALIZERS, type Logger } from '../lib/logger';
import { redactUrl } from '../lib/log-redaction';

/** Probes polled every few seconds by orchestrators and Prometheus would drown the rest. */
const UNLOGGED_PATHS = new Set(['/healthz', '/metrics']);

const requestLine = (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, milliseconds?: number) =>
  `${req.method} ${redactUrl(req.originalUrl ?? req.url ?? '')} ${res.statusCode}${milliseconds === undefined ? '' : ` ${milliseconds}ms`}`;

export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    serializers: HTTP_SERIALIZERS,
    autoLogging: { ignore: (req) => UNLOGGED_PATHS.has(req.url ?? '') },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res, milliseconds) => requestLine(req, res, milliseconds),
    customErrorMessage: (req, res) => requestLine(req, res),
    // The error handler has already logged the cause with its stack; pino-http's stand-in error adds nothing.
    customErrorObject: (_req, _res, _error, fields: Record<string, unknown>) => ({ ...fields, err: undefined }),
  });
}
