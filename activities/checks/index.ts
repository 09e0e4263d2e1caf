/** The `runSessionChecks` activity: runs every automated check over a submission and combines the findings. */
import type { CheckOutcome, DocumentKind, DocumentType, Flow } from '../../workflows/definitions';
import { requiredKinds } from '../../workflows/definitions';
import { duplicateImagesCheck } from './duplicate-images';
import { imageQualityCheck } from './image-quality';
import type { Database } from '../../lib/db';
import type { SubmittedImage, VerificationCheck } from './types';

export interface RunChecksInput {
  sessionId: string;
  accountId: string;
  attempt: number;
  flow: Flow;
  documentType: DocumentType | null;
}

export function createCheckActivities({ db }: { db: Database }) {
  const checks: VerificationCheck[] = [imageQualityCheck, duplicateImagesCheck(db)];
  return {
    async runSessionChecks(input: RunChecksInput): Promise<CheckOutcome> {
      const kinds = requiredKinds(input.flow, input.documentType);
      const uploads = await db.document.findMany({
        where: { sessionId: input.sessionId, attempt: input.attempt, kind: { in: kinds }, deletedAt: null },
        orderBy: { id: 'desc' },
      });
      // The latest upload of each kind replaced any earlier one.
      const images: SubmittedImage[] = kinds.flatMap((kind) => uploads.find((upload) => upload.kind === kind) ?? []);
      const findings = await Promise.all(checks.map((check) => check.run({ ...input, images })));
      const problems = [...new Set(findings.flatMap((finding) => finding.problems))];
      const fraudTags = [...new Set(findings.flatMap((finding) => finding.fraudTags))];
      const judged = (kind: DocumentKind) => kinds.includes(kind);
      const firstProblem = (prefix: string) => problems.find((problem) => problem.startsWith(prefix)) ?? null;
      if (problems.length > 0) {
        return { verdict: 'RETRY', autoDocument: firstProblem('DOC_'), autoFace: firstProblem('FACE_'), fraudTags, problems };
      }
      // Without automated document reading and face matching nothing can be verified automatically: a person decides.
      return {
        verdict: 'REVIEW',
        autoDocument: judged('FRONT') ? 'AUTO_UNVERIFIABLE' : null,
        autoFace: judged('FACE') ? 'AUTO_UNVERIFIABLE' : 'FACE_NOT_CHECKED',
        fraudTags,
        problems: [],
      };
    },
  };
}
