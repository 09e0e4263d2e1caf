/**
 * The MRZ of one photo: the LSTM engine lays the page out and finds the MRZ lines (a sloping page is laid out again,
 * levelled); the band is cut from the full-resolution photo, straightened and scaled, then read by the legacy
 * engine under a few preprocessing variants, each read and the majority of the reads so far, until one passes every
 * check digit and the LSTM engine confirms the rest. A page where no MRZ line is found is laid out again turned a
 * few degrees.
 */
import { consensusLines } from './consensus';
import { repairLetters, unconfirmedFields } from './cross-read';
import { bandImage, decodeUpright, pageImage, rotateGrey, type GreyImage } from './image-prep';
import { interpretMrzText, type MrzInterpretation } from './mrz-interpret';
import { failingCheckedFields, type MrzFormat } from './mrz-layout';
import { formatOf, parseMrz } from './mrz-parse';
import { locateMrz, type MrzLocation } from './mrz-locate';
import type { OcrEngines, OcrLine, Thresholding } from './ocr-engines';

/** The LSTM engine finds lines as well at this size as at full size, in a fraction of the time. */
const LAYOUT_SIDE = 1600;
const QUICK_LAYOUT_SIDE = 1200;

/** Page turns tried while no MRZ is found upright: the layout loses lines tilted more than a few degrees. */
const PAGE_TURNS = [0, 4, -4, 8, -8];
/** The quick check's turns: a line tilted 4° is still found upright. */
const QUICK_TURNS = [0, 8, -8];

interface BandVariant {
  turnDegrees: number;
  thresholding: Thresholding;
  lineHeight: number;
}

/** Straight first; then other binarisations and character sizes; then the band turned a little either way. */
const BAND_VARIANTS: BandVariant[] = [
  { turnDegrees: 0, thresholding: 'otsu', lineHeight: 32 },
  { turnDegrees: 0, thresholding: 'sauvola', lineHeight: 32 },
  { turnDegrees: 0, thresholding: 'otsu', lineHeight: 24 },
  { turnDegrees: 0, thresholding: 'local-adaptive', lineHeight: 44 },
  { turnDegrees: 1.5, thresholding: 'otsu', lineHeight: 32 },
  { turnDegrees: -1.5, thresholding: 'otsu', lineHeight: 32 },
];

export interface ImageReading {
  /** MRZ-like lines were seen on the page, whether or not they could be read. */
  located: boolean;
  mrz: MrzInterpretation;
  /** The page as the LSTM engine read it (upright, or turned as the MRZ was found), for the visual zone. */
  page: OcrLine[];
}

const NOT_FOUND: MrzInterpretation = {
  found: false,
  parse: { valid: false, fields: null, invalidFields: ['format'], lines: [] },
  corrected: false,
  asRead: [],
};

/** Of unconfirmed readings, the one with the fewest fields in doubt (a found MRZ beats none). */
function better(a: MrzInterpretation, b: MrzInterpretation): MrzInterpretation {
  if (a.found !== b.found) return a.found ? a : b;
  return b.parse.invalidFields.length < a.parse.invalidFields.length ? b : a;
}

function withDoubts(reading: MrzInterpretation, doubtful: string[]): MrzInterpretation {
  const invalidFields = [...new Set([...reading.parse.invalidFields, ...doubtful])].sort();
  return { ...reading, parse: { ...reading.parse, valid: false, invalidFields } };
}

/** The LSTM engine reads the band at most this many times (at different sizes) to confirm letters. */
const LSTM_BAND_READS = 2;

/**
 * Reads the band under each variant until a reading passes every check digit and the LSTM engine confirms the
 * fields the check digits leave open (cross-read.ts): its reading of the page first, then its readings of the band.
 * Letters in doubt are replaced where the engines support another one.
 */
