/**
 * Logo intake, as strict as the document intake (lib/documents/intake.ts): the type is sniffed from the bytes (JPEG,
 * PNG or WebP — never SVG, which can carry script), the size and the declared dimensions are capped before any pixel
 * is decoded, every pixel is decoded (a damaged file is refused) and the image is re-encoded as PNG, which keeps
 * transparency and drops every piece of metadata. What the browser gets is only ever our own re-encoding.
 */
import sharp from 'sharp';
import { hasAcceptedSignature } from '../documents/intake';

export const LOGO_LIMITS = {
  maxBytes: 1_000_000,
  /** Declared width × height a logo may have; a few KB of PNG can declare gigapixels. */
  maxInputPixels: 16_000_000,
  minSide: 16,
  /** The stored logo fits this box; the pages show it at most 48 pixels high. */
  maxStoredSide: 512,
} as const;

export type LogoProblem = 'UNSUPPORTED_FILE_TYPE' | 'FILE_TOO_LARGE' | 'IMAGE_TOO_SMALL' | 'IMAGE_UNREADABLE';

export type LogoIntakeResult =
  | { ok: true; logo: { bytes: Buffer; mimeType: 'image/png'; width: number; height: number } }
  | { ok: false; problem: LogoProblem; message: string };

export async function acceptLogo(input: Buffer): Promise<LogoIntakeResult> {
  if (input.length > LOGO_LIMITS.maxBytes) return refuse('FILE_TOO_LARGE', `The logo is larger than ${LOGO_LIMITS.maxBytes / 1_000_000} MB`);
  if (!hasAcceptedSignature(input)) return refuse('UNSUPPORTED_FILE_TYPE', 'A logo must be a JPEG, PNG or WebP image');
  let header: sharp.Metadata;
  try {
    header = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return refuse('IMAGE_UNREADABLE', 'The logo could not be read; it may be damaged or incomplete');
  }
  if (header.width * header.height > LOGO_LIMITS.maxInputPixels) {
    return refuse('FILE_TOO_LARGE', `The logo has more than ${LOGO_LIMITS.maxInputPixels / 1_000_000} megapixels`);
  }
  if (Math.min(header.autoOrient.width, header.autoOrient.height) < LOGO_LIMITS.minSide) {
    return refuse('IMAGE_TOO_SMALL', `The logo must be at least ${LOGO_LIMITS.minSide} pixels on its shortest side`);
  }
  try {
    const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: LOGO_LIMITS.maxInputPixels, autoOrient: true })
      .resize({ width: LOGO_LIMITS.maxStoredSide, height: LOGO_LIMITS.maxStoredSide, fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, logo: { bytes: data, mimeType: 'image/png', width: info.width, height: info.height } };
  } catch {
    return refuse('IMAGE_UNREADABLE', 'The logo could not be read; it may be damaged or incomplete');
  }
}

function refuse(problem: LogoProblem, message: string): LogoIntakeResult {
  return { ok: false, problem, message };
}
