/**
 * Where the MRZ is on a page the LSTM engine has laid out: its lines are long single "words" of capitals, digits and
 * fillers (which that engine often reads as K, L or C), two or three of them stacked at the same height.
 */
import type { OcrBox, OcrLine } from './ocr-engines';
import type { BandCrop } from './image-prep';

/** Shorter runs are words of the visual zone, not MRZ lines (the shortest MRZ line has 30 characters). */
const MIN_RUN = 18;

/**
 * One MRZ line: a long run of the MRZ alphabet with fillers (or what they are misread as), or many digits. The
 * engine sometimes breaks an MRZ line once; text of the visual zone has more words.
 */
export function looksLikeMrzLine(text: string): boolean {
  const words = text.toUpperCase().trim().split(/\s+/);
  const longest = words.length <= 2 ? words.join('') : words.reduce((best, word) => (word.length > best.length ? word : best), '');
  if (longest.length < MIN_RUN) return false;
  const inAlphabet = longest.replace(/[^A-Z0-9<«]/g, '').length / longest.length;
  const fillers = /[<«]|[KLC<]{4,}/.test(longest);
  const digits = longest.replace(/[^0-9]/g, '').length;
  return inAlphabet >= 0.9 && (fillers || digits >= 8);
}

const height = (box: OcrBox) => box.y1 - box.y0;

function union(boxes: OcrBox[]): OcrBox {
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}

/**
 * The widest gap, in line heights, between two MRZ-like lines of one stack. MRZ lines are about two line heights
 * apart (centre to centre), so a line the engine broke into words (not MRZ-like) leaves a gap of about three line
 * heights between its neighbours: a TD1's first and last line must still make one band, with the middle one in it.
 */
const MAX_GAP_LINE_HEIGHTS = 4;

/** Lines one below the other, each close enough to the one above to belong to one MRZ (one line may have been missed). */
function stacks(lines: OcrLine[]): OcrLine[][] {
  const sorted = [...lines].sort((a, b) => a.bbox.y0 - b.bbox.y0);
  const groups: OcrLine[][] = [];
  for (const line of sorted) {
    const group = groups.at(-1);
    const above = group?.at(-1);
    if (group && above && line.bbox.y0 - above.bbox.y1 < MAX_GAP_LINE_HEIGHTS * height(above.bbox)) group.push(line);
    else groups.push([line]);
  }
  return groups;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function slopeDegrees({ baseline }: OcrLine): number {
  return (Math.atan2(baseline.y1 - baseline.y0, baseline.x1 - baseline.x0) * 180) / Math.PI;
}

export interface MrzLocation extends BandCrop {
  /** How many MRZ-like lines were seen (a band is kept even when one line was missed). */
  lineCount: number;
}

/**
 * The MRZ band on a page laid out at `scale` of the source image, in source pixels: the tallest stack of MRZ-like
 * lines (the lowest on a tie, as the MRZ ends the page), widened by a line on each side so a line the layout missed
 * is still inside. Null when no line looks like an MRZ line.
 */
export function locateMrz(lines: OcrLine[], scale: number): MrzLocation | null {
  const candidates = lines.filter((line) => looksLikeMrzLine(line.text));
  const best = stacks(candidates).reduce<OcrLine[] | null>(
    (chosen, group) => (!chosen || group.length >= chosen.length ? group : chosen),
    null,
  );
  if (!best) return null;
  const box = union(best.map((line) => line.bbox));
  const skewDegrees = median(best.map(slopeDegrees));
  const slope = Math.abs(Math.tan((skewDegrees * Math.PI) / 180));
  // A sloping line's box is taller than the line by its rise: the straight height is what the text is scaled by.
  const straightLineHeight = median(
    best.map(({ bbox }) => Math.max(height(bbox) - slope * (bbox.x1 - bbox.x0), height(bbox) / 2)),
  );
  const marginX = straightLineHeight * 2;
  const marginY = straightLineHeight * 1.2;
  return {
    box: {
      x0: (box.x0 - marginX) / scale,
      y0: (box.y0 - marginY) / scale,
      x1: (box.x1 + marginX) / scale,
      y1: (box.y1 + marginY) / scale,
    },
    skewDegrees,
    lineHeight: straightLineHeight / scale,
    lineCount: best.length,
  };
}
