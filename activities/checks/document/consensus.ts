/**
 * The character-by-character majority of several reads of the same MRZ: the legacy engine's misreads change with
 * the binarisation and the scale, so a character most reads agree on is more likely right than any single read.
 */
import { formatOf } from './mrz-parse';

/** Fewer reads than this give no majority worth the name. */
const MIN_READS = 3;

/** The majority lines of the reads that have the most common shape (null with too few of them). */
export function consensusLines(reads: readonly string[][]): string[] | null {
  const byFormat = new Map<string, string[][]>();
  for (const read of reads) {
    const format = formatOf(read);
    if (format) byFormat.set(format, [...(byFormat.get(format) ?? []), read]);
  }
  const [sameShape] = [...byFormat.values()].sort((a, b) => b.length - a.length);
  if (!sameShape || sameShape.length < MIN_READS) return null;
  return sameShape[0]!.map((line, lineIndex) =>
    [...line]
      .map((_, index) => {
        const votes = new Map<string, number>();
        for (const read of sameShape) {
          const character = read[lineIndex]!.charAt(index);
          votes.set(character, (votes.get(character) ?? 0) + 1);
        }
        // Ties go to the earliest read: the variants are ordered by how well they usually read.
        return [...votes.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
      })
      .join(''),
  );
}
