/** Upload intake and photo quality on real images (test/support/images.ts): pure functions, no server. */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { acceptImage, perceptualHashDistance, type AcceptedImage, type IntakeLimits, type IntakeResult } from '../../../lib/documents/intake';
import { QUALITY_THRESHOLDS, qualityProblems, type QualityProblem } from '../../../lib/documents/quality';
import * as images from '../../support/images';

const LIMITS: IntakeLimits = { maxBytes: 10_000_000, minSide: 300 };

async function accept(input: Buffer): Promise<AcceptedImage> {
  const result = await acceptImage(input, LIMITS);
  if (!result.ok) throw new Error(`refused: ${result.problem} (${result.message})`);
  return result.image;
}

async function hashOf(input: Buffer): Promise<string> {
  return (await accept(input)).perceptualHash;
}

/** Which channels are bright in the 40×40 square at the top edge starting `left` pixels in. */
async function brightChannels(jpeg: Buffer, left: number): Promise<boolean[]> {
  const pixels = await sharp(jpeg).extract({ left, top: 0, width: 40, height: 40 }).raw().toBuffer();
  return [0, 1, 2].map((channel) => {
    let sum = 0;
    for (let i = channel; i < pixels.length; i += 3) sum += pixels[i]!;
    return sum / (pixels.length / 3) > 128;
  });
}

