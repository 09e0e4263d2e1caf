/** The dashboard's CSV downloads (audit trail, sessions, credit ledger): RFC 4180, streamed in batches. */
import type { Response } from 'express';

/** Rows are read in batches, so a long export never sits in memory whole. */
const CSV_BATCH = 1000;

/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break; a leading =, +, - or @ is defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Sends every row `batchAfter` yields as a CSV download, newest first: each batch is the rows with ids below `before`
 * (all rows when undefined), newest first, at most `take` of them.
 */
export async function sendCsv<Row extends { id: string }>(
  res: Response,
  filename: string,
  header: string[],
  batchAfter: (before: string | undefined, take: number) => Promise<Row[]>,
  fieldsOf: (row: Row) => string[],
): Promise<void> {
  res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.write(`${header.join(',')}\r\n`);
  let before: string | undefined;
  for (;;) {
    const rows = await batchAfter(before, CSV_BATCH);
    for (const row of rows) res.write(`${fieldsOf(row).map(csvField).join(',')}\r\n`);
    if (rows.length < CSV_BATCH) break;
    before = rows.at(-1)!.id;
  }
  res.end();
}
