/**
 * A `datetime-local` field's value is a wall time without a zone. The dashboard's script sends the browser's UTC offset
 * for that wall time beside it (`Date#getTimezoneOffset`: minutes, UTC minus local, so the offset on that date, DST
 * included); the server turns the pair into an instant.
 */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET = /^[+-]?\d{1,4}$/;
/** The widest offsets in use: UTC−12 to UTC+14. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * The instant of a wall time as an ISO string; read as UTC when the offset is missing or not one. A value that is no
 * wall time comes back as it is, for the request's validation to refuse.
 */
export function instantOfWallTime(value: string, offsetMinutes: string): string {
  const match = WALL_TIME.exec(value);
  if (!match) return value;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const offset = OFFSET.test(offsetMinutes) && Math.abs(Number(offsetMinutes)) <= MAX_OFFSET_MINUTES ? Number(offsetMinutes) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + offset * 60_000;
  return new Date(utc).toISOString();
}
