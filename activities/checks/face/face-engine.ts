/**
 * The face engine of the checks worker: finds faces in a selfie or a document photo, measures them, and compares
 * their descriptors. Models load once per process and stay warm between sessions; work is queued so that a burst
 * of sessions cannot hold more photos in memory than `concurrency`.
 */
import { decodeImage, type DecodedImage } from './decode-image';
import { cropFace } from './face-crop';
import { scaleBox, type PixelBox } from './face-box';
import { SELFIE_LIMITS, selfieProblem, type SelfieLimits, type SelfieProblem } from './face-match-policy';
import { faceSharpness } from './face-sharpness';
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
  /** Human's face descriptor (1024 numbers); compare two with `similarity`. */
  embedding: number[];
}

export interface FaceEngine {
  /** Every face found, largest (in area) first; looks again for small faces (a document portrait) when the first pass finds none. */
  detect(image: Buffer): Promise<DetectedFace[]>;
  /** 0..1, Human's similarity of two descriptors; 0 when either is missing. */
  similarity(a: number[], b: number[]): number;
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
  const queue = createWorkQueue(options.concurrency ?? 2);
  const limits = options.selfieLimits ?? SELFIE_LIMITS;

  return {
    detect: (image) => queue.run(() => detectFaces(runtime, image, { searchSmall: true })),
    similarity: (a, b) => (a.length === 0 || a.length !== b.length ? 0 : runtime.similarity(a, b)),
    crop: (image, face) => queue.run(() => cropFace(image, face.box)),
    quickSelfieCheck: (image) =>
      queue.run(async () => {
        // A selfie face small enough to need the second pass is too small anyway: skip it and stay fast.
        const faces = await detectFaces(runtime, image, { searchSmall: false });
        return { faces: faces.length, problem: selfieProblem(faces, limits) };
      }),
    close: () => queue.close(),
  };
}

async function detectFaces(runtime: HumanRuntime, image: Buffer, search: { searchSmall: boolean }): Promise<DetectedFace[]> {
  const decoded = await decodeImage(image);
  const found = await findFaces(runtime, decoded, search);
  const faces = await Promise.all(found.map((face) => measureFace(decoded, face)));
  // By area, not height: a half face cut by the photo's edge keeps its full height but loses width.
  return faces.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
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
