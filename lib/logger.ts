/**
 * One pino logger for API, worker and scripts. Credentials are redacted here, at the logger, not at each call site:
 * request and response objects are reduced to what a request line needs (no headers), credential paths are
 * censored, and every written line goes through `redactText` (tokens in paths and query strings, our secrets).
 * Development writes one readable line per record; production writes JSON.
 */
import pino, { stdSerializers, type DestinationStream, type Logger } from 'pino';
import { readableLine } from './log-lines';
import { CREDENTIAL_PATHS, REDACTED, redactText, redactUrl } from './log-redaction';

export type { Logger };

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LoggerOptions {
  /** `pretty`: one readable line per record, for people; `json` (default): for machines. */
  format?: LogFormat;
  /** Where lines go (default stdout); tests capture them here. */
  destination?: { write(line: string): unknown };
}

interface LoggedRequest {
  id?: unknown;
  method?: string;
  originalUrl?: string;
  url?: string;
  remoteAddress?: string;
  socket?: { remoteAddress?: string };
}

/**
 * What a logged request or response keeps. Headers are left out altogether (cookies, Authorization, Set-Cookie),
 * and so are `params` and `query`, which hold the hosted-flow token and `authToken` in clear.
 */
export const HTTP_SERIALIZERS = {
  req: (req: LoggedRequest) => ({
    id: req.id,
    method: req.method,
    url: redactUrl(req.originalUrl ?? req.url ?? ''),
    remoteAddress: req.remoteAddress ?? req.socket?.remoteAddress,
  }),
  res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
  err: stdSerializers.err,
};

export function createLogger(level: string, name: string, options: LoggerOptions = {}): Logger {
  return pino(
    {
      name,
      level,
      serializers: { ...HTTP_SERIALIZERS, url: redactUrlField, path: redactUrlField },
      redact: { paths: CREDENTIAL_PATHS, censor: REDACTED },
    },
    redactingDestination(options.format ?? 'json', options.destination ?? process.stdout),
  );
}

const redactUrlField = (value: unknown) => (typeof value === 'string' ? redactUrl(value) : value);

function redactingDestination(format: LogFormat, target: { write(line: string): unknown }): DestinationStream {
  return {
    write: (line: string) => {
      const redacted = redactText(line);
      target.write(format === 'pretty' ? `${readableLine(redacted)}\n` : redacted);
    },
  };
}