describe('acceptImage: accepted formats', () => {
  it.each<[string, number, number, () => Promise<Buffer>]>([
    ['a JPEG document front', 1200, 760, () => images.documentFrontJpeg()],
    ['a JPEG document back', 1200, 760, () => images.documentBackJpeg()],
    ['a WebP document front', 1200, 760, () => images.documentFrontWebp()],
    ['a JPEG selfie', 800, 1000, () => images.selfieJpeg()],
    ['a PNG selfie', 800, 1000, () => images.selfiePng()],
  ])('%s becomes a %i×%i JPEG with its hashes', async (_name, width, height, make) => {
    const image = await accept(await make());

    expect(image.mimeType).toBe('image/jpeg');
    expect([image.width, image.height]).toEqual([width, height]);
    expect(image.sizeBytes).toBe(image.bytes.length);
    expect(image.sha256).toBe(createHash('sha256').update(image.bytes).digest('hex'));
    expect(image.perceptualHash).toMatch(/^[0-9a-f]{16}$/);
    const metadata = await sharp(image.bytes).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', width, height]);
    expect(metadata.exif).toBeUndefined();
  });

  it('caps the long side at 3000 px and keeps the aspect ratio', async () => {
    const large = await sharp(await images.documentFrontJpeg()).resize(4800, 3040).jpeg().toBuffer();

    const image = await accept(large);

    expect([image.width, image.height]).toEqual([3000, 1900]);
  });

  it('applies the EXIF orientation, then drops EXIF (camera, GPS), ICC and XMP', async () => {
    const original = await images.jpegWithExif();
    const source = await sharp(original).metadata();
    expect([source.width, source.height, source.orientation]).toEqual([800, 500, 6]);
    expect([source.exif, source.icc, source.xmp].map((block) => block !== undefined)).toEqual([true, true, true]);
    expect(original.includes(images.EXIF_CAMERA_MAKE)).toBe(true);

    const image = await accept(original);

    expect([image.width, image.height]).toEqual([500, 800]);
    const metadata = await sharp(image.bytes).metadata();
    expect([metadata.exif, metadata.icc, metadata.xmp, metadata.iptc, metadata.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(image.bytes.includes(images.EXIF_CAMERA_MAKE)).toBe(false);
    expect(image.bytes.includes('Exif')).toBe(false);
    // The stored top-left red corner is displayed top-right once rotated 90° clockwise.
    expect(await brightChannels(image.bytes, 455)).toEqual([true, false, false]);
    expect(await brightChannels(image.bytes, 5)).not.toEqual([true, false, false]);
  });
});

describe('acceptImage: perceptual hash', () => {
  it('is the same for the same image, byte for byte', async () => {
    const first = await accept(await images.documentFrontJpeg(3));
    const second = await accept(await images.documentFrontJpeg(3));

    expect(second.sha256).toBe(first.sha256);
    expect(second.perceptualHash).toBe(first.perceptualHash);
    expect(perceptualHashDistance(first.perceptualHash, second.perceptualHash)).toBe(0);
  });

  it.each<[string, () => Promise<Buffer>, () => Promise<Buffer>]>([
    ['front and back of a document', () => images.documentFrontJpeg(), () => images.documentBackJpeg()],
    ['two document fronts', () => images.documentFrontJpeg(0), () => images.documentFrontJpeg(1)],
    ['two document backs', () => images.documentBackJpeg(0), () => images.documentBackJpeg(1)],
    ['two selfies', () => images.selfieJpeg(0), () => images.selfieJpeg(1)],
    ['a document and a selfie', () => images.documentFrontJpeg(), () => images.selfieJpeg()],
  ])('differs by more than 10 bits for %s', async (_name, makeA, makeB) => {
    expect(perceptualHashDistance(await hashOf(await makeA()), await hashOf(await makeB()))).toBeGreaterThan(10);
  });

  it.each<[string, (input: Buffer) => Promise<Buffer>]>([
    ['re-encoded at JPEG quality 60', (input) => sharp(input).jpeg({ quality: 60 }).toBuffer()],
    ['re-encoded at JPEG quality 40', (input) => sharp(input).jpeg({ quality: 40 }).toBuffer()],
    ['resized to 90 %', (input) => sharp(input).resize(1080).jpeg({ quality: 85 }).toBuffer()],
    ['resized to 110 %', (input) => sharp(input).resize(1320).jpeg({ quality: 85 }).toBuffer()],
    ['converted to WebP', (input) => sharp(input).webp({ quality: 80 }).toBuffer()],
  ])('stays within 6 bits for the same document %s', async (_name, transform) => {
    const original = await images.documentFrontJpeg();

    expect(perceptualHashDistance(await hashOf(original), await hashOf(await transform(original)))).toBeLessThanOrEqual(6);
  });

  it('counts differing bits', () => {
    expect(perceptualHashDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(perceptualHashDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(() => perceptualHashDistance('xyz', '0000000000000000')).toThrow('A perceptual hash is 16 lowercase hex characters');
  });
});

function cutTo(fraction: number, bytes: Buffer): Buffer {
  return bytes.subarray(0, Math.floor(bytes.length * fraction));
}

describe('acceptImage: refused files', () => {
  const unsupported: IntakeResult = { ok: false, problem: 'UNSUPPORTED_FILE_TYPE', message: 'Only JPEG, PNG and WebP images are accepted' };
  const unreadable: IntakeResult = { ok: false, problem: 'IMAGE_UNREADABLE', message: 'The image could not be read; it may be damaged or incomplete' };

  it.each<[string, () => Buffer | Promise<Buffer>, IntakeResult]>([
    ['a PDF renamed .jpg', images.pdfRenamedAsJpeg, unsupported],
    ['a ZIP archive', images.zipFile, unsupported],
    ['an SVG with a script', images.svgWithScript, unsupported],
    ['a GIF', () => sharp({ create: { width: 400, height: 400, channels: 3, background: '#f00' } }).gif().toBuffer(), unsupported],
    ['an AVIF (HEIF family)', () => sharp({ create: { width: 400, height: 400, channels: 3, background: '#f00' } }).avif().toBuffer(), unsupported],
    ['a HEIC header', () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]), unsupported],
    ['a WAV (RIFF but not WEBP)', () => Buffer.from('RIFF\x24\0\0\0WAVEfmt ', 'latin1'), unsupported],
    ['plain text', () => Buffer.from('hello, I am a photo'), unsupported],
    ['an empty file', () => Buffer.alloc(0), unsupported],
    ['30 MB', () => images.hugeFile(), { ok: false, problem: 'FILE_TOO_LARGE', message: 'The file is larger than 10 MB' }],
    ['a 100-megapixel PNG bomb', images.pixelBombPng, { ok: false, problem: 'FILE_TOO_LARGE', message: 'The image has more than 50 megapixels' }],
    // Past sharp's own 268-megapixel limit, which made the header unreadable: still too large, not unreadable.
    ['a 400-megapixel PNG bomb', () => images.pngDeclaring(20_000), { ok: false, problem: 'FILE_TOO_LARGE', message: 'The image has more than 50 megapixels' }],
    ['a 10-gigapixel PNG bomb', () => images.pngDeclaring(100_000), { ok: false, problem: 'FILE_TOO_LARGE', message: 'The image has more than 50 megapixels' }],
    ['a 10×10 JPEG', images.tinyJpeg, { ok: false, problem: 'IMAGE_TOO_SMALL', message: 'The image must be at least 300 pixels on its shortest side' }],
    ['a JPEG cut in half', images.truncatedJpeg, unreadable],
    ['a PNG missing its last 1 %', async () => cutTo(0.99, await images.selfiePng()), unreadable],
    ['a WebP missing its last 1 %', async () => cutTo(0.99, await images.documentFrontWebp()), unreadable],
    ['JPEG magic bytes and garbage', () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]), unreadable],
    ['a PNG signature alone', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), unreadable],
  ])('%s', async (_name, make, expected) => {
    expect(await acceptImage(await make(), LIMITS)).toEqual(expected);
  });

  it('checks the size before the type, and the shortest side after orientation', async () => {
    expect(await acceptImage(images.pdfRenamedAsJpeg(), { maxBytes: 100, minSide: 300 })).toMatchObject({ problem: 'FILE_TOO_LARGE', message: 'The file is larger than 100 bytes' });
    expect(await acceptImage(images.hugeFile(3_000_000), { maxBytes: 2_500_000, minSide: 300 })).toMatchObject({ message: 'The file is larger than 2.5 MB' });
    expect(await acceptImage(images.hugeFile(300_000), { maxBytes: 250_000, minSide: 300 })).toMatchObject({ message: 'The file is larger than 250 KB' });
    expect(await acceptImage(await images.jpegWithExif(), { maxBytes: 10_000_000, minSide: 501 })).toMatchObject({ problem: 'IMAGE_TOO_SMALL' });
    expect(await acceptImage(await images.jpegWithExif(), { maxBytes: 10_000_000, minSide: 500 })).toMatchObject({ ok: true });
  });
});

