/**
 * Turns OCR text into MRZ-shaped candidates: the MRZ alphabet only, lines grouped by format, each line brought to its
 * exact length. Where a line is a character or two off, the missing or extra fillers may sit in any run of `<`, so
 * every placement is offered: the check digits decide later which one (if any) holds.
 */
import { MRZ_SHAPES, type MrzFormat, type MrzShape } from './mrz-layout';

interface MrzCandidate {
  format: MrzFormat;
  lines: string[];
}

/** A line this far from its format's length is not that line. */
const MAX_LENGTH_ERROR = 3;
const SHORTEST_LINE = MRZ_SHAPES.TD1.lineLength - MAX_LENGTH_ERROR;
const MAX_CANDIDATES = 64;

/** OCR renders two fillers as a guillemet, and spaces do not exist in an MRZ. */
export function cleanMrzLine(text: string): string {
  return text
    .toUpperCase()
    .replace(/[«≪]/g, '<<')
    .replace(/[‹]/g, '<')
    .replace(/[^A-Z0-9<]/g, '');
}

/**
 * The LSTM engine reads runs of fillers as K, L or C. After the given names (which end at a double filler) only
 * fillers may follow, so such a tail is put back to fillers; letters that spell more names are left alone.
 */
function repairNameTail(names: string): string {
  const surnameEnd = names.indexOf('<<');
  if (surnameEnd === -1) return names;
  const rest = names.slice(surnameEnd + 2);
  const givenNamesEnd = rest.indexOf('<<');
  if (givenNamesEnd === -1) return names;
  const tailStart = surnameEnd + 2 + givenNamesEnd;
  const tail = names.slice(tailStart);
  return /^[<KLC]*$/.test(tail) ? names.slice(0, tailStart) + '<'.repeat(tail.length) : names;
}

function nameOffset(shape: MrzShape, lineIndex: number): number {
  return shape.format === 'TD1' ? 0 : lineIndex === 0 ? 5 : 0;
}

function fitAtEnd(line: string, length: number): string {
  return line.length >= length ? line.slice(0, length) : line + '<'.repeat(length - line.length);
}

/** Every way to reach `length` by adding or removing fillers inside one run of `<`, plus at the end. */
function fillerPlacements(line: string, length: number): string[] {
  const difference = length - line.length;
  const placements = new Set([fitAtEnd(line, length)]);
  if (difference === 0 || Math.abs(difference) > MAX_LENGTH_ERROR) return [...placements];
  for (const run of line.matchAll(/<+/g)) {
    const start = run.index;
    const runLength = run[0].length;
    if (difference > 0) {
      placements.add(line.slice(0, start) + '<'.repeat(runLength + difference) + line.slice(start + runLength));
    } else if (runLength >= -difference) {
      placements.add(line.slice(0, start) + '<'.repeat(runLength + difference) + line.slice(start + runLength));
    }
  }
  return [...placements];
}

function lineVariants(shape: MrzShape, lineIndex: number, line: string): string[] {
  if (!shape.nameLines.includes(lineIndex)) return fillerPlacements(line, shape.lineLength);
  const offset = nameOffset(shape, lineIndex);
  const fitted = fitAtEnd(line, shape.lineLength);
  return [fitted.slice(0, offset) + repairNameTail(fitted.slice(offset))];
}

function product(choices: string[][]): string[][] {
  return choices.reduce<string[][]>(
    (combinations, options) => combinations.flatMap((combination) => options.map((option) => [...combination, option])),
    [[]],
  );
}

function shapeDistance(shape: MrzShape, lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + Math.abs(line.length - shape.lineLength), 0);
}

/** The run of consecutive lines that best fits a format, or null when none is within a few characters per line. */
function bestGroup(lines: readonly string[]): { shape: MrzShape; lines: string[] } | null {
  let best: { shape: MrzShape; lines: string[]; distance: number } | null = null;
  for (const shape of Object.values(MRZ_SHAPES)) {
    for (let first = 0; first + shape.lineCount <= lines.length; first += 1) {
      const group = lines.slice(first, first + shape.lineCount);
      if (group.some((line) => Math.abs(line.length - shape.lineLength) > MAX_LENGTH_ERROR)) continue;
      const distance = shapeDistance(shape, group);
      // More lines explained beats fewer: a TD1 (three lines) wins a tie against two lines of a longer format.
      if (!best || distance < best.distance || (distance === best.distance && shape.lineCount > best.shape.lineCount)) {
        best = { shape, lines: group, distance };
      }
    }
  }
  return best && { shape: best.shape, lines: best.lines };
}

/** MRZ-shaped candidates for the OCR `text` lines (empty when nothing there has the shape of an MRZ). */
export function mrzCandidates(text: readonly string[]): MrzCandidate[] {
  const lines = text.map(cleanMrzLine).filter((line) => line.length >= SHORTEST_LINE);
  const group = bestGroup(lines);
  if (!group) return [];
  const choices = group.lines.map((line, index) => lineVariants(group.shape, index, line));
  return product(choices)
    .slice(0, MAX_CANDIDATES)
    .map((candidateLines) => ({ format: group.shape.format, lines: candidateLines }));
}
