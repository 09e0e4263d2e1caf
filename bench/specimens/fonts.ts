import { execFileSync } from 'node:child_process';

/** The font the MRZ is drawn in: OCR-B where fontconfig knows it (Debian's fonts-ocr-b), else a monospace font. */
export interface MrzFont {
  family: string;
  isOcrB: boolean;
}

const OCR_B = 'OCR B';
const FALLBACK = 'DejaVu Sans Mono';

let detected: MrzFont | undefined;

function fontconfigHas(family: string): boolean {
  try {
    return execFileSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

export function mrzFont(): MrzFont {
  detected ??= fontconfigHas(OCR_B) ? { family: OCR_B, isOcrB: true } : { family: FALLBACK, isOcrB: false };
  return detected;
}
