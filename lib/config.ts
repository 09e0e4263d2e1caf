/**
 * Configuration: parsed once from the environment into a frozen object, with messages that name the bad keys.
 * Every variable is documented in README.md and .env.example.
 */
import { z } from 'zod';
import { MAX_CREDIT_BALANCE } from './credits';
import type { S3Settings } from './documents/stores/s3';
import { createKeyring, type Keyring } from './keyring';
import { LOG_FORMATS, type LogFormat } from './logger';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const isBase64Key = (value: string) => Buffer.from(value, 'base64').length === 32;
const base64Key = z.string().refine(isBase64Key, '32 bytes in base64 (openssl rand -base64 32)');

/** An empty variable counts as unset, as compose's `${NAME:-}` passes one through when the host has none. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_BASE_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb or 1mb').default('1mb'),

  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgresql:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),

  TEMPORAL_ADDRESS: z.string().min(1).default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('magic-link'),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS: booleanFromEnv.default(false),
  TEMPORAL_TLS_CERT_PATH: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY_PATH: z.string().min(1).optional(),
  TEMPORAL_UI_URL: z.url().default('http://localhost:8233'),

  STARTING_CREDITS: z.coerce.number().int().min(0).max(MAX_CREDIT_BALANCE).default(100),
  LINK_CONTINUE_AS_NEW_AFTER: z.coerce.number().int().min(1).max(1_900).default(500),

  DOCUMENT_STORE: z.enum(['local', 'database', 's3']).default('local'),
  DOCUMENT_STORE_DIR: z.string().min(1).default('.data/documents'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_FORCE_PATH_STYLE: booleanFromEnv.default(false),
  DATA_ENCRYPTION_KEY: base64Key.optional(),
  // Keys of earlier rotations, still accepted for reading what `npm run keys:reencrypt` has not re-encrypted yet.
  DATA_ENCRYPTION_PREVIOUS_KEYS: unsetWhenEmpty(
    z
      .string()
      .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean))
      .refine((keys) => keys.every(isBase64Key), 'comma-separated keys of 32 bytes in base64 each')
      .optional(),
  ),
  // HMAC key for session links and the document-reuse hash; must never change, so it outlives key rotations.
  HASHING_KEY: unsetWhenEmpty(base64Key.optional()),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(100_000).max(100_000_000).default(10_000_000),
  IMAGE_MIN_SIDE: z.coerce.number().int().min(16).max(4000).default(300),
  // Per session: what one token holder can store and how fast; bounds the session workflow's history (docs/security.md).
  SESSION_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(120).default(20),
  SESSION_MAX_UPLOADS: z.coerce.number().int().min(3).max(300).default(30),
  SESSION_MAX_STORED_BYTES: z.coerce.number().int().min(1_000_000).max(1_000_000_000).default(40_000_000),

  // Face-match thresholds chosen from the evaluation in docs/verification.md (FACE_MATCH_THRESHOLDS, face-match-policy.ts).
  FACE_MATCH_THRESHOLD: z.coerce.number().min(0).max(1).default(0.57),
  FACE_MISMATCH_THRESHOLD: z.coerce.number().min(0).max(1).default(0.36),
  // Off: no session is read automatically; every submission goes to a reviewer (as before the engine existed).
  VERIFICATION_ENGINE: booleanFromEnv.default(true),
  CHECKS_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),

  SESSION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(2),
  // Session workflow starts a process runs at once after answering clicks (services/sessions/session-starter.ts).
  SESSION_STARTS_IN_FLIGHT: z.coerce.number().int().min(1).max(100).default(16),
  REVIEW_ESCALATION_SECONDS: z.coerce.number().int().min(1).default(86_400),
  DATA_RETENTION_SECONDS: z.coerce.number().int().min(1).default(2_592_000),

  WEBHOOK_ALLOW_PRIVATE_URLS: booleanFromEnv.optional(),
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'comma-separated seconds, e.g. 5,300,1800')
    .default('5,300,1800,7200,18000,36000,36000'),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(15),
  WEBHOOK_DISABLE_AFTER_SECONDS: z.coerce.number().int().min(1).default(432_000),
  WEBHOOK_SECRET_OVERLAP_SECONDS: z.coerce.number().int().min(0).default(86_400),
  WEBHOOK_ENDPOINT_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),

  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  EMAIL_FROM: z.email().default('verify@localhost'),
  SMS_PROVIDER: z.enum(['twilio', 'webhook']).optional(),
  TWILIO_ACCOUNT_SID: z.string().min(1).optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_FROM: z.string().min(1).optional(),
  TWILIO_BASE_URL: z.url().default('https://api.twilio.com'),
  SMS_WEBHOOK_URL: z.url().optional(),
  SMS_WEBHOOK_SECRET: z.string().min(1).optional(),
  REMINDER_BEFORE_SECONDS: z.coerce.number().int().min(60).default(3_600),

  DASHBOARD_SESSION_SECONDS: z.coerce.number().int().min(1).max(2_592_000).default(28_800),
  AUTH_MAX_FAILURES: z.coerce.number().int().min(1).max(1_000).default(5),
  AUTH_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  AUTH_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),

  // Unset: /metrics is not served. Long enough not to be guessed; compared in constant time.
  METRICS_TOKEN: unsetWhenEmpty(
    z.string().regex(/^[\x21-\x7e]{24,256}$/, '24 to 256 visible ASCII characters (e.g. openssl rand -hex 32)').optional(),
  ),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly http: { readonly port: number; readonly host: string; readonly publicBaseUrl: string; readonly bodyLimit: string };
  readonly logLevel: string;
  /** Readable lines in development, JSON elsewhere, unless LOG_FORMAT says otherwise. */
  readonly logFormat: LogFormat;
  readonly database: { readonly url: string; readonly poolSize: number };
  readonly temporal: {
    readonly address: string;
    readonly namespace: string;
    readonly taskQueue: string;
    readonly apiKey?: string;
    readonly tls: boolean;
    readonly tlsCertPath?: string;
    readonly tlsKeyPath?: string;
    readonly uiUrl: string;
  };
  readonly startingCredits: number;
  /** A link's workflow continues as new after this many clicks (Temporal allows 2,000 updates per run). */
  readonly links: { readonly continueAsNewAfter: number };
  /**
   * The keys for data at rest (images, sealed readings, webhook secrets) and for HMACs (lib/keyring.ts); required by
   * the API and worker, not by migrations.
   */
  readonly keyring: Keyring | null;
  readonly documents: {
    /** Where the encrypted images are kept (DOCUMENT_STORE). */
    readonly store: DocumentStoreSettings;
    readonly uploadMaxBytes: number;
    /** Shortest side, in pixels, an uploaded image must have. */
    readonly imageMinSide: number;
    /** Start, upload and submit requests one session token may make per minute (per API process). */
    readonly sessionWritesPerMinute: number;
    /** Images a session accepts over its life, replaced ones included. */
    readonly sessionMaxUploads: number;
    /** Bytes of images a session may have stored at once (a replaced image no longer counts). */
    readonly sessionMaxStoredBytes: number;
  };
  readonly sessions: SessionSettings;
  readonly verification: VerificationSettings;
  readonly webhooks: WebhookSettings;
  readonly notifications: NotificationSettings;
  /** How long an operator stays signed in to the dashboard. */
  readonly dashboard: { readonly sessionSeconds: number };
  /** Failed sign-ins and API credentials: this many per account (four times as many per address) lock out for this long. */
  readonly authThrottle: { readonly maxFailures: number; readonly lockoutSeconds: number; readonly windowSeconds: number };
  /** Bearer token `/metrics` requires; null: `/metrics` is not served. */
  readonly metrics: { readonly token: string | null };
}

