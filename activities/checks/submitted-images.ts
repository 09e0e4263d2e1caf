/** The images a submitted attempt is judged on: the latest upload of each required kind (a new upload replaces). */
import type { Database } from '../../lib/db';
import { requiredKinds, type DocumentType, type Flow } from '../../workflows/definitions';
import type { SubmittedImage } from './types';

export async function submittedImages(
  db: Database,
  input: { sessionId: string; attempt: number; flow: Flow; documentType: DocumentType | null },
): Promise<SubmittedImage[]> {
  const kinds = requiredKinds(input.flow, input.documentType);
  const uploads = await db.document.findMany({
    where: { sessionId: input.sessionId, attempt: input.attempt, kind: { in: kinds }, deletedAt: null },
    orderBy: { id: 'desc' },
  });
  return kinds.flatMap((kind) => uploads.find((upload) => upload.kind === kind) ?? []);
}
