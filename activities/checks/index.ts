/**
 * The `runSessionChecks` activity: judges a submission's images (quality, reuse), then — when the engine read them
 * (read-submission.ts, on the checks workers) — cross-checks what was read against what the integrator supplied and
 * the session's settings, and decides by the policy (decision-policy.ts).
 */
import type { DocumentReading, Session } from '@prisma/client';
import type { VerificationSettings } from '../../lib/config';
import type { Database } from '../../lib/db';
import type { CheckOutcome, DocumentKind, DocumentType, Flow } from '../../workflows/definitions';
import { requiredKinds } from '../../workflows/definitions';
import { mismatchTags, type PersonData } from './cross-check';
import { decideVerification, DUPLICATE_DOCUMENT_TAG } from './decision-policy';
import { documentFindings, documentTypeOf } from './document-findings';
import type { MrzFields } from './document';
import { duplicateImagesCheck } from './duplicate-images';
import { imageQualityCheck } from './image-quality';
import { openReading } from '../../lib/documents/reading-seal';
import type { Keyring } from '../../lib/keyring';
import { submittedImages } from './submitted-images';
import type { VerificationCheck } from './types';

export interface RunChecksInput {
  sessionId: string;
  accountId: string;
  attempt: number;
  flow: Flow;
  documentType: DocumentType | null;
}

export function createCheckActivities({ db, keyring, verification }: { db: Database; keyring: Keyring; verification: VerificationSettings }) {
  const checks: VerificationCheck[] = [imageQualityCheck, duplicateImagesCheck(db)];
  return {
    async runSessionChecks(input: RunChecksInput): Promise<CheckOutcome> {
      const kinds = requiredKinds(input.flow, input.documentType);
      const images = await submittedImages(db, input);
      const findings = await Promise.all(checks.map((check) => check.run({ ...input, images })));
      const problems = [...new Set(findings.flatMap((finding) => finding.problems))];
      const fraudTags = [...new Set(findings.flatMap((finding) => finding.fraudTags))];
      const judged = (kind: DocumentKind) => kinds.includes(kind);
      const firstProblem = (prefix: string) => problems.find((problem) => problem.startsWith(prefix)) ?? null;
      if (problems.length > 0) {
        return { verdict: 'RETRY', autoDocument: firstProblem('DOC_'), autoFace: firstProblem('FACE_'), fraudTags, problems };
      }
      const reading = await db.documentReading.findUnique({ where: { sessionId_attempt: { sessionId: input.sessionId, attempt: input.attempt } } });
      if (!reading) {
        // The engine did not read this attempt (it failed on these images, or the session predates it): a person decides.
        return {
          verdict: 'REVIEW',
          autoDocument: judged('FRONT') ? 'AUTO_UNVERIFIABLE' : null,
          autoFace: judged('FACE') ? 'AUTO_UNVERIFIABLE' : 'FACE_NOT_CHECKED',
          fraudTags,
          problems: [],
        };
      }
      return decide(input, reading, fraudTags);
    },
  };

  async function decide(input: RunChecksInput, reading: DocumentReading, imageFraudTags: string[]): Promise<CheckOutcome> {
    const session = await db.session.findUniqueOrThrow({ where: { id: input.sessionId }, include: { account: true } });
    const sealed = reading.sealed ? openReading(keyring, input.sessionId, input.attempt, reading.sealed) : null;
    const fields = sealed?.fields ?? null;
    const read = fields ? personDataOf(fields) : null;
    const fraudTags = [...imageFraudTags];
    if (reading.documentHash && (await documentVerifiedForAnotherClient(session, reading.documentHash))) fraudTags.push(DUPLICATE_DOCUMENT_TAG);

    const decision = decideVerification({
      flow: input.flow,
      chosenDocumentType: input.documentType,
      document:
        input.flow === 'SELFIE'
          ? null
          : documentFindings({
              mrzFound: reading.mrzFound,
              mrzValid: reading.mrzValid,
              fields,
              visualZone: sealed?.visualZone ?? [],
              documentFaceFound: reading.documentFaceFound,
            }),
      face: input.flow === 'DOCUMENT' ? null : { selfieProblem: reading.selfieProblem, similarity: reading.faceSimilarity },
      mismatchTags: read ? mismatchTags(session, read) : [],
      fraudTags,
      policy: {
        autoApprove: session.autoApprove ?? session.account.autoApprove,
        autoDeny: session.account.autoDeny,
        face: { match: verification.faceMatch, mismatch: verification.faceMismatch },
        allowedCountries: session.allowedCountries,
        allowedDocumentTypes: session.allowedDocumentTypes,
        minimumAge: session.minimumAge,
      },
      today: new Date().toISOString().slice(0, 10),
    });
    // What was read is filled in for the reviewer, the API and the webhooks; the checks explain the decision.
    await db.$transaction([
      db.documentReading.update({ where: { id: reading.id }, data: { checks: decision.checks.map((check) => ({ ...check })) } }),
      db.session.update({
        where: { id: input.sessionId },
        data: { mismatchTags: decision.mismatchTags, ...(fields ? { extractedData: extractedDataOf(fields) } : {}) },
      }),
    ]);
    return {
      verdict: decision.verdict,
      autoDocument: decision.autoDocument,
      autoFace: decision.autoFace,
      fraudTags,
      problems: decision.problems,
      reasons: decision.reasons,
    };
  }

  /** The same document (issuing country and number) in a verified session of another client of the account. */
  async function documentVerifiedForAnotherClient(session: Session, hash: string): Promise<boolean> {
    const other = await db.documentReading.findFirst({
      where: {
        documentHash: hash,
        session: { accountId: session.accountId, clientId: { not: session.clientId }, decision: { in: ['APPROVED', 'SUSPECTED'] } },
      },
      select: { id: true },
    });
    return other !== null;
  }
}

function personDataOf(fields: MrzFields): PersonData {
  return {
    firstName: fields.givenNames,
    lastName: fields.surname,
    dateOfBirth: fields.dateOfBirth,
    documentNumber: fields.documentNumber,
    personalNumber: fields.personalNumber,
    dateOfExpiry: fields.dateOfExpiry,
  };
}

/** The session's `extractedData`: the fields the API's `data`, iDenfy's status and its callbacks carry. */
function extractedDataOf(fields: MrzFields): Record<string, string | null> {
  return {
    ...personDataOf(fields),
    documentType: documentTypeOf(fields.documentCode),
    issuingCountry: fields.issuingCountry,
    nationality: fields.nationality,
    sex: fields.sex,
    source: 'ENGINE',
  };
}