/**
 * `local`: a directory every process must share (one machine); `database`: PostgreSQL rows any machine with
 * DATABASE_URL reaches; `s3`: an S3-compatible bucket (credentials from the AWS SDK's default chain).
 */
export type DocumentStoreSettings =
  | { readonly transport: 'local'; readonly dir: string }
  | { readonly transport: 'database' }
  | ({ readonly transport: 's3' } & S3Settings);

/** Providers are optional: without one, messages go to the local outbox (`GET /api/v1/outbox`), never pretending. */
export interface NotificationSettings {
  readonly resend: { readonly apiKey: string; readonly baseUrl?: string } | null;
  /** The address emails come from; the account's name is the sender name. */
  readonly emailFrom: string;
  readonly sms:
    | { readonly provider: 'twilio'; readonly accountSid: string; readonly authToken: string; readonly from: string; readonly baseUrl: string }
    | { readonly provider: 'webhook'; readonly url: string; readonly secret?: string }
    | null;
  /** A session created with `send.reminder` reminds the person this long before its link expires. */
  readonly reminderBeforeSeconds: number;
}

export interface WebhookSettings {
  /** Loopback and private targets are refused unless allowed (default: allowed outside production). */
  readonly allowPrivateUrls: boolean;
  /** Seconds before each attempt after the first. */
  readonly retrySchedule: readonly number[];
  readonly timeoutSeconds: number;
  /** An endpoint failing without a success for this long is disabled. */
  readonly disableAfterSeconds: number;
  /** After a rotation, the previous secret keeps signing alongside the new one for this long. */
  readonly secretOverlapSeconds: number;
  /** First attempts in flight to one endpoint, per process: a slow receiver holds these, never the others'. */
  readonly endpointConcurrency: number;
}

