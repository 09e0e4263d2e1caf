/**
 * What the hosted verification page (`/v/{token}`) knows about its session: embedded in the page as JSON and
 * returned by every hosted-flow endpoint, so the page's script can always redraw from the server's state (a reload
 * or a second tab continues where the person was).
 */
import type { DocumentKind, DocumentType, Flow, SessionStatus } from '../../workflows/definitions';

export type HostedFlowPhase = 'WELCOME' | 'CAPTURE' | 'CHECKING' | 'DONE';

export interface HostedFlowView {
  /** WELCOME until Start; CAPTURE while uploading; CHECKING after submit; DONE once the person has nothing to do. */
  phase: HostedFlowPhase;
  status: SessionStatus;
  final: boolean;
  flow: Flow;
  /** Document types the person may choose from (one → the choice is skipped). */
  documentTypes: DocumentType[];
  attempt: number;
  maxAttempts: number;
  /** Kinds already uploaded in the current attempt. */
  uploaded: DocumentKind[];
  /** Why the previous attempt was not accepted (e.g. DOC_TOO_BLURRY, FACE_TOO_DARK); empty otherwise. */
  retryReasons: string[];
  /** Seconds left of `sessionLength` once started; null before Start and once submitted. */
  secondsLeft: number | null;
  /** When DONE: where the session's redirect URL sends the person (only the session reference attached), else null. */
  redirectUrl: string | null;
  /** Largest upload the server accepts, in bytes, so the page can refuse a bigger file before sending it. */
  uploadMaxBytes: number;
}
