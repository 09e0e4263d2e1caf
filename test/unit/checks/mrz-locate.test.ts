/**
 * Where the MRZ band is on a laid-out page: the layout of the clean Lithuanian TD1 specimen's back in OCR-B, where
 * the LSTM engine broke the middle MRZ line into words, must still give one band around all three lines.
 */
import { locateMrz } from '../../../activities/checks/document/mrz-locate';
import type { OcrLine } from '../../../activities/checks/document/ocr-engines';

function line(text: string, x0: number, y0: number, x1: number, y1: number): OcrLine {
  return { text, bbox: { x0, y0, x1, y1 }, baseline: { x0, y0: y1, x1, y1 }, words: [] };
}

const TD1_BACK: OcrLine[] = [
  line('MIGRACIJOS DEPARTAMENTAS 48803150123', 42, 118, 659, 138),
  line('IDLTULT4708221648803150123<<<<', 53, 374, 804, 400),
  line('8803159F3001156L TULL K', 51, 430, 799, 456),
  line('ZEMAITYTEK<GABRIELE<K<LK<KLLKLKLKLLKKKL', 52, 488, 804, 513),
];

test('a TD1 whose middle line was broken into words makes one band from the first line to the last', () => {
  const location = locateMrz(TD1_BACK, 1);
  expect(location?.lineCount).toBe(2);
  expect(location!.box.y0).toBeLessThan(374);
  expect(location!.box.y1).toBeGreaterThan(513);
});

test('MRZ-like lines far apart are not one band: the lower one is taken', () => {
  const lines = [line('IDLTULT4708221648803150123<<<<', 53, 100, 804, 126), line('ZEMAITYTE<<GABRIELE<<<<<<<<<<<', 52, 488, 804, 513)];
  const location = locateMrz(lines, 1);
  expect(location?.lineCount).toBe(1);
  expect(location!.box.y0).toBeGreaterThan(400);
});