describe('photo quality', () => {
  const blurredBy8 = async (input: Promise<Buffer>) => sharp(await input).blur(8).jpeg({ quality: 88 }).toBuffer();

  it.each<[string, () => Promise<Buffer>, QualityProblem[]]>([
    ['a sharp document front', () => images.documentFrontJpeg(), []],
    ['a sharp document back', () => images.documentBackJpeg(), []],
    ['a sharp WebP document front', () => images.documentFrontWebp(), []],
    ['a sharp selfie', () => images.selfieJpeg(), []],
    ['a sharp PNG selfie', () => images.selfiePng(), []],
    ['another sharp document front', () => images.documentFrontJpeg(7), []],
    ['another sharp selfie', () => images.selfieJpeg(7), []],
    ['the document blurred (sigma 10)', () => images.blurredJpeg(), ['TOO_BLURRY']],
    ['the document blurred (sigma 8)', () => blurredBy8(images.documentFrontJpeg()), ['TOO_BLURRY']],
    ['the selfie blurred (sigma 8)', () => blurredBy8(images.selfieJpeg()), ['TOO_BLURRY']],
    ['a uniform grey frame', images.uniformGreyJpeg, ['TOO_BLURRY']],
    ['a near-black photo', () => images.darkJpeg(), ['TOO_DARK']],
    ['a washed-out photo', () => images.brightJpeg(), ['TOO_BRIGHT']],
  ])('%s', async (_name, make, expected) => {
    expect(qualityProblems(await accept(await make()))).toEqual(expected);
  });

  it('measures a uniform grey frame as no detail at mid-grey', async () => {
    const image = await accept(await images.uniformGreyJpeg());

    expect([image.blurScore, image.brightness]).toEqual([0, 128]);
  });

  it('judges exposure before sharpness, at the documented thresholds', () => {
    expect(QUALITY_THRESHOLDS).toEqual({ minBlurScore: 50, minBrightness: 40, maxBrightness: 225 });
    expect(qualityProblems({ blurScore: 50, brightness: 40 })).toEqual([]);
    expect(qualityProblems({ blurScore: 49.9, brightness: 225 })).toEqual(['TOO_BLURRY']);
    expect(qualityProblems({ blurScore: 3, brightness: 39.9 })).toEqual(['TOO_DARK']);
    expect(qualityProblems({ blurScore: 3, brightness: 225.1 })).toEqual(['TOO_BRIGHT']);
  });
});
