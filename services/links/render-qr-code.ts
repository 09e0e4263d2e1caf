/**
 * QR codes of public link URLs, for posters and flyers (PRODUCT.md §1.1), as SVG or PNG. The PNG is drawn off the
 * event loop: only the module matrix (a few dozen pixels a side) is computed here; libvips (through sharp, on
 * libuv's thread pool) scales it up and encodes it. Rendered codes are cached per (URL, format, size), and
 * concurrent requests for the same code share one rendering (docs/decisions.md).
 */
import { LRUCache } from 'lru-cache';
import QRCode from 'qrcode';
import sharp from 'sharp';

/** Side length in pixels; an SVG scales freely but carries it as its width and height. */
export const QR_SIZE = { min: 128, max: 2048, default: 512 } as const;

/** Error correction M survives a smudged or creased print; a 2-module quiet zone keeps it compact yet scannable. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/** A 2048 px PNG of a link URL is about 50 kB, an SVG under 2 kB: these bounds hold hundreds of codes. */
type Rendered = string | Buffer;

const rendered = new LRUCache<string, Rendered>({
  max: 500,
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (value) => (typeof value === 'string' ? Buffer.byteLength(value) : value.length),
});
const inFlight = new Map<string, Promise<Rendered>>();

export function renderQrCode(url: string, format: 'svg', size: number): Promise<string>;
export function renderQrCode(url: string, format: 'png', size: number): Promise<Buffer>;
export function renderQrCode(url: string, format: 'svg' | 'png', size: number): Promise<string | Buffer>;
export async function renderQrCode(url: string, format: 'svg' | 'png', size: number): Promise<string | Buffer> {
  if (!Number.isInteger(size) || size < QR_SIZE.min || size > QR_SIZE.max) throw new RangeError(`A QR code is ${QR_SIZE.min} to ${QR_SIZE.max} pixels a side`);
  const key = `${format}:${size}:${url}`;
  const cached = rendered.get(key);
  if (cached !== undefined) return cached;
  const pending = inFlight.get(key);
  if (pending) return pending;
  const rendering = (format === 'svg' ? QRCode.toString(url, { ...OPTIONS, type: 'svg', width: size }) : renderPng(url, size)).finally(() => inFlight.delete(key));
  inFlight.set(key, rendering);
  const value = await rendering;
  rendered.set(key, value);
  return value;
}

/** One byte per module, quiet zone included (0 dark, 255 light), scaled by nearest neighbour: sharp edges, no greys. */
function renderPng(url: string, size: number): Promise<Buffer> {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel });
  const side = modules.size + 2 * OPTIONS.margin;
  const pixels = Buffer.alloc(side * side, 255);
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.data[row * modules.size + column]) pixels[(row + OPTIONS.margin) * side + column + OPTIONS.margin] = 0;
    }
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 1 } })
    .resize(size, size, { kernel: 'nearest' })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
