/**
 * The decision policy: from what the engine read and measured, each named check's outcome and the session's verdict.
 * A pure function, so every rule has a fast test (test/checks/decision-policy.test.ts).
 *
 * Approve only when every required check passed (the face with the match threshold's margin) and nothing was
 * tagged; deny only on clear failures (an expired document, a confident face mismatch); ask for a retake when the
 * images could not be read; everything else goes to a reviewer, with the reasons.
 */
import type { DocumentType, Flow } from '../../workflows/definitions';
import { judgeFaceMatch, type FaceMatchThresholds } from './face/face-match-policy';

export type CheckName =
  | 'MRZ_VALID'
  | 'DOCUMENT_NOT_EXPIRED'
  | 'DOCUMENT_TYPE_MATCHES'
  | 'COUNTRY_ALLOWED'
  | 'DOCUMENT_TYPE_ALLOWED'
  | 'MINIMUM_AGE'
  | 'DATA_MATCHES_SUPPLIED'
  | 'DOCUMENT_NOT_REUSED'
  | 'VISUAL_ZONE_AGREES'
  | 'DOCUMENT_FACE_FOUND'
  | 'SELFIE_ONE_FACE'
  | 'FACE_MATCH';

export type CheckResult = 'PASSED' | 'FAILED' | 'UNCERTAIN';

export interface NamedCheck {
  name: CheckName;
  result: CheckResult;
  /** iDenfy's reason code where one exists (DOC_EXPIRED, FACE_MISMATCH, …). */
  code: string | null;
}

export interface DocumentFindings {
  mrzFound: boolean;
  mrzValid: boolean;
  /** What the MRZ says the document is (null when not read). */
  documentType: DocumentType | null;
  issuingCountry: string | null;
  dateOfBirth: string | null;
  dateOfExpiry: string | null;
  /** Fields whose visual-zone reading disagrees with the MRZ; null when the visual zone could not be read. */
  visualZoneDisagreements: string[] | null;
  documentFaceFound: boolean | null;
}

export interface FaceFindings {
  /** Why the selfie cannot be judged (NO_FACE_FOUND, TOO_MANY_FACES, FACE_TOO_BLURRY, FACE_TOO_SMALL), or null. */
  selfieProblem: string | null;
  similarity: number | null;
}

export interface DecisionPolicy {
  autoApprove: boolean;
  autoDeny: boolean;
  /** Similarity thresholds: at or above `match` the same person, below `mismatch` different people, between: a reviewer. */
  face: FaceMatchThresholds;
  allowedCountries: string[];
  allowedDocumentTypes: string[];
  minimumAge: number | null;
}

export interface DecisionInput {
  flow: Flow;
  chosenDocumentType: DocumentType | null;
  document: DocumentFindings | null;
  face: FaceFindings | null;
  /** Supplied data that disagrees with the document (NAME, DATE_OF_BIRTH, …). */
  mismatchTags: string[];
  fraudTags: string[];
  policy: DecisionPolicy;
  /** YYYY-MM-DD, the day the decision is made. */
  today: string;
}

export type Verdict = 'APPROVE' | 'DENY' | 'REVIEW' | 'RETRY';

export interface Decision {
  verdict: Verdict;
  checks: NamedCheck[];
  autoDocument: string | null;
  autoFace: string | null;
  /** Retake guidance when the verdict is RETRY (MRZ_NOT_FOUND, NO_FACE_FOUND, …). */
  problems: string[];
  /** Why a reviewer must look, or why it was denied: the codes of the checks that did not pass. */
  reasons: string[];
  mismatchTags: string[];
}

/** Documents without a machine-readable zone: reading them is a reviewer's job, not a reason to retake. */
const WITHOUT_MRZ: readonly DocumentType[] = ['DRIVER_LICENSE'];

