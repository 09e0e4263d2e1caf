/**
 * The face engine of the checks worker: finds faces in a selfie or a document photo (Human), measures them,
 * describes each with two models (Human's descriptor and face-api's), and compares the descriptors
 * (face-similarity.ts). Models load once per process and stay warm between sessions; work is queued so that a burst
 * of sessions cannot hold more photos in memory than `concurrency`.
 */
import { decodeImage, type DecodedImage } from './decode-image';
import { loadFaceApiRuntime, type FaceApiRuntime } from './face-api-runtime';
import { cropFace } from './face-crop';
import { scaleBox, type PixelBox } from './face-box';
import { SELFIE_LIMITS, selfieProblem, type SelfieLimits, type SelfieProblem } from './face-match-policy';
import { faceSharpness } from './face-sharpness';
import { similarityParts, type SimilarityParts } from './face-similarity';
import { findFaces, type FoundFace } from './find-faces';
import { loadHumanRuntime, type HumanRuntime } from './human-runtime';
import { createWorkQueue } from './work-queue';

export interface DetectedFace {
  /** Pixels in the upright (EXIF-oriented) original image. */
  box: PixelBox;
  /** Detector confidence, 0..1. */
  score: number;
  /** Face height / image height. */
  sizeRatio: number;
  /** Variance of the Laplacian of the face resized to 128 px (face-sharpness.ts): 67–947 for sharp selfies. */
  sharpness: number;
  /** Human's face descriptor (1024 numbers) followed by face-api's (128); compare two with `similarity`. */
  embedding: number[];
}

export interface FaceEngine {
  /** Every face found, largest (in area) first; looks again for small faces (a document portrait) when the first pass finds none. */
  detect(image: Buffer): Promise<DetectedFace[]>;
  /** 0..1, the two models' combined similarity of two descriptors (face-similarity.ts); 0 when either is missing. */
  similarity(a: number[], b: number[]): number;
  /** Each model's score and the combined one, for measuring them apart; null when either descriptor is missing. */
  similarityParts(a: number[], b: number[]): SimilarityParts | null;
  /** A crop of the face for display to a reviewer (JPEG), with some margin. */
  crop(image: Buffer, face: DetectedFace): Promise<Buffer>;
  /** Fast check at upload: how many faces, and is the single face large and sharp enough? */
  quickSelfieCheck(image: Buffer): Promise<{ faces: number; problem: SelfieProblem | null }>;
  /** Refuses new work and resolves when queued work is done. The models stay loaded for the process. */
  close(): Promise<void>;
}

export interface FaceEngineOptions {
  /** Photos processed at once (decoding overlaps; inference itself runs one at a time). Default 2. */
  concurrency?: number;
  selfieLimits?: SelfieLimits;
}

export async function createFaceEngine(options: FaceEngineOptions = {}): Promise<FaceEngine> {
  const runtime = await loadHumanRuntime();
  const faceApi = await loadFaceApiRuntime();
  const queue = createWorkQueue(options.concurrency ?? 2);
  const limits = options.selfieLimits ?? SELFIE_LIMITS;
  const humanSimilarity = (a: number[], b: number[]) => runtime.similarity(a, b);

  return {
    detect: (image) => queue.run(() => detectFaces(runtime, image, { searchSmall: true, faceApi })),
    similarity: (a, b) => similarityParts(a, b, humanSimilarity)?.combined ?? 0,
    similarityParts: (a, b) => similarityParts(a, b, humanSimilarity),
    crop: (image, face) => queue.run(() => cropFace(image, face.box)),
    quickSelfieCheck: (image) =>
      queue.run(async () => {
        // A selfie face small enough to need the second pass is too small anyway: skip it and stay fast. Nothing
        // is compared at upload: no second descriptor.
        const faces = await detectFaces(runtime, image, { searchSmall: false, faceApi: null });
        return { faces: faces.length, problem: selfieProblem(faces, limits) };
      }),
    close: () => queue.close(),
  };
}

async function detectFaces(
  runtime: HumanRuntime,
  image: Buffer,
  { searchSmall, faceApi }: { searchSmall: boolean; faceApi: FaceApiRuntime | null },
): Promise<DetectedFace[]> {
  const decoded = await decodeImage(image);
  const found = await findFaces(runtime, decoded, { searchSmall });
  if (faceApi) await addFaceApiDescriptors(runtime, faceApi, decoded, found);
  const faces = await Promise.all(found.map((face) => measureFace(decoded, face)));
  // By area, not height: a half face cut by the photo's edge keeps its full height but loses width.
  return faces.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
}

/** Appends face-api's descriptor to Human's, for each face Human described, from the box Human found. */
async function addFaceApiDescriptors(runtime: HumanRuntime, faceApi: FaceApiRuntime, image: DecodedImage, faces: FoundFace[]): Promise<void> {
  const described = faces.filter((face) => face.embedding.length > 0);
  if (described.length === 0) return;
  const { tf } = runtime;
  const input = tf.tensor3d(image.pixels, [image.height, image.width, 3], 'int32');
  try {
    for (const face of described) face.embedding = [...face.embedding, ...(await faceApi.describe(input, face.box))];
  } finally {
    tf.dispose(input);
  }
}

async function measureFace(image: DecodedImage, face: FoundFace): Promise<DetectedFace> {
  const original = { width: image.originalWidth, height: image.originalHeight };
  return {
    box: scaleBox(face.box, image.originalWidth / image.width, original),
    score: face.score,
    sizeRatio: face.box.height / image.height,
    sharpness: await faceSharpness(image, face.box),
    embedding: face.embedding,
  };
}
