/**
 * The interface every automated check implements. Today: image quality and reused images. A document-reading or
 * face-matching engine plugs in as one more check that reads the images from the store and reports findings.
 */
import type { DocumentKind, DocumentType, Flow } from '../../workflows/definitions';

/** The latest upload of each required kind in the submitted attempt. */
export interface SubmittedImage {
  id: string;
  kind: DocumentKind;
  perceptualHash: string | null;
  blurScore: number;
  brightness: number;
  storageKey: string;
}

export interface CheckContext {
  sessionId: string;
  accountId: string;
  flow: Flow;
  documentType: DocumentType | null;
  images: SubmittedImage[];
}

export interface CheckFinding {
  /** Reasons the images cannot be judged (the attempt is refused), as sub-status codes, e.g. DOC_TOO_BLURRY. */
  problems: string[];
  fraudTags: string[];
}

export interface VerificationCheck {
  readonly name: string;
  run(context: CheckContext): Promise<CheckFinding>;
}

/** Sub-status codes are prefixed by what they judge: DOC_ for the document's sides, FACE_ for the selfie. */
export function subjectPrefix(kind: DocumentKind): 'DOC' | 'FACE' {
  return kind === 'FACE' ? 'FACE' : 'DOC';
}
