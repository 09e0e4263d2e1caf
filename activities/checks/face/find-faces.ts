/**
 * Runs Human over a decoded image. The detector sees the whole image squeezed into 256 px, where a portrait on a
 * photographed ID card may be too small to find; when the first pass finds nothing and small faces are wanted, it
 * looks again in overlapping regions, each of which the detector then sees magnified.
 */
import type { DecodedImage } from './decode-image';
import { clampBox, intersectionOverUnion, type PixelBox } from './face-box';
import type { HumanRuntime } from './human-runtime';

/** A face in working-size pixels. */
export interface FoundFace {
  box: PixelBox;
  score: number;
  embedding: number[];
}

/** Region side as a share of the image, and where regions start: four regions overlapping by a fifth. */
const REGION_EXTENT = 0.6;
const REGION_STARTS = [0, 0.4];
/** Regions overlap, so one face may be found twice. */
const SAME_FACE_OVERLAP = 0.3;

export async function findFaces(runtime: HumanRuntime, image: DecodedImage, { searchSmall }: { searchSmall: boolean }): Promise<FoundFace[]> {
  const whole = await findFacesIn(runtime, image, { x: 0, y: 0, width: image.width, height: image.height });
  if (whole.length > 0 || !searchSmall) return whole;
  const found: FoundFace[] = [];
  for (const region of overlappingRegions(image)) found.push(...(await findFacesIn(runtime, image, region)));
  return withoutDuplicates(found);
}

async function findFacesIn(runtime: HumanRuntime, image: DecodedImage, region: PixelBox): Promise<FoundFace[]> {
  const { tf } = runtime;
  const input = tf.tidy(() =>
    tf.slice(tf.tensor3d(image.pixels, [image.height, image.width, 3], 'int32'), [region.y, region.x, 0], [region.height, region.width, 3]),
  );
  try {
    const result = await runtime.detect(input);
    return result.face.map((face) => {
      const [x, y, width, height] = face.box;
      return {
        box: clampBox(region.x + x, region.y + y, region.x + x + width, region.y + y + height, image),
        score: face.boxScore,
        embedding: face.embedding ?? [],
      };
    });
  } finally {
    tf.dispose(input);
  }
}

function overlappingRegions(image: DecodedImage): PixelBox[] {
  const width = Math.round(image.width * REGION_EXTENT);
  const height = Math.round(image.height * REGION_EXTENT);
  return REGION_STARTS.flatMap((top) =>
    REGION_STARTS.map((left) => ({ x: Math.round(image.width * left), y: Math.round(image.height * top), width, height })),
  );
}

function withoutDuplicates(faces: FoundFace[]): FoundFace[] {
  const kept: FoundFace[] = [];
  for (const face of [...faces].sort((a, b) => b.score - a.score)) {
    if (!kept.some((other) => intersectionOverUnion(other.box, face.box) > SAME_FACE_OVERLAP)) kept.push(face);
  }
  return kept;
}
