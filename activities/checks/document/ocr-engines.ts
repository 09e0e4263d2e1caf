/**
 * The two tesseract engines, started once per process from the language data inside node_modules (no CDN, no cache
 * file written): the LSTM engine lays out and reads whole pages (where the MRZ is, the visual zone); the legacy
 * engine reads MRZ bands, because the LSTM engine misreads runs of `<` as K, L or C and the legacy one does not.
 */
import path from 'node:path';
import { createWorker, OEM, PSM, type Line, type Worker } from 'tesseract.js';
import { createWorkerPool, type WorkerPool } from './worker-pool';

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrLine {
  text: string;
  bbox: OcrBox;
  baseline: OcrBox;
  words: { text: string; bbox: OcrBox }[];
}

/** Tesseract's own binarisations, tried in turn when a band does not read: global Otsu, then two local ones. */
export type Thresholding = 'otsu' | 'local-adaptive' | 'sauvola';
const THRESHOLDING_METHOD: Record<Thresholding, string> = { otsu: '0', 'local-adaptive': '1', sauvola: '2' };

export interface OcrEngines {
  /** Lines of a page as the LSTM engine lays them out and reads them (`block`: one block of lines, as a band is). */
  readPage(png: Buffer, layout?: 'page' | 'block'): Promise<OcrLine[]>;
  /** The text lines of an MRZ band read by the legacy engine. */
  readMrzBand(png: Buffer, thresholding: Thresholding): Promise<string[]>;
  close(): Promise<void>;
}

const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

const LANGUAGE_DATA = path.dirname(require.resolve('@tesseract.js-data/eng/4.0.0/eng.traineddata.gz'));

const WORKER_OPTIONS = {
  langPath: LANGUAGE_DATA,
  gzip: true,
  // Without it tesseract.js writes eng.traineddata into the working directory.
  cacheMethod: 'none',
  // Without it a failed job throws inside the worker's message handler (an uncaught exception) besides rejecting.
  errorHandler: () => undefined,
};

/** Photos carry no meaningful resolution; without one tesseract guesses, warning on stderr each time. */
const PAGE_DPI = '300';

/** Word lists would "correct" MRZ lines towards English words. */
const NO_DICTIONARIES = {
  load_system_dawg: '0',
  load_freq_dawg: '0',
  load_unambig_dawg: '0',
  load_punc_dawg: '0',
  load_number_dawg: '0',
  load_bigram_dawg: '0',
};

async function startLegacyWorker(): Promise<Worker> {
  const worker = await createWorker('eng', OEM.TESSERACT_ONLY, WORKER_OPTIONS, NO_DICTIONARIES);
  await worker.setParameters({ tessedit_char_whitelist: MRZ_ALPHABET, tessedit_pageseg_mode: PSM.SINGLE_BLOCK, user_defined_dpi: PAGE_DPI, debug_file: '/dev/null' });
  return worker;
}

async function startLstmWorker(): Promise<Worker> {
  const worker = await createWorker('eng', OEM.LSTM_ONLY, WORKER_OPTIONS);
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: PAGE_DPI, debug_file: '/dev/null' });
  return worker;
}

function ocrLine(line: Line): OcrLine {
  return {
    text: line.text.trim(),
    bbox: line.bbox,
    baseline: line.baseline,
    words: line.words.map((word) => ({ text: word.text, bbox: word.bbox })),
  };
}

export async function startOcrEngines({ concurrency }: { concurrency: number }): Promise<OcrEngines> {
  const count = Array.from({ length: concurrency });
  // One at a time: two cores, and each start decompresses the language data.
  const lstmWorkers: Worker[] = [];
  const legacyWorkers: Worker[] = [];
  for (const _ of count) lstmWorkers.push(await startLstmWorker());
  for (const _ of count) legacyWorkers.push(await startLegacyWorker());
  const terminate = async (worker: Worker) => {
    await worker.terminate();
  };
  const lstm: WorkerPool<Worker> = createWorkerPool(lstmWorkers, terminate);
  const legacy: WorkerPool<Worker> = createWorkerPool(legacyWorkers, terminate);

  return {
    readPage: (png, layout = 'page') =>
      lstm.use(async (worker) => {
        await worker.setParameters({ tessedit_pageseg_mode: layout === 'page' ? PSM.AUTO : PSM.SINGLE_BLOCK });
        const { data } = await worker.recognize(png, {}, { text: false, blocks: true });
        return (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines.map(ocrLine)));
      }),
    readMrzBand: (png, thresholding) =>
      legacy.use(async (worker) => {
        await worker.setParameters({ thresholding_method: THRESHOLDING_METHOD[thresholding] });
        const { data } = await worker.recognize(png);
        return data.text.split('\n');
      }),
    async close() {
      await Promise.all([lstm.close(), legacy.close()]);
    },
  };
}
