/**
 * How sharp a face is: the variance of the Laplacian (the same measure as the upload quality check,
 * lib/documents/quality.ts) on the face box alone, resized to a fixed 128 × 128 so that a face photographed large
 * and one photographed small are judged at the same scale. Sharp selfie faces measured 67–947, the same
 * blurred with σ 6 7–30, a flat grey patch 0 (calibration in face-match-policy.ts).
 */
import sharp from 'sharp';
import { measureQuality } from '../../../lib/documents/quality';
import type { DecodedImage } from './decode-image';
import type { PixelBox } from './face-box';

const MEASURED_SIDE = 128;

export async function faceSharpness(image: DecodedImage, box: PixelBox): Promise<number> {
  const face = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 3 } })
    .extract({ left: box.x, top: box.y, width: box.width, height: box.height })
    .resize(MEASURED_SIDE, MEASURED_SIDE, { fit: 'fill' })
    .png()
    .toBuffer();
  const { blurScore } = await measureQuality(face);
  return blurScore;
}
