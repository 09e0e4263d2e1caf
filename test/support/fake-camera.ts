/**
 * A fake camera for browser tests: Chromium's `--use-fake-device-for-media-stream` with
 * `--use-file-for-fake-video-capture` plays a Y4M file (a text header, then raw I420 frames) as every camera. Chromium
 * opens the file each time a page opens the camera, so a test changes what the camera sees between two shots by
 * replacing the file (written beside it, then renamed over it: an opened copy is never cut short).
 */
import { rename, writeFile } from 'node:fs/promises';
import sharp from 'sharp';

/** Frames in the file; Chromium plays them in a loop. A few, so the loop never hands out a partial frame. */
const FRAMES = 3;

export function fakeCameraArgs(file: string): string[] {
  return ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`];
}

/** What the fake camera at `file` shows from the next time a page opens it: `image` (any format sharp reads). */
export async function showOnFakeCamera(file: string, image: Buffer): Promise<{ width: number; height: number }> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  // I420 halves the chroma planes: an even size keeps every plane whole.
  const width = info.width - (info.width % 2);
  const height = info.height - (info.height % 2);
  const frame = i420(data, info.width, width, height);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  const parts: Buffer[] = [header];
  for (let index = 0; index < FRAMES; index++) parts.push(Buffer.from('FRAME\n'), frame);
  await writeFile(`${file}.next`, Buffer.concat(parts));
  await rename(`${file}.next`, file);
  return { width, height };
}

/** RGB rows (`stride` pixels wide) as one I420 frame of width×height: full-size luma, then Cb and Cr at half size (BT.601). */
function i420(rgb: Buffer, stride: number, width: number, height: number): Buffer {
  const lumaSize = width * height;
  const frame = Buffer.alloc(lumaSize + lumaSize / 2);
  const pixel = (x: number, y: number) => (y * stride + x) * 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = pixel(x, y);
      frame[y * width + x] = clamp(16 + 0.257 * rgb[i]! + 0.504 * rgb[i + 1]! + 0.098 * rgb[i + 2]!);
    }
  }
  const chromaWidth = width / 2;
  for (let y = 0; y < height / 2; y++) {
    for (let x = 0; x < chromaWidth; x++) {
      const i = pixel(2 * x, 2 * y);
      frame[lumaSize + y * chromaWidth + x] = clamp(128 - 0.148 * rgb[i]! - 0.291 * rgb[i + 1]! + 0.439 * rgb[i + 2]!);
      frame[lumaSize + lumaSize / 4 + y * chromaWidth + x] = clamp(128 + 0.439 * rgb[i]! - 0.368 * rgb[i + 1]! - 0.071 * rgb[i + 2]!);
    }
  }
  return frame;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}
