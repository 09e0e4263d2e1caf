/** A face cut from the uploaded photo for a reviewer: at full resolution, with margin for hair and chin. */
import sharp from 'sharp';
import { growBox, type PixelBox } from './face-box';

const MARGIN = 0.25;
const LONG_SIDE = 480;

/** `box` is in pixels of the upright original, as DetectedFace reports it. */
export async function cropFace(image: Buffer, box: PixelBox): Promise<Buffer> {
  const upright = sharp(image).autoOrient();
  const { autoOrient } = await upright.metadata();
  const area = growBox(box, MARGIN, autoOrient);
  return upright
    .extract({ left: area.x, top: area.y, width: area.width, height: area.height })
    .resize({ width: LONG_SIDE, height: LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 90 })
    .toBuffer();
}
