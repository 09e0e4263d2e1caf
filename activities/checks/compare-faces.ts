/**
 * The selfie against the document portrait: the selfie's faces and whether they can be judged, the portrait (the
 * first document side that shows a face: the photo page, an ID card's front), and the similarity of the two. Shared
 * by the checks activity and the benchmark, so the benchmark measures what a session gets.
 */
import type { DetectedFace } from './face';
import { SELFIE_LIMITS, selfieProblem, type SelfieProblem } from './face/face-match-policy';

export interface FaceComparison {
  /** Every face of the selfie; null when there is no selfie. */
  selfieFaces: DetectedFace[] | null;
  problem: SelfieProblem | null;
  /** The selfie's one face, when it can be judged. */
  selfieFace: DetectedFace | null;
  portrait: { image: Buffer; face: DetectedFace } | null;
  /** Null unless both a judgeable selfie face and a portrait were found. */
  similarity: number | null;
}

export interface FaceComparer {
  detect(image: Buffer): Promise<DetectedFace[]>;
  similarity(a: number[], b: number[]): number;
}

export async function compareFaces(
  faces: FaceComparer,
  { selfie, documentImages }: { selfie: Buffer | undefined; documentImages: Buffer[] },
): Promise<FaceComparison> {
  const selfieFaces = selfie ? await faces.detect(selfie) : null;
  let portrait: FaceComparison['portrait'] = null;
  for (const image of documentImages) {
    const [face] = await faces.detect(image);
    if (face) {
      portrait = { image, face };
      break;
    }
  }
  const problem = selfieFaces ? selfieProblem(selfieFaces, SELFIE_LIMITS) : null;
  const selfieFace = selfieFaces && !problem ? selfieFaces[0]! : null;
  const similarity = selfieFace && portrait ? faces.similarity(selfieFace.embedding, portrait.face.embedding) : null;
  return { selfieFaces, problem, selfieFace, portrait, similarity };
}
