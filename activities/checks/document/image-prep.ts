/**
 * Image preparation with sharp: photos turned upright (EXIF), grey, contrast stretched, at a size the engines read
 * well; crops of the MRZ band straightened and scaled to the character height the legacy engine reads best.
 */
import sharp from 'sharp';
import type { OcrBox } from './ocr-engines';

/** A grey image held as raw pixels, so crops and rotations start from the same decoded photo. */
export interface GreyImage {
  pixels: Buffer;
  width: number;
  height: number;
}

/** Larger photos only cost time: an MRZ filling a third of this width still has 20 px characters. */
const MAX_SOURCE_SIDE = 3000;

export function decodeUpright(image: Buffer): Promise<GreyImage> {
  return toGrey(
    sharp(image, { failOn: 'none' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize(MAX_SOURCE_SIDE, MAX_SOURCE_SIDE, { fit: 'inside', withoutEnlargement: true })
      .normalise(),
  );
}

function fromRaw(image: GreyImage): sharp.Sharp {
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 1 } });
}

async function toGrey(pipeline: sharp.Sharp): Promise<GreyImage> {
  const { data, info } = await pipeline.removeAlpha().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

/** The image turned clockwise by `degrees` on a white background (the canvas grows to hold it). */
export function rotateGrey(image: GreyImage, degrees: number): Promise<GreyImage> {
  return toGrey(fromRaw(image).rotate(degrees, { background: '#ffffff' }));
}

/** The image as PNG with its long side at most `longSide`, and the scale that took it there. */
export async function pageImage(image: GreyImage, longSide: number): Promise<{ png: Buffer; scale: number }> {
  const scale = Math.min(1, longSide / Math.max(image.width, image.height));
  const png = await fromRaw(image)
    .resize(Math.round(image.width * scale), Math.round(image.height * scale))
    .png()
    .toBuffer();
  return { png, scale };
}

export interface BandCrop {
  /** The band in the source image's pixels. */
  box: OcrBox;
  /** How far the lines slope, clockwise, in degrees. */
  skewDegrees: number;
  /** Height of one MRZ line in the source image's pixels. */
  lineHeight: number;
}

/** The band cut out, turned level, and scaled so that one line is `targetLineHeight` pixels high. */
export async function bandImage(image: GreyImage, crop: BandCrop, targetLineHeight: number): Promise<Buffer> {
  const left = Math.max(0, Math.floor(crop.box.x0));
  const top = Math.max(0, Math.floor(crop.box.y0));
  const width = Math.min(image.width, Math.ceil(crop.box.x1)) - left;
  const height = Math.min(image.height, Math.ceil(crop.box.y1)) - top;
  const scale = targetLineHeight / crop.lineHeight;
  // Two steps: sharp applies a resize before a rotation within one pipeline, whatever the order of the calls.
  const cut = await toGrey(
    fromRaw(image)
      .extract({ left, top, width, height })
      .rotate(-crop.skewDegrees, { background: '#ffffff' }),
  );
  return fromRaw(cut)
    .resize(Math.max(1, Math.round(cut.width * scale)), Math.max(1, Math.round(cut.height * scale)), { kernel: 'lanczos3' })
    .normalise()
    .png()
    .toBuffer();
}
