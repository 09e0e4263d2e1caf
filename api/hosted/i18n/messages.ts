/**
 * The shape every interface language fills in. Each language file declares `satisfies Messages`, so a missing or
 * misspelt key fails the type check.
 */
import type { DocumentKind, DocumentType, Flow } from '../../../workflows/definitions';

/** Why a reusable link's page cannot start a verification; the codes match the API's error codes. */
export type LinkUnavailableReason = 'LINK_EXPIRED' | 'LINK_EXHAUSTED' | 'LINK_DEACTIVATED' | 'NOT_FOUND' | 'ACCOUNT_UNAVAILABLE';

/** Why a hosted verification page (`/v/{token}`) cannot be shown. */
export type SessionUnavailableReason = 'EXPIRED' | 'NOT_FOUND';

/**
 * What the hosted page's script can run into: the API's error codes for uploads and submission, plus NETWORK (no
 * answer, or the service is unavailable) and UNEXPECTED (any other failure). An expired or vanished session is not an
 * error message but an outcome (`FlowOutcome`).
 */
export type FlowErrorCode =
  | 'UNSUPPORTED_FILE_TYPE'
  | 'FILE_TOO_LARGE'
  | 'IMAGE_TOO_SMALL'
  | 'IMAGE_UNREADABLE'
  | 'VALIDATION_ERROR'
  | 'MISSING_DOCUMENTS'
  | 'INVALID_STATE'
  | 'NETWORK'
  | 'UNEXPECTED'
  // A session's own limits: its rate of requests, its number of images, the bytes it may store.
  | 'RATE_LIMITED'
  | 'TOO_MANY_UPLOADS'
  | 'UPLOAD_QUOTA_EXCEEDED'
  // An upload the verification engine refused on the spot (no attempt used).
  | 'MRZ_NOT_VISIBLE'
  | 'DOCUMENT_NOT_VISIBLE'
  | 'NO_FACE_FOUND'
  | 'TOO_MANY_FACES'
  | 'FACE_TOO_SMALL'
  | 'FACE_TOO_BLURRY';

/** Why the automated checks refused an attempt (the view's `retryReasons`). */
export type RetryReason =
  | 'DOC_TOO_BLURRY'
  | 'DOC_TOO_DARK'
  | 'DOC_TOO_BRIGHT'
  | 'FACE_TOO_BLURRY'
  | 'FACE_TOO_DARK'
  | 'FACE_TOO_BRIGHT'
  // The verification engine's retake reasons.
  | 'MRZ_NOT_FOUND'
  | 'MRZ_OCR_READING_ERROR'
  | 'NO_FACE_FOUND'
  | 'TOO_MANY_FACES'
  | 'FACE_TOO_SMALL';

/**
 * What the hosted page's last panel says. DENIED and SUSPECTED are both NOT_VERIFIED: the person is never told that
 * fraud was suspected.
 */
export type FlowOutcome = 'REVIEWING' | 'APPROVED' | 'NOT_VERIFIED' | 'EXPIRED' | 'CANCELLED' | 'NOT_FOUND';

/**
 * A text that depends on a number, one entry per CLDR plural category the language uses for whole numbers
 * (`Intl.PluralRules`); `other` is the fallback.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface ProblemText {
  heading: string;
  hint: string;
}

/** Everything the hosted page's script writes into the page; embedded in the page as JSON for the current language. */
export interface ScriptMessages {
  /** `{current}` and `{total}` are step numbers. */
  stepOf: string;
  /** Announced to screen readers when the time left drops to 5 and to 1 minutes; `{minutes}` is that number. */
  minutesLeft: PluralForms;
  takePhoto: string;
  retakePhoto: string;
  chooseFile: string;
  chooseOtherFile: string;
  uploading: string;
  added: string;
  notAdded: string;
  add: string;
  replace: string;
  /** The text alternative of the preview of a chosen photo. */
  previewAlt: string;
  /** `{attempt}` and `{maxAttempts}` are numbers. */
  attempt: string;
  retryReasons: Record<RetryReason, string>;
  /** For a refusal reason this page does not know yet. */
  retryGeneric: string;
  /** FILE_TOO_LARGE names the limit as `{megabytes}`. */
  errors: Record<FlowErrorCode, string>;
  outcomes: Record<FlowOutcome, ProblemText>;
  redirecting: string;
}

/** Why the live camera cannot be used, so the person uploads files instead. */
export type CameraUnavailableReason = 'denied' | 'noCamera' | 'unsupported';