/** Settings every new session captures in its workflow input. */
export interface VerificationSettings {
  /** Face similarity at or above: the same person; below `faceMismatch`: different people; between: a reviewer. */
  readonly faceMatch: number;
  readonly faceMismatch: number;
  /** Submissions one checks worker reads at once (each holds its images and the OCR/face work in memory). */
  readonly checksConcurrency: number;
}

export interface SessionSettings {
  /** Whether new sessions are read by the verification engine (checks workers must run). */
  readonly verificationEngine: boolean;
  readonly maxAttempts: number;
  /** How many session workflow starts a process runs at once after answering clicks. */
  readonly startsInFlight: number;
  readonly reviewEscalationSeconds: number;
  readonly retentionSeconds: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SMS_PROVIDER === 'twilio' && !(e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM)) {
    throw new ConfigError('Invalid configuration:\n  SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM');
  }
  if (e.SMS_PROVIDER === 'webhook' && !e.SMS_WEBHOOK_URL) {
    throw new ConfigError('Invalid configuration:\n  SMS_PROVIDER=webhook needs SMS_WEBHOOK_URL');
  }
  if (Boolean(e.TEMPORAL_TLS_CERT_PATH) !== Boolean(e.TEMPORAL_TLS_KEY_PATH)) {
    throw new ConfigError('Invalid configuration:\n  TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH must be set together');
  }
  if (e.DOCUMENT_STORE === 's3' && !(e.S3_BUCKET && e.S3_REGION)) {
    throw new ConfigError(
      `Invalid configuration:\n  DOCUMENT_STORE=s3 needs S3_BUCKET and S3_REGION (missing: ${[!e.S3_BUCKET && 'S3_BUCKET', !e.S3_REGION && 'S3_REGION'].filter(Boolean).join(', ')}); S3_ENDPOINT for a service other than AWS S3`,
    );
  }
  if (e.FACE_MISMATCH_THRESHOLD > e.FACE_MATCH_THRESHOLD) {
    throw new ConfigError('Invalid configuration:\n  FACE_MISMATCH_THRESHOLD must not exceed FACE_MATCH_THRESHOLD');
  }
  if (e.DATA_ENCRYPTION_PREVIOUS_KEYS?.length && !e.DATA_ENCRYPTION_KEY) {
    throw new ConfigError('Invalid configuration:\n  DATA_ENCRYPTION_PREVIOUS_KEYS needs DATA_ENCRYPTION_KEY (the current key)');
  }
  if (e.DATA_ENCRYPTION_PREVIOUS_KEYS?.length && !e.HASHING_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  DATA_ENCRYPTION_PREVIOUS_KEYS is set but HASHING_KEY is not: set HASHING_KEY to the DATA_ENCRYPTION_KEY this deployment used before its first rotation, so session links and the document-reuse check keep working',
    );
  }
  const port = e.PORT;
  return deepFreeze({
    env: e.NODE_ENV,
    http: {
      port,
      host: e.HOST,
      publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
      bodyLimit: e.BODY_LIMIT,
    },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json'),
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      apiKey: e.TEMPORAL_API_KEY,
      tls: e.TEMPORAL_TLS || Boolean(e.TEMPORAL_API_KEY) || Boolean(e.TEMPORAL_TLS_CERT_PATH),
      tlsCertPath: e.TEMPORAL_TLS_CERT_PATH,
      tlsKeyPath: e.TEMPORAL_TLS_KEY_PATH,
      uiUrl: e.TEMPORAL_UI_URL.replace(/\/+$/, ''),
    },
    startingCredits: e.STARTING_CREDITS,
    links: { continueAsNewAfter: e.LINK_CONTINUE_AS_NEW_AFTER },
    keyring: e.DATA_ENCRYPTION_KEY
      ? createKeyring({
          current: Buffer.from(e.DATA_ENCRYPTION_KEY, 'base64'),
          previous: (e.DATA_ENCRYPTION_PREVIOUS_KEYS ?? []).map((key) => Buffer.from(key, 'base64')),
          hashingKey: e.HASHING_KEY ? Buffer.from(e.HASHING_KEY, 'base64') : undefined,
        })
      : null,
    documents: {
      store: documentStoreSettings(e),
      uploadMaxBytes: e.UPLOAD_MAX_BYTES,
      imageMinSide: e.IMAGE_MIN_SIDE,
      sessionWritesPerMinute: e.SESSION_WRITES_PER_MINUTE,
      sessionMaxUploads: e.SESSION_MAX_UPLOADS,
      sessionMaxStoredBytes: e.SESSION_MAX_STORED_BYTES,
    },
    metrics: { token: e.METRICS_TOKEN ?? null },
    dashboard: { sessionSeconds: e.DASHBOARD_SESSION_SECONDS },
    authThrottle: { maxFailures: e.AUTH_MAX_FAILURES, lockoutSeconds: e.AUTH_LOCKOUT_SECONDS, windowSeconds: e.AUTH_FAILURE_WINDOW_SECONDS ?? e.AUTH_LOCKOUT_SECONDS },
    notifications: {
      resend: e.RESEND_API_KEY ? { apiKey: e.RESEND_API_KEY, baseUrl: e.RESEND_BASE_URL } : null,
      emailFrom: e.EMAIL_FROM,
      sms:
        e.SMS_PROVIDER === 'twilio'
          ? { provider: 'twilio', accountSid: e.TWILIO_ACCOUNT_SID!, authToken: e.TWILIO_AUTH_TOKEN!, from: e.TWILIO_FROM!, baseUrl: e.TWILIO_BASE_URL }
          : e.SMS_PROVIDER === 'webhook'
            ? { provider: 'webhook', url: e.SMS_WEBHOOK_URL!, secret: e.SMS_WEBHOOK_SECRET }
            : null,
      reminderBeforeSeconds: e.REMINDER_BEFORE_SECONDS,
    },
    webhooks: {
      allowPrivateUrls: e.WEBHOOK_ALLOW_PRIVATE_URLS ?? e.NODE_ENV !== 'production',
      retrySchedule: e.WEBHOOK_RETRY_SCHEDULE.split(',').map(Number),
      timeoutSeconds: e.WEBHOOK_TIMEOUT_SECONDS,
      disableAfterSeconds: e.WEBHOOK_DISABLE_AFTER_SECONDS,
      secretOverlapSeconds: e.WEBHOOK_SECRET_OVERLAP_SECONDS,
      endpointConcurrency: e.WEBHOOK_ENDPOINT_CONCURRENCY,
    },
    verification: {
      faceMatch: e.FACE_MATCH_THRESHOLD,
      faceMismatch: e.FACE_MISMATCH_THRESHOLD,
      checksConcurrency: e.CHECKS_CONCURRENCY,
    },
    sessions: {
      verificationEngine: e.VERIFICATION_ENGINE,
      maxAttempts: e.SESSION_MAX_ATTEMPTS,
      startsInFlight: e.SESSION_STARTS_IN_FLIGHT,
      reviewEscalationSeconds: e.REVIEW_ESCALATION_SECONDS,
      retentionSeconds: e.DATA_RETENTION_SECONDS,
    },
  });
}

