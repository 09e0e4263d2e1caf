/**
 * The live camera's on-device checks (web/camera-checks.js) on the suite's generated photos, scaled down as the page
 * scales the viewfinder's frame before looking at it (320 pixels across): a good document and selfie pass, and a
 * dark, blurred, empty or wrong frame is named for what is wrong with it.
 */
import sharp from 'sharp';
import { blurredJpeg, darkJpeg, documentBackJpeg, documentFrontJpeg, selfieJpeg, uniformGreyJpeg } from '../../support/images';

interface Frame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}
interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}
type Target = 'document' | 'face';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const checks = require('../../../web/camera-checks.js') as {
  guideOf(target: Target, width: number, height: number): Region;
  problemOf(frame: Frame, target: Target, region: Region, faceCount?: number | null): string | null;
  measure(frame: Frame, region: Region): Record<string, number>;
};

/** The JPEG as the page sees it: RGBA, 320 pixels on its longer side. */
async function frameOf(jpeg: Buffer | Promise<Buffer>): Promise<Frame> {
  const { data, info } = await sharp(await jpeg).resize(320, 320, { fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
}

function problem(frame: Frame, target: Target, faceCount: number | null = null): string | null {
  return checks.problemOf(frame, target, checks.guideOf(target, frame.width, frame.height), faceCount);
}

test.each([0, 1, 2, 3, 4, 5])('document photos of variant %i pass as documents', async (variant) => {
  expect(problem(await frameOf(documentFrontJpeg(variant)), 'document')).toBeNull();
  expect(problem(await frameOf(documentBackJpeg(variant)), 'document')).toBeNull();
});

test.each([0, 1, 2, 3, 4, 5])('the selfie of variant %i passes as a face', async (variant) => {
  expect(problem(await frameOf(selfieJpeg(variant)), 'face')).toBeNull();
});

test('a dark frame is too dark, for a document and for a face', async () => {
  const frame = await frameOf(darkJpeg(1));
  expect(problem(frame, 'document')).toBe('tooDark');
  expect(problem(frame, 'face')).toBe('tooDark');
});

test('a blurred document is blurry', async () => {
  expect(problem(await frameOf(blurredJpeg(1)), 'document')).toBe('blurry');
});

test('a grey surface with sensor noise, or a selfie, holds no document', async () => {
  const grey = await sharp(await uniformGreyJpeg()).resize(320, 240).ensureAlpha().raw().toBuffer();
  const noisy = new Uint8ClampedArray(grey);
  // Fine noise of ±10 levels, as a camera shows a plain surface: sharp enough, but no print on it.
  for (let i = 0; i < noisy.length; i++) if (i % 4 !== 3) noisy[i] = noisy[i]! + ((i * 7919) % 21) - 10;
  expect(problem({ data: noisy, width: 320, height: 240 }, 'document')).toBe('noDocument');
  for (const variant of [1, 2, 3, 4, 5]) expect(problem(await frameOf(selfieJpeg(variant)), 'document')).toBe('noDocument');
});

test('a document without skin tones holds no face (a skin-coloured card would pass: the server judges faces)', async () => {
  expect(problem(await frameOf(documentBackJpeg(3)), 'face')).toBe('noFace');
});

test("the browser's face count decides over the skin heuristic when the browser has a detector", async () => {
  const selfie = await frameOf(selfieJpeg(1));
  expect(problem(selfie, 'face', 0)).toBe('noFace');
  expect(problem(selfie, 'face', 1)).toBeNull();
});