async function readBand(engines: OcrEngines, source: GreyImage, location: MrzLocation, page: OcrLine[], today: Date): Promise<MrzInterpretation> {
  let best = NOT_FOUND;
  const otherReading = page.map((line) => line.text);
  const lstmBandHeights = new Set<number>();
  const legacyReads: string[][] = [];
  const passedCheckDigits: { reading: MrzInterpretation; format: MrzFormat }[] = [];

  const doubtsOf = ({ parse, asRead }: MrzInterpretation, format: MrzFormat) => [
    ...new Set([...parse.invalidFields, ...unconfirmedFields(format, parse.lines, asRead, otherReading)]),
  ];
  const repaired = (reading: MrzInterpretation, format: MrzFormat): MrzInterpretation | null => {
    const sameShape = legacyReads.filter((read) => formatOf(read) === format);
    const lines = repairLetters(format, reading.parse.lines, otherReading, sameShape);
    if (lines.every((line, index) => line === reading.parse.lines[index])) return null;
    const candidate = { ...reading, parse: parseMrz(lines, { today }), corrected: true };
    return candidate.parse.valid && doubtsOf(candidate, format).length === 0 ? candidate : null;
  };

  for (const variant of BAND_VARIANTS) {
    const crop = { ...location, skewDegrees: location.skewDegrees + variant.turnDegrees };
    const band = await bandImage(source, crop, variant.lineHeight);
    const read = interpretMrzText(await engines.readMrzBand(band, variant.thresholding), { today });
    // As read, not as corrected: a swap the check digits allowed is no vote of the engine's.
    if (read.found) legacyReads.push(read.asRead);
    const consensus = consensusLines(legacyReads);
    // This read, then the majority of all reads so far.
    for (const reading of consensus ? [read, interpretMrzText(consensus, { today })] : [read]) {
      const format = formatOf(reading.parse.lines);
      if (!format || failingCheckedFields(format, reading.parse.lines).length > 0) {
        best = better(best, reading);
        continue;
      }
      let doubtful = doubtsOf(reading, format);
      if (doubtful.length > 0 && lstmBandHeights.size < LSTM_BAND_READS && !lstmBandHeights.has(variant.lineHeight)) {
        lstmBandHeights.add(variant.lineHeight);
        otherReading.push(...(await engines.readPage(band, 'block')).map((line) => line.text));
        doubtful = doubtsOf(reading, format);
      }
      if (doubtful.length === 0) return reading;
      passedCheckDigits.push({ reading, format });
      best = better(best, withDoubts(reading, doubtful));
    }
    for (const passed of passedCheckDigits) {
      const repair = repaired(passed.reading, passed.format);
      if (repair) return repair;
    }
  }
  return best;
}

interface MrzReader {
  readImage(image: Buffer, today: Date): Promise<ImageReading>;
  /** The page as the LSTM engine reads it, upright (for the visual zone of an image without the MRZ). */
  readPageText(image: Buffer): Promise<OcrLine[]>;
  /** Whether the photo shows MRZ-like lines, from one layout pass at a small size. */
  showsMrz(image: Buffer): Promise<boolean>;
}

/** Not an image sharp can decode (or an empty one): it shows nothing, which is the answer, not an error. */
async function decodeOrNull(image: Buffer): Promise<GreyImage | null> {
  try {
    return await decodeUpright(image);
  } catch {
    return null;
  }
}

interface LaidOutPage {
  source: GreyImage;
  lines: OcrLine[];
  location: MrzLocation | null;
}

/** Beyond this slope the LSTM engine's reading of the page suffers: the page is laid out again, levelled. */
const LEVEL_ABOVE_DEGREES = 1.5;

export function createMrzReader(engines: OcrEngines): MrzReader {
  async function layOut(upright: GreyImage, turnDegrees: number): Promise<LaidOutPage> {
    const source = turnDegrees === 0 ? upright : await rotateGrey(upright, turnDegrees);
    const layout = await pageImage(source, LAYOUT_SIDE);
    const lines = await engines.readPage(layout.png);
    return { source, lines, location: locateMrz(lines, layout.scale) };
  }

  return {
    async readImage(image, today) {
      const upright = await decodeOrNull(image);
      if (!upright) return { located: false, mrz: NOT_FOUND, page: [] };
      let best = NOT_FOUND;
      let bestPage: OcrLine[] | null = null;
      let located = false;
      for (const turn of PAGE_TURNS) {
        let page = await layOut(upright, turn);
        bestPage ??= page.lines;
        if (!page.location) continue;
        located = true;
        if (Math.abs(page.location.skewDegrees) > LEVEL_ABOVE_DEGREES) {
          const levelled = await layOut(upright, turn - page.location.skewDegrees);
          if (levelled.location) page = levelled;
        }
        const reading = await readBand(engines, page.source, page.location!, page.lines, today);
        // Lines of the MRZ's shape were read: turning the page would read the same band again.
        if (reading.found) return { located, mrz: reading, page: page.lines };
        best = better(best, reading);
        if (best === reading) bestPage = page.lines;
      }
      return { located, mrz: best, page: bestPage ?? [] };
    },
    async readPageText(image) {
      const upright = await decodeOrNull(image);
      return upright ? (await layOut(upright, 0)).lines : [];
    },
    async showsMrz(image) {
      const upright = await decodeOrNull(image);
      if (!upright) return false;
      const small = await pageImage(upright, QUICK_LAYOUT_SIDE);
      const smallGrey = await decodeUpright(small.png);
      for (const turn of QUICK_TURNS) {
        const layout = turn === 0 ? small : await pageImage(await rotateGrey(smallGrey, turn), QUICK_LAYOUT_SIDE);
        const location = locateMrz(await engines.readPage(layout.png), 1);
        if (location !== null && location.lineCount >= 2) return true;
      }
      return false;
    },
  };
}