function documentStoreSettings(e: z.infer<typeof ZEnv>): DocumentStoreSettings {
  switch (e.DOCUMENT_STORE) {
    case 'local':
      return { transport: 'local', dir: e.DOCUMENT_STORE_DIR };
    case 'database':
      return { transport: 'database' };
    case 's3':
      return { transport: 's3', bucket: e.S3_BUCKET!, region: e.S3_REGION!, endpoint: e.S3_ENDPOINT, forcePathStyle: e.S3_FORCE_PATH_STYLE };
  }
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    // Buffers (the keys) cannot be frozen; they are never handed out for writing.
    if (child && typeof child === 'object' && !ArrayBuffer.isView(child)) deepFreeze(child as object);
  }
  return Object.freeze(value);
}

/**
 * What a valid configuration may still get wrong in production, one line each for the operator (logged once at
 * startup). Secrets are never part of a warning.
 */
export function configWarnings(config: Config): string[] {
  if (config.env !== 'production') return [];
  const warnings: string[] = [];
  if (!config.http.publicBaseUrl.startsWith('https:')) {
    warnings.push(
      `PUBLIC_BASE_URL (${config.http.publicBaseUrl}) is not https: the dashboard's session cookie is not marked Secure and links travel in clear; terminate TLS in front of the API and set an https URL`,
    );
  }
  return warnings;
}

/** The keyring for data at rest and HMACs, for the processes that need it (the API and the worker; migrations do not). */
export function requireKeyring(config: Config): Keyring {
  if (!config.keyring) {
    throw new ConfigError(
      'Invalid configuration:\n  DATA_ENCRYPTION_KEY is not set: images and webhook secrets are encrypted at rest with it (32 bytes in base64, e.g. `openssl rand -base64 32`)',
    );
  }
  return config.keyring;
}
