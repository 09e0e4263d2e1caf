/**
 * The `s3` transport: any S3-compatible object storage (AWS S3, MinIO, Ceph, Cloudflare R2, …) through the official
 * SDK, one object per blob under its storage key. Credentials come from the SDK's default chain (AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY, shared profiles, instance or pod roles), so no secret passes through our configuration.
 */
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { BlobTransport } from './transport';

export interface S3Settings {
  readonly bucket: string;
  readonly region: string;
  /** Unset: AWS S3 itself. */
  readonly endpoint?: string;
  /** Bucket in the path (`endpoint/bucket/key`) rather than the host name: what MinIO and most emulators need. */
  readonly forcePathStyle: boolean;
}

/** DeleteObjects takes at most this many keys per request. */
const DELETE_BATCH = 1000;

export function createS3Transport(settings: S3Settings, client = s3ClientFor(settings)): BlobTransport {
  const Bucket = settings.bucket;

  return {
    async write(storageKey, blob) {
      // A PUT replaces the object atomically: readers get the old or the new object, never a mix.
      await client.send(new PutObjectCommand({ Bucket, Key: storageKey, Body: blob, ContentType: 'application/octet-stream' }));
    },

    async read(storageKey) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: storageKey }));
        return Buffer.from(await object.Body!.transformToByteArray());
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async has(storageKey) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: storageKey }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },

    async remove(storageKey) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: storageKey }));
    },

    async removeSession(sessionId) {
      // Listed in pages and deleted page by page until nothing is left under the prefix.
      let continuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: `${sessionId}/`, ContinuationToken: continuationToken, MaxKeys: DELETE_BATCH }));
        const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
        if (keys.length > 0) {
          const deleted = await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys, Quiet: true } }));
          const failed = deleted.Errors ?? [];
          if (failed.length > 0) {
            throw new Error(`S3 did not delete ${failed.length} object(s) of ${sessionId}: ${failed.map((e) => `${e.Key} (${e.Code})`).join(', ')}`);
          }
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },
  };
}

export function s3ClientFor(settings: S3Settings): S3Client {
  return new S3Client({ region: settings.region, endpoint: settings.endpoint, forcePathStyle: settings.forcePathStyle });
}

function isNotFound(error: unknown): boolean {
  // By name, not status: a missing bucket is a 404 too, and must not pass for a missing image.
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound');
}