export function decideVerification(input: DecisionInput): Decision {
  const mismatchTags = [...input.mismatchTags];
  const checks: NamedCheck[] = [];
  const problems: string[] = [];
  const add = (name: CheckName, result: CheckResult, code: string | null) => checks.push({ name, result, code });

  const document = input.flow === 'SELFIE' ? null : input.document;
  let documentUnreadable = false;
  if (document) {
    if (!document.mrzFound || !document.mrzValid) {
      const code = document.mrzFound ? 'MRZ_OCR_READING_ERROR' : 'MRZ_NOT_FOUND';
      add('MRZ_VALID', 'FAILED', code);
      documentUnreadable = true;
      if (!(input.chosenDocumentType && WITHOUT_MRZ.includes(input.chosenDocumentType))) problems.push(code);
    } else {
      add('MRZ_VALID', 'PASSED', null);
      judgeReadDocument(document, input, add, mismatchTags);
    }
  }

  const face = input.flow === 'DOCUMENT' ? null : input.face;
  if (face) {
    if (face.selfieProblem) {
      add('SELFIE_ONE_FACE', 'FAILED', face.selfieProblem);
      problems.push(face.selfieProblem);
    } else {
      add('SELFIE_ONE_FACE', 'PASSED', null);
      if (input.flow === 'DOCUMENT_AND_SELFIE' && !documentUnreadable) judgeFaces(face, document, input.policy, add);
    }
  }

  // An UNCERTAIN check without a code is advisory (an unreadable visual zone): no evidence either way.
  const failed = checks.filter((check) => check.result === 'FAILED' || (check.result === 'UNCERTAIN' && check.code !== null));
  const reasons = [...new Set(failed.map((check) => check.code).filter((code): code is string => code !== null))];
  const autoDocument = document ? documentStatus(checks) : null;
  const autoFace = !face ? (input.flow === 'DOCUMENT' ? null : 'FACE_NOT_CHECKED') : faceStatus(checks, input.flow);
  const base = { checks, autoDocument, autoFace, mismatchTags, reasons };

  if (problems.length > 0) return { ...base, verdict: 'RETRY', problems };
  const clearFailure = checks.some(
    (check) => check.result === 'FAILED' && (check.code === 'DOC_EXPIRED' || check.code === 'FACE_MISMATCH'),
  );
  if (clearFailure && input.policy.autoDeny) return { ...base, verdict: 'DENY', problems: [] };
  const everythingPassed = failed.length === 0 && mismatchTags.length === 0 && input.fraudTags.length === 0;
  // A selfie alone proves nothing about who the person is; neither does an unread document.
  const verifiable = input.flow === 'SELFIE' ? false : !documentUnreadable;
  if (everythingPassed && verifiable && input.policy.autoApprove) return { ...base, verdict: 'APPROVE', problems: [] };
  return { ...base, verdict: 'REVIEW', problems: [] };
}

function judgeReadDocument(
  document: DocumentFindings,
  input: DecisionInput,
  add: (name: CheckName, result: CheckResult, code: string | null) => void,
  mismatchTags: string[],
): void {
  const { policy, today } = input;
  const expired = document.dateOfExpiry !== null && document.dateOfExpiry < today;
  add('DOCUMENT_NOT_EXPIRED', expired ? 'FAILED' : 'PASSED', expired ? 'DOC_EXPIRED' : null);

  if (input.chosenDocumentType && document.documentType) {
    const matches = sameKind(input.chosenDocumentType, document.documentType);
    add('DOCUMENT_TYPE_MATCHES', matches ? 'PASSED' : 'FAILED', matches ? null : 'DOC_TYPE_MISMATCH');
  }
  if (policy.allowedCountries.length > 0) {
    const allowed = document.issuingCountry !== null && policy.allowedCountries.includes(document.issuingCountry);
    add('COUNTRY_ALLOWED', allowed ? 'PASSED' : 'FAILED', allowed ? null : 'COUNTRY_MISMATCH');
  }
  if (policy.allowedDocumentTypes.length > 0) {
    const type = document.documentType ?? input.chosenDocumentType;
    const allowed = type !== null && policy.allowedDocumentTypes.includes(type);
    add('DOCUMENT_TYPE_ALLOWED', allowed ? 'PASSED' : 'FAILED', allowed ? null : 'DOC_NOT_SUPPORTED');
  }
  if (policy.minimumAge !== null) {
    if (document.dateOfBirth === null) {
      add('MINIMUM_AGE', 'UNCERTAIN', 'UNKNOWN_AGE');
      mismatchTags.push('UNKNOWN_AGE');
    } else {
      const oldEnough = ageOn(document.dateOfBirth, today) >= policy.minimumAge;
      add('MINIMUM_AGE', oldEnough ? 'PASSED' : 'FAILED', oldEnough ? null : 'UNDER_AGE');
      if (!oldEnough) mismatchTags.push('UNDER_AGE');
    }
  }
  const supplied = input.mismatchTags;
  add('DATA_MATCHES_SUPPLIED', supplied.length === 0 ? 'PASSED' : 'FAILED', supplied.length === 0 ? null : 'DOC_INFO_MISMATCH');
  const reused = input.fraudTags.includes(DUPLICATE_DOCUMENT_TAG);
  add('DOCUMENT_NOT_REUSED', reused ? 'FAILED' : 'PASSED', reused ? DUPLICATE_DOCUMENT_TAG : null);
  if (document.visualZoneDisagreements === null) {
    add('VISUAL_ZONE_AGREES', 'UNCERTAIN', null);
  } else {
    const agrees = document.visualZoneDisagreements.length === 0;
    add('VISUAL_ZONE_AGREES', agrees ? 'PASSED' : 'FAILED', agrees ? null : 'DOC_INFO_MISMATCH');
  }
}