/** The live camera's texts: its buttons, the guidance under the viewfinder, and why it may be unavailable. */
export interface CameraMessages {
  shutter: string;
  usePhoto: string;
  retake: string;
  /** The torch toggle (pressed: the phone's light is on). */
  torch: string;
  starting: string;
  /** The text alternative of the photo just taken, shown before it is used. */
  shotAlt: string;
  /** Live guidance: `ready` when the frame looks usable, `check` under a photo just taken, else what is wrong. */
  guidance: { ready: string; check: string; tooDark: string; blurry: string; noDocument: string; noFace: string };
  unavailable: Record<CameraUnavailableReason, string>;
}

export interface Messages {
  /** The language's own name, as the language switcher shows it. */
  languageName: string;
  layout: {
    /** `{product}` is the service's name. */
    poweredBy: string;
    /** Accessible name of the language switcher. */
    languageSwitcher: string;
  };
  /** The landing page of a reusable link (`/l/{slug}`). */
  landing: {
    title: string;
    heading: string;
    intro: string;
    needsHeading: string;
    needs: { document: string; selfie: string };
    /**
     * Names the Start button's label, so each language says exactly what its button says. The hosted page's welcome
     * step has the same button and consent.
     */
    consent: Record<Flow, string>;
    start: string;
  };
  linkUnavailable: Record<LinkUnavailableReason, ProblemText>;
  /** The welcome step of the hosted verification (`/v/{token}`), and why a session cannot be shown. */
  session: {
    title: string;
    heading: string;
    stepsHeading: string;
    steps: { documentFront: string; documentBack: string; selfie: string };
    /** `{minutes}` is the session length in whole minutes. */
    timeLimit: PluralForms;
    /** When the page is not told the session's length. */
    timeLimitUnknown: string;
    /** Shown only when the browser runs no JavaScript. */
    needsJavaScript: string;
    unavailable: Record<SessionUnavailableReason, ProblemText>;
  };
  /** The hosted page's steps after Start, as the server renders them. */
  capture: {
    /** Accessible name of the countdown. */
    timeLeft: string;
    back: string;
    continue: string;
    documentType: { heading: string; hint: string; legend: string; names: Record<DocumentType, string> };
    kinds: Record<DocumentKind, { heading: string; instruction: string }>;
    retryHeading: string;
    review: { heading: string; hint: string; submit: string };
    checking: { heading: string; hint: string };
    /** The link to the organisation's page once the verification is done. */
    redirectLink: string;
  };
  /**
   * The privacy notice beside the consent, and the way to withdraw before the photos are sent. `{business}` is the
   * account's name: the controller of the person's data.
   */
  privacy: {
    controller: string;
    /** `{days}`: how long data is kept after the verification ends (DATA_RETENTION_SECONDS), in days rounded up. */
    retention: PluralForms;
    withdraw: string;
    /** The button that withdraws, and the question it asks first. */
    cancel: { button: string; heading: string; hint: string; confirm: string; keep: string };
  };
  script: ScriptMessages;
  /**
   * Desktop → phone handoff: the offer on the capture steps, the desktop page with the code and the phone's progress,
   * and the pages of a short link (`/h/{code}`) that opens nothing.
   */
  handoff: {
    /** The offer's button, and the heading of the page showing the code. */
    offer: string;
    scan: string;
    typeLink: string;
    /** `{url}`: the short link the QR code holds, so the image has it as its text. */
    qrAlt: string;
    /** Says the lifetime of a code: services/handoffs/create-handoff.ts HANDOFF_LIFETIME_MS. */
    once: string;
    /** What the desktop page says of the phone, live. */
    status: Record<'WAITING' | 'CAPTURING' | 'CHECKING' | 'EXPIRED', string>;
    newCode: string;
    useComputer: string;
    /** The short link's page on the phone, shown for a moment while it opens the session. */
    opening: string;
    unavailable: Record<'USED' | 'EXPIRED' | 'NOT_FOUND' | 'RATE_LIMITED', ProblemText>;
  };
  /** The live camera of the capture steps (web/camera.js); embedded in the page as JSON. */
  camera: CameraMessages;
  /**
   * The texts a business's branding brings. `{business}` is its name (business name, or the account's name where
   * none is set): `intro` and `askForNewLink` replace "the organisation" texts once a business name is set.
   */
  branding: {
    intro: string;
    askForNewLink: string;
    /** Followed by the contact itself, as a link. */
    contact: string;
    /** The link to the business's privacy policy, under the privacy notice. */
    privacyPolicy: string;
  };
  /**
   * The script's texts that name "the organisation", in the words a business name replaces them with (`{business}`).
   * The server fills them into `script` before embedding it; the script's EXPIRED and NOT_FOUND outcomes take
   * `branding.askForNewLink`, as the problem pages do.
   */
  brandedScript: {
    outcomes: Record<'REVIEWING' | 'NOT_VERIFIED' | 'CANCELLED', string>;
    errors: Record<'TOO_MANY_UPLOADS' | 'UPLOAD_QUOTA_EXCEEDED', string>;
  };
}
