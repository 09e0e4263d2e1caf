/**
 * The verification engine's quick look at one upload, before Submit: the API waits for it (a few hundred
 * milliseconds on a warm checks worker) so a blank or wrong photo is refused on the spot, without using an attempt.
 * When no answer comes in time the upload is accepted: the full checks after Submit still judge it.
 */
import type { Client } from '@temporalio/client';
import type { Config } from '../../lib/config';
import { WORKFLOW_TYPES, workflowIds, type UploadQuickCheckInput, type UploadRefusal } from '../../workflows/definitions';

/** The API's own wording (the hosted page shows its translation of each code). */
export const UPLOAD_REFUSAL_MESSAGES: Record<UploadRefusal, string> = {
  MRZ_NOT_VISIBLE: 'The two lines at the bottom of the photo page (on an ID card: on the back) must be visible',
  DOCUMENT_NOT_VISIBLE: 'No document with its portrait can be seen in this photo',
  NO_FACE_FOUND: 'No face can be seen in this selfie',
  TOO_MANY_FACES: 'More than one face is in this selfie',
  FACE_TOO_SMALL: 'The face is too small in this selfie',
  FACE_TOO_BLURRY: 'This selfie is blurry',
};

const ANSWER_WITHIN = '25 seconds';

export async function quickCheckUpload(temporal: Client, config: Config, input: UploadQuickCheckInput, documentId: string): Promise<UploadRefusal | null> {
  try {
    const refusal: unknown = await temporal.workflow.execute(WORKFLOW_TYPES.uploadQuickCheck, {
      workflowId: workflowIds.uploadQuickCheck(documentId),
      taskQueue: config.temporal.taskQueue,
      args: [input],
      workflowExecutionTimeout: ANSWER_WITHIN,
    });
    return isRefusal(refusal) ? refusal : null;
  } catch {
    return null;
  }
}

function isRefusal(value: unknown): value is UploadRefusal {
  return typeof value === 'string' && value in UPLOAD_REFUSAL_MESSAGES;
}
