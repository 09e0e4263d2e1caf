/**
 * Decodes an uploaded JPEG, PNG or WebP into the RGB pixels the face models read: turned upright from its EXIF
 * orientation, and a big phone photo brought down to a working size (the detector reads 256 px, the descriptor
 * 224 px crops: 12 megapixels would only cost memory and time).
 */
import sharp from 'sharp';

/** Long side of the working copy: a portrait a tenth of a document photo's height still spans ~120 px. */
export const WORKING_LONG_SIDE = 1600;

export interface DecodedImage {
  /** RGB, three bytes a pixel, row by row. */
  pixels: Uint8Array;
  width: number;
  height: number;
  /** Size of the upright original, which boxes are reported in. */
  originalWidth: number;
  originalHeight: number;
}

export async function decodeImage(image: Buffer): Promise<DecodedImage> {
  const upright = sharp(image).autoOrient();
  const { autoOrient } = await upright.metadata();
  const { data, info } = await upright
    .resize({ width: WORKING_LONG_SIDE, height: WORKING_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    // A copy owned by this module's realm: TensorFlow.js checks typed arrays with `instanceof` (matters under Jest).
    pixels: new Uint8Array(data),
    width: info.width,
    height: info.height,
    originalWidth: autoOrient.width,
    originalHeight: autoOrient.height,
  };
}
