/** Figures as the checks benchmark prints them. */

export const seconds = (ms) => (Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(2));
export const share = (count, total) => (total === 0 ? '–' : `${count}/${total}`);
export const percent = (count, total) => (total === 0 ? '–' : `${((100 * count) / total).toFixed(1)} %`);
/** "9/12 (75.0 %)" */
export const shareWithPercent = (count, total) => (total === 0 ? '–' : `${count}/${total} (${percent(count, total)})`);

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function table(header, rows) {
  const widths = header.map((cell, column) => Math.max(String(cell).length, ...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

/** A table whose cells are text: every column left-aligned. */
export function textTable(header, rows) {
  const widths = header.map((cell, column) => Math.max(String(cell).length, ...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
}
