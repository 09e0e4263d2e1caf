/**
 * One error model for the whole service: `AppError(code, message)`; the HTTP status comes from one map.
 * Bodies are always `{ error: { code, message, details? } }`.
 */
export const ERROR_STATUS = {
  BAD_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  INSUFFICIENT_CREDITS: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  LINK_EXPIRED: 410,
  LINK_EXHAUSTED: 410,
  LINK_DEACTIVATED: 410,
  SESSION_EXPIRED: 410,
  INVALID_STATE: 409,
  SESSION_NOT_STARTED: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  PAYLOAD_TOO_LARGE: 413,
  // The session already holds as many bytes of images as it may (SESSION_MAX_STORED_BYTES).
  UPLOAD_QUOTA_EXCEEDED: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_ERROR: 422,
  NO_RENEWALS: 422,
  MISSING_DOCUMENTS: 422,
  URL_NOT_ALLOWED: 422,
  UNSUPPORTED_FILE_TYPE: 422,
  FILE_TOO_LARGE: 422,
  IMAGE_TOO_SMALL: 422,
  IMAGE_UNREADABLE: 422,
  // Refused at upload by the verification engine's quick look: the photo cannot be what it should be.
  MRZ_NOT_VISIBLE: 422,
  DOCUMENT_NOT_VISIBLE: 422,
  NO_FACE_FOUND: 422,
  TOO_MANY_FACES: 422,
  FACE_TOO_SMALL: 422,
  FACE_TOO_BLURRY: 422,
  // The session has accepted as many images as it ever will (SESSION_MAX_UPLOADS).
  TOO_MANY_UPLOADS: 422,
  TOO_MANY_REQUESTS: 429,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  ACCOUNT_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  field: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  toBody(): { error: { code: ErrorCode; message: string; details?: ErrorDetail[] } } {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}
