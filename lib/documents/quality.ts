/**
 * Photo quality: sharpness (variance of the Laplacian) and exposure (mean grey level), measured on a greyscale copy
 * capped at 1000 px on its long side so that scores from a 12-megapixel phone photo and a 1-megapixel scan compare.
 */
import sharp from 'sharp';

export type QualityProblem = 'TOO_BLURRY' | 'TOO_DARK' | 'TOO_BRIGHT';

export interface QualityMetrics {
  /** Variance of the 4-neighbour Laplacian: high for crisp edges and texture, near 0 for blur or a blank frame. */
  blurScore: number;
  /** Mean grey level, 0 (black) to 255 (white). */
  brightness: number;
}

/**
 * Calibrated on the images of test/support/images.ts (variants 0–15, measured after intake). Sharp photo-like
 * images score 700–1,200 (document fronts, JPEG and WebP), 1,630–2,210 (backs, dense MRZ text) and 445–840
 * (selfies, large smooth areas); the same images blurred with sigma 8–10 score 1.0–2.7 and a uniform grey frame 0.
 * 50 sits 18× above the blurriest and 9× below the softest sharp image. Brightness: usable images measure
 * 115–173, the near-black image 10–12, the washed-out one 240–243; 40 and 225 leave room for dim rooms and
 * pale cards.
 */
export const QUALITY_THRESHOLDS: Readonly<{ minBlurScore: number; minBrightness: number; maxBrightness: number }> = {
  minBlurScore: 50,
  minBrightness: 40,
  maxBrightness: 225,
};

const MEASURE_LONG_SIDE = 1000;

/** Measures a normalised (opaque JPEG) image, as intake produces. */
export async function measureQuality(image: Buffer): Promise<QualityMetrics> {
  const { data, info } = await sharp(image)
    .resize({ width: MEASURE_LONG_SIDE, height: MEASURE_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { blurScore: laplacianVariance(data, info.width, info.height), brightness: mean(data) };
}

/**
 * Exposure first: the Laplacian's variance grows with the square of contrast, so a near-black or washed-out frame
 * always scores as blurry. Only a well-exposed photo is judged for sharpness, and the person gets the one
 * instruction that helps (more or less light) instead of two.
 */
export function qualityProblems(metrics: QualityMetrics): QualityProblem[] {
  if (metrics.brightness < QUALITY_THRESHOLDS.minBrightness) return ['TOO_DARK'];
  if (metrics.brightness > QUALITY_THRESHOLDS.maxBrightness) return ['TOO_BRIGHT'];
  return metrics.blurScore < QUALITY_THRESHOLDS.minBlurScore ? ['TOO_BLURRY'] : [];
}

function mean(grey: Buffer): number {
  let sum = 0;
  for (const value of grey) sum += value;
  return grey.length === 0 ? 0 : sum / grey.length;
}

function laplacianVariance(grey: Buffer, width: number, height: number): number {
  let sum = 0;
  let sumOfSquares = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const laplacian = grey[i - width]! + grey[i + width]! + grey[i - 1]! + grey[i + 1]! - 4 * grey[i]!;
      sum += laplacian;
      sumOfSquares += laplacian * laplacian;
      count++;
    }
  }
  if (count === 0) return 0;
  const average = sum / count;
  return sumOfSquares / count - average * average;
}
