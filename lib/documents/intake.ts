/**
 * Upload intake: accepts or refuses the raw bytes of an uploaded photo, then normalises what it accepts (oriented,
 * re-encoded as JPEG, every piece of metadata dropped, long side capped) and measures it (hashes, sharpness,
 * exposure). Bad input is an answer, never an exception.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { measureQuality } from './quality';

export type UploadProblem = 'UNSUPPORTED_FILE_TYPE' | 'FILE_TOO_LARGE' | 'IMAGE_TOO_SMALL' | 'IMAGE_UNREADABLE';

export interface IntakeLimits {
  maxBytes: number;
  /** Shortest side, in pixels, the original (oriented) image must have. */
  minSide: number;
}

export interface AcceptedImage {
  bytes: Buffer;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
  sizeBytes: number;
  sha256: string;
  /** 64-bit difference hash as 16 lowercase hex characters; compare with perceptualHashDistance. */
  perceptualHash: string;
  blurScore: number;
  brightness: number;
}

export type IntakeResult = { ok: true; image: AcceptedImage } | { ok: false; problem: UploadProblem; message: string };

/** Decompression-bomb guard: a few KB of PNG can declare gigapixels. 50 MP covers the 12–48 MP photos phones save. */
const MAX_INPUT_PIXELS = 50_000_000;
const MAX_LONG_SIDE = 3000;
const JPEG_QUALITY = 90;

export async function acceptImage(input: Buffer, limits: IntakeLimits): Promise<IntakeResult> {
  if (input.length > limits.maxBytes) return refuse('FILE_TOO_LARGE', `The file is larger than ${formatSize(limits.maxBytes)}`);
  if (!hasAcceptedSignature(input)) return refuse('UNSUPPORTED_FILE_TYPE', 'Only JPEG, PNG and WebP images are accepted');

  const decoded = await normalise(input);
  if (!decoded.ok) return decoded;
  const { bytes, width, height, originalShortSide } = decoded;
  if (originalShortSide < limits.minSide) {
    return refuse('IMAGE_TOO_SMALL', `The image must be at least ${limits.minSide} pixels on its shortest side`);
  }

  const [perceptualHash, quality] = await Promise.all([differenceHash(bytes), measureQuality(bytes)]);
  return {
    ok: true,
    image: {
      bytes,
      mimeType: 'image/jpeg',
      width,
      height,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      perceptualHash,
      blurScore: quality.blurScore,
      brightness: quality.brightness,
    },
  };
}

const PERCEPTUAL_HASH = /^[0-9a-f]{16}$/;

/** Number of differing bits between two perceptual hashes: 0 for the same picture, ~32 for unrelated ones. */
export function perceptualHashDistance(a: string, b: string): number {
  if (!PERCEPTUAL_HASH.test(a) || !PERCEPTUAL_HASH.test(b)) throw new Error('A perceptual hash is 16 lowercase hex characters');
  let difference = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (difference > 0n) {
    bits += Number(difference & 1n);
    difference >>= 1n;
  }
  return bits;
}

function refuse(problem: UploadProblem, message: string): IntakeResult {
  return { ok: false, problem, message };
}

function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/**
 * The real type, from the first bytes; names and declared MIME types are the uploader's word. Three signatures
 * are all we accept, so they are checked here rather than with the `file-type` package, which is ESM-only while
 * this project compiles to CommonJS and runs Jest without ESM support.
 */
export function hasAcceptedSignature(bytes: Buffer): boolean {
  const isJpeg = startsWith(bytes, [0xff, 0xd8, 0xff]);
  const isPng = startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const isWebp = bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP';
  return isJpeg || isPng || isWebp;
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

type Normalised = { ok: true; bytes: Buffer; width: number; height: number; originalShortSide: number } | Extract<IntakeResult, { ok: false }>;

const UNREADABLE = { ok: false, problem: 'IMAGE_UNREADABLE', message: 'The image could not be read; it may be damaged or incomplete' } as const;

/**
 * Decodes every pixel (failOn 'error' makes truncated or corrupt data fail instead of coming out grey), applies
 * the EXIF orientation, flattens transparency onto white and re-encodes. sharp writes no metadata unless asked,
 * so EXIF (GPS, camera, orientation), XMP, IPTC, comments and ICC profiles are all gone.
 */
async function normalise(input: Buffer): Promise<Normalised> {
  let header: sharp.Metadata;
  try {
    // Only the header is read here; without lifting sharp's own pixel limit, an image past it (268 MP) would fail
    // to read and be called unreadable instead of too large. The decode below keeps the limit.
    header = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return UNREADABLE;
  }
  // Declared dimensions first, so a decompression bomb is refused as too large rather than as unreadable.
  if (header.width * header.height > MAX_INPUT_PIXELS) {
    return { ok: false, problem: 'FILE_TOO_LARGE', message: `The image has more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels` };
  }
  try {
    const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true })
      .resize({ width: MAX_LONG_SIDE, height: MAX_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: JPEG_QUALITY })
      .toBuffer({ resolveWithObject: true });
    const originalShortSide = Math.min(header.autoOrient.width, header.autoOrient.height);
    return { ok: true, bytes: data, width: info.width, height: info.height, originalShortSide };
  } catch {
    return UNREADABLE;
  }
}

/**
 * dHash: shrink to 9×8 grey, then one bit per horizontal neighbour pair (is the left pixel brighter?). Only the
 * coarse light layout survives the shrink, so re-encoding or resizing a picture flips few bits.
 */
async function differenceHash(image: Buffer): Promise<string> {
  const grey = await sharp(image).greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  let hash = '';
  for (let row = 0; row < 8; row++) {
    let byte = 0;
    for (let column = 0; column < 8; column++) {
      const left = grey[row * 9 + column]!;
      const right = grey[row * 9 + column + 1]!;
      byte = (byte << 1) | (left > right ? 1 : 0);
    }
    hash += byte.toString(16).padStart(2, '0');
  }
  return hash;
}