function judgeFaces(
  face: FaceFindings,
  document: DocumentFindings | null,
  policy: DecisionPolicy,
  add: (name: CheckName, result: CheckResult, code: string | null) => void,
): void {
  if (!document?.documentFaceFound || face.similarity === null) {
    add('DOCUMENT_FACE_FOUND', 'FAILED', 'DOC_FACE_NOT_FOUND');
    return;
  }
  add('DOCUMENT_FACE_FOUND', 'PASSED', null);
  const verdict = judgeFaceMatch(face.similarity, policy.face);
  add('FACE_MATCH', verdict === 'FACE_MATCH' ? 'PASSED' : verdict === 'FACE_MISMATCH' ? 'FAILED' : 'UNCERTAIN', verdict);
}

/** The fraud tag of a document number already verified for another client of the same account. */
export const DUPLICATE_DOCUMENT_TAG = 'DUPLICATE_DOCUMENT';

const DOCUMENT_CHECKS: readonly CheckName[] = [
  'MRZ_VALID',
  'DOCUMENT_NOT_EXPIRED',
  'DOCUMENT_TYPE_MATCHES',
  'COUNTRY_ALLOWED',
  'DOCUMENT_TYPE_ALLOWED',
  'DATA_MATCHES_SUPPLIED',
  'VISUAL_ZONE_AGREES',
  'DOCUMENT_FACE_FOUND',
];

/** The first document check that failed names the status (an unread MRZ always fails MRZ_VALID with its code). */
function documentStatus(checks: NamedCheck[]): string {
  const failed = checks.find((check) => DOCUMENT_CHECKS.includes(check.name) && check.result === 'FAILED');
  return failed?.code ?? 'DOC_VALIDATED';
}

function faceStatus(checks: NamedCheck[], flow: Flow): string {
  const selfie = checks.find((check) => check.name === 'SELFIE_ONE_FACE');
  if (selfie?.result === 'FAILED') return selfie.code ?? 'FACE_ERROR';
  const match = checks.find((check) => check.name === 'FACE_MATCH');
  if (match?.code) return match.code;
  return flow === 'SELFIE' ? 'FACE_NOT_CHECKED' : 'FACE_NOT_ANALYSED';
}

/** Residence permits are ID cards in the MRZ's eyes (both `I…` or `A…`/`C…` codes); a passport is `P…`. */
function sameKind(chosen: DocumentType, read: DocumentType): boolean {
  const family = (type: DocumentType) => (type === 'PASSPORT' ? 'PASSPORT' : type === 'DRIVER_LICENSE' ? 'DRIVER_LICENSE' : 'CARD');
  return family(chosen) === family(read);
}

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
