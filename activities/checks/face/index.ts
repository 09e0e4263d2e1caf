/** The face engine's public surface, for the checks activities and the checks worker. */
export { createFaceEngine, type DetectedFace, type FaceEngine, type FaceEngineOptions } from './face-engine';
export {
  FACE_MATCH_THRESHOLDS,
  SELFIE_LIMITS,
  judgeFaceMatch,
  selfieProblem,
  type FaceMatchThresholds,
  type FaceMatchVerdict,
  type SelfieLimits,
  type SelfieProblem,
} from './face-match-policy';
