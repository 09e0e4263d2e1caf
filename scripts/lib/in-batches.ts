/** Pages of rows in id order (keyset pagination: rows added meanwhile are still reached, none is read twice). */
export async function* inBatches<T extends { id: string }>(batchSize: number, page: (after: string | undefined) => Promise<T[]>): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await page(after);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.id;
  }
}
