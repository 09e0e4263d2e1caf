/**
 * Flags images that another session of the same account already used: a perceptual hash within a few bits of an
 * earlier upload's means the same photo, even re-encoded or slightly resized.
 */
import type { Database } from '../../lib/db';
import type { CheckFinding, VerificationCheck } from './types';

/** Hamming distance (of 64 bits) at or below which two images count as the same photo. */
export const DUPLICATE_DISTANCE = 6;

export function duplicateImagesCheck(db: Database): VerificationCheck {
  return {
    name: 'duplicate-images',
    async run({ sessionId, accountId, images }): Promise<CheckFinding> {
      const fraudTags = new Set<string>();
      for (const image of images) {
        if (!image.perceptualHash) continue;
        const [match] = await db.$queryRaw<{ id: string }[]>`
          SELECT d.id FROM "Document" d JOIN "Session" s ON s.id = d."sessionId"
          WHERE s."accountId" = ${accountId} AND d."sessionId" <> ${sessionId} AND d."deletedAt" IS NULL
            AND d."perceptualHash" IS NOT NULL
            AND bit_count(('x' || d."perceptualHash")::bit(64) # ('x' || ${image.perceptualHash})::bit(64)) <= ${DUPLICATE_DISTANCE}
          LIMIT 1`;
        if (match) fraudTags.add(image.kind === 'FACE' ? 'DUPLICATE_FACE' : 'DUPLICATE_DOCUMENT_IMAGE');
      }
      return { problems: [], fraudTags: [...fraudTags] };
    },
  };
}
