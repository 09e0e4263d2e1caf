/**
 * The development log format: one line a person can read per record (`12:03:04.512 INFO api GET /v/[token] 200 4ms`),
 * extra fields as `key=value`, an error's stack indented below. Production keeps pino's JSON.
 */

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** pino's own fields, and the request/response objects a request line already sums up in its message. */
const NOT_SHOWN = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg', 'req', 'res', 'responseTime', 'err']);

interface ErrorRecord {
  type?: string;
  message?: string;
  stack?: string;
}

/** One JSON record as pino writes it → one readable line (plus the stack, for errors). */
export function readableLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const time = typeof record.time === 'number' ? new Date(record.time).toISOString().slice(11, 23) : '';
  const level = LEVEL_NAMES[record.level as number] ?? String(record.level);
  const extras = Object.entries(record)
    .filter(([key]) => !NOT_SHOWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const head = [time, level, record.name, record.msg, ...extras].filter((part) => part !== undefined && part !== '').join(' ');
  const err = record.err as ErrorRecord | undefined;
  if (!err) return head;
  const stack = err.stack ?? `${err.type ?? 'Error'}: ${err.message ?? ''}`;
  return `${head}\n${stack.replace(/^/gm, '    ')}`;
}
