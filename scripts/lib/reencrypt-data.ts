/**
 * Re-encrypts data at rest under the keyring's current key after a rotation: every stored image (documents' rows and
 * the engine's face crops, as stored-images.ts walks them), every sealed reading, every webhook secret and every
 * operator's TOTP secret. Idempotent and resumable: what already carries the current key id is skipped, so a run cut short is
 * finished by running it again. A value no configured key can decrypt stops the run with that key's id.
 */
import type { Database } from '../../lib/db';
import { decryptDocument, encryptDocument, keyIdOfBlob } from '../../lib/documents/crypto';
import { openReading, sealReading } from '../../lib/documents/reading-seal';
import type { BlobTransport } from '../../lib/documents/stores/transport';
import type { Keyring } from '../../lib/keyring';
import { openSecret, sealSecret } from '../../lib/webhooks/endpoint-secrets';
import { openTotpSecret, sealTotpSecret } from '../../lib/two-factor/sealed-secret';
import { inBatches } from './in-batches';
import { forEachStoredImageBatch } from './stored-images';

export interface KindTally {
  seen: number;
  reencrypted: number;
  /** Already under the current key: written since the rotation, or re-encrypted by an earlier run. */
  current: number;
  /** Images named by a row but absent from the store (e.g. an upload refused after it was stored). */
  missing: number;
}

export type ReencryptTally = Record<'images' | 'readings' | 'secrets' | 'totpSecrets', KindTally>;

/** A concurrent change (a secret rotated meanwhile) is retried this often before the run gives up. */
const MAX_ATTEMPTS = 5;

export async function reencryptData(options: {
  db: Database;
  transport: BlobTransport;
  keyring: Keyring;
  batchSize: number;
  progress: (tally: ReencryptTally, kind: keyof ReencryptTally) => void;
}): Promise<ReencryptTally> {
  const { db, transport, keyring, batchSize, progress } = options;
  const empty = (): KindTally => ({ seen: 0, reencrypted: 0, current: 0, missing: 0 });
  const tally: ReencryptTally = { images: empty(), readings: empty(), secrets: empty(), totpSecrets: empty() };
  const isCurrent = (blob: Buffer) => keyIdOfBlob(blob) === keyring.current.id;

  const reencryptImages = async (keys: string[]): Promise<string[]> => {
    const rewritten: string[] = [];
    for (const key of keys) {
      tally.images.seen += 1;
      const blob = await transport.read(key);
      if (blob === null) tally.images.missing += 1;
      else if (isCurrent(blob)) tally.images.current += 1;
      else {
        await transport.write(key, encryptDocument(keyring, decryptDocument(keyring, blob, key), key));
        tally.images.reencrypted += 1;
        rewritten.push(key);
      }
    }
    return rewritten;
  };

  await forEachStoredImageBatch({ db, target: transport, batchSize, handle: reencryptImages, afterBatch: () => progress(tally, 'images') });

  for await (const readings of inBatches(batchSize, (after) =>
    db.documentReading.findMany({
      where: { session: { dataDeletedAt: null }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, sessionId: true, attempt: true, sealed: true },
    }),
  )) {
    for (const reading of readings) {
      if (!reading.sealed) continue;
      tally.readings.seen += 1;
      if (isCurrent(Buffer.from(reading.sealed))) {
        tally.readings.current += 1;
        continue;
      }
      const resealed = sealReading(keyring, reading.sessionId, reading.attempt, openReading(keyring, reading.sessionId, reading.attempt, reading.sealed));
      // Only if unchanged meanwhile: a purge (sealed → null) or an engine retry wins.
      const { count } = await db.documentReading.updateMany({ where: { id: reading.id, sealed: { equals: reading.sealed } }, data: { sealed: resealed } });
      if (count === 1) tally.readings.reencrypted += 1;
    }
    progress(tally, 'readings');
  }

  for await (const endpoints of inBatches(batchSize, (after) =>
    db.webhookEndpoint.findMany({ where: after ? { id: { gt: after } } : {}, orderBy: { id: 'asc' }, take: batchSize, select: { id: true } }),
  )) {
    for (const { id } of endpoints) {
      tally.secrets.seen += 1;
      const outcome = await reencryptSecrets(db, keyring, id);
      tally.secrets[outcome] += 1;
    }
    progress(tally, 'secrets');
  }

  for await (const credentials of inBatches(batchSize, async (after) =>
    (
      await db.twoFactorCredential.findMany({
        where: after ? { userId: { gt: after } } : {},
        orderBy: { userId: 'asc' },
        take: batchSize,
        select: { userId: true, secretCiphertext: true },
      })
    ).map((credential) => ({ ...credential, id: credential.userId })),
  )) {
    for (const { userId, secretCiphertext } of credentials) {
      tally.totpSecrets.seen += 1;
      if (isCurrent(Buffer.from(secretCiphertext, 'base64'))) {
        tally.totpSecrets.current += 1;
        continue;
      }
      const resealed = sealTotpSecret(keyring, userId, openTotpSecret(keyring, userId, secretCiphertext));
      // Only if unchanged meanwhile: a new set-up or turning it off wins.
      const { count } = await db.twoFactorCredential.updateMany({ where: { userId, secretCiphertext }, data: { secretCiphertext: resealed } });
      if (count === 1) tally.totpSecrets.reencrypted += 1;
    }
    progress(tally, 'totpSecrets');
  }
  return tally;
}

/** The endpoint's current and previous secret, written back only if neither changed meanwhile (a rotation wins). */
async function reencryptSecrets(db: Database, keyring: Keyring, id: string): Promise<'reencrypted' | 'current'> {
  const isCurrent = (sealed: string | null) => sealed === null || keyIdOfBlob(Buffer.from(sealed, 'base64')) === keyring.current.id;
  const reseal = (sealed: string | null) => (sealed === null || isCurrent(sealed) ? sealed : sealSecret(keyring, id, openSecret(keyring, id, sealed)));
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id }, select: { secretCiphertext: true, previousSecretCiphertext: true } });
    if (isCurrent(endpoint.secretCiphertext) && isCurrent(endpoint.previousSecretCiphertext)) return 'current';
    const { count } = await db.webhookEndpoint.updateMany({
      where: { id, secretCiphertext: endpoint.secretCiphertext, previousSecretCiphertext: endpoint.previousSecretCiphertext },
      data: { secretCiphertext: reseal(endpoint.secretCiphertext)!, previousSecretCiphertext: reseal(endpoint.previousSecretCiphertext) },
    });
    if (count === 1) return 'reencrypted';
  }
  throw new Error(`Webhook endpoint ${id} kept changing while its secrets were being re-encrypted; run the command again`);
}
