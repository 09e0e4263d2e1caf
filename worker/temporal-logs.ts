/** Routes the Temporal SDK's logs (worker, workflow and activity loggers, core) into our pino logger. */
import type { Logger as TemporalLogger, LogLevel, LogMetadata } from '@temporalio/common';
import { Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import type { Logger } from '../lib/logger';

const PINO_LEVEL: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

export function routeTemporalLogs(logger: Logger): TemporalLogger {
  const log = (level: LogLevel, message: string, meta?: LogMetadata) => logger[PINO_LEVEL[level]](meta ?? {}, message);
  return {
    log,
    trace: (message, meta) => log('TRACE', message, meta),
    debug: (message, meta) => log('DEBUG', message, meta),
    info: (message, meta) => log('INFO', message, meta),
    warn: (message, meta) => log('WARN', message, meta),
    error: (message, meta) => log('ERROR', message, meta),
  };
}

/**
 * The Temporal runtime of a worker process (workflow or checks worker): its logs in ours, the core's at WARN. It also
 * makes SIGINT/SIGTERM shut the process's workers down gracefully: in-flight tasks finish first.
 */
export function installWorkerRuntime(logger: Logger): void {
  Runtime.install({
    logger: routeTemporalLogs(logger),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN', other: 'WARN' }), forward: {} } },
  });
}
