/** One pino logger for API, worker and scripts; credentials and tokens are redacted wherever they appear. */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name: string): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'secret', '*.secret', 'password', '*.password', 'token'],
      censor: '[redacted]',
    },
  });
}
