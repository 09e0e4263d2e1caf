/** QR codes of public link URLs, for posters and flyers (PRODUCT.md §1.1), as SVG or PNG. */
import QRCode from 'qrcode';

/** Side length in pixels; an SVG scales freely but carries it as its width and height. */
export const QR_SIZE = { min: 128, max: 2048, default: 512 } as const;

/** Error correction M survives a smudged or creased print; a 2-module quiet zone keeps it compact yet scannable. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export function renderQrCode(url: string, format: 'svg', size: number): Promise<string>;
export function renderQrCode(url: string, format: 'png', size: number): Promise<Buffer>;
export function renderQrCode(url: string, format: 'svg' | 'png', size: number): Promise<string | Buffer>;
export function renderQrCode(url: string, format: 'svg' | 'png', size: number): Promise<string | Buffer> {
  return format === 'svg'
    ? QRCode.toString(url, { ...OPTIONS, type: 'svg', width: size })
    : QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width: size });
}
