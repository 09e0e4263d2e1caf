/**
 * The document reader: finds and reads the MRZ of the submitted document images (ICAO 9303 check digits, OCR
 * confusions corrected only where they confirm it, letters confirmed by a second engine), and checks the visual
 * zone against it. One reader per process: its tesseract workers start once and stay warm.
 */
import { createMrzReader, type ImageReading } from './mrz-reader';
import { MRZ_SHAPES } from './mrz-layout';
import type { MrzFields } from './mrz-parse';
import { startOcrEngines } from './ocr-engines';
import { checkVisualZone, type VisualZoneCheck } from './visual-zone';

export type { MrzFields, MrzParse } from './mrz-parse';
export type { VisualZoneCheck } from './visual-zone';

export interface MrzReading {
  /** MRZ-like lines were located on one of the images. */
  found: boolean;
  /** Every check digit passes (after a confirmed correction at most) and a second engine confirms the rest. */
  valid: boolean;
  lines: string[];
  fields: MrzFields | null;
  invalidFields: string[];
  corrected: boolean;
  /** Which image the MRZ was read from. */
  imageIndex: number | null;
}

export interface DocumentReading {
  mrz: MrzReading;
  visualZone: VisualZoneCheck[];
  millis: number;
}

export interface DocumentReader {
  read(images: Buffer[], options?: { today?: Date }): Promise<DocumentReading>;
  /** Fast (aim < 1.5 s) check at upload time: does this image show something that looks like an MRZ? */
  quickMrzCheck(image: Buffer): Promise<{ mrzVisible: boolean }>;
  close(): Promise<void>;
}

const NO_MRZ: MrzReading = { found: false, valid: false, lines: [], fields: null, invalidFields: [], corrected: false, imageIndex: null };

function mrzReading({ located, mrz }: ImageReading, imageIndex: number): MrzReading {
  const found = located || mrz.found;
  return {
    found,
    valid: mrz.parse.valid,
    lines: mrz.parse.lines,
    fields: mrz.parse.fields,
    invalidFields: found ? mrz.parse.invalidFields : [],
    corrected: mrz.corrected,
    imageIndex: found ? imageIndex : null,
  };
}

/** Of two unconfirmed readings, the one that got further: found beats not found, then fewer fields in doubt. */
function further(a: MrzReading, b: MrzReading): MrzReading {
  if (a.found !== b.found) return a.found ? a : b;
  if ((a.fields === null) !== (b.fields === null)) return a.fields ? a : b;
  return b.invalidFields.length < a.invalidFields.length ? b : a;
}

/** The name field has no filler left: the names in it may have been cut to fit. */
function nameFieldFull(fields: MrzFields, lines: string[]): boolean {
  const nameLine = lines[MRZ_SHAPES[fields.format].nameLines[0]!] ?? '';
  return !nameLine.endsWith('<');
}

export async function createDocumentReader(options: { concurrency?: number } = {}): Promise<DocumentReader> {
  const engines = await startOcrEngines({ concurrency: options.concurrency ?? 1 });
  const reader = createMrzReader(engines);
  return {
    async read(images, { today = new Date() } = {}) {
      const started = performance.now();
      const pages: (ImageReading['page'] | null)[] = images.map(() => null);
      let best = NO_MRZ;
      // Each image in turn (a card's MRZ may be on either side) until one reads valid.
      for (const [index, image] of images.entries()) {
        const reading = await reader.readImage(image, today);
        pages[index] = reading.page;
        best = further(best, mrzReading(reading, index));
        if (reading.mrz.parse.valid) {
          best = mrzReading(reading, index);
          break;
        }
      }
      const { fields } = best;
      if (fields) {
        // The other side of a card carries the visual zone the MRZ's side may lack.
        for (const [index, image] of images.entries()) pages[index] ??= await reader.readPageText(image);
      }
      const visualZone = fields ? checkVisualZone(pages.map((page) => page ?? []), fields, nameFieldFull(fields, best.lines)) : [];
      return { mrz: best, visualZone, millis: Math.round(performance.now() - started) };
    },
    async quickMrzCheck(image) {
      return { mrzVisible: await reader.showsMrz(image) };
    },
    close: () => engines.close(),
  };
}
