/**
 * A service that `npm start` or the test setup runs for the developer (embedded PostgreSQL, the Temporal dev server,
 * the checks worker) failed to start. Its message is the whole story for a person: which service, why, what to do —
 * printed as one line instead of a stack trace.
 */
export class ServiceStartError extends Error {
  override readonly name = 'ServiceStartError';

  constructor(
    readonly service: string,
    readonly reason: string,
    readonly remedy: string,
    readonly details?: string,
  ) {
    super(`${service} did not start: ${reason}. ${remedy}${details ? `\n${details}` : ''}`);
  }
}
