/**
 * Specimen sessions decided by the real policy (decision-policy.ts), with the checks run in a process of their own
 * (checks-process.mjs). Honest: a valid document with a selfie of the person on its portrait. Dishonest: an expired
 * document; another person's selfie (each document with every other document's selfie); a wrong check digit.
 */
import { fork } from 'node:child_process';
import policyModule from '../../dist/activities/checks/decision-policy.js';
import findingsModule from '../../dist/activities/checks/document-findings.js';
import specimens from '../../dist/bench/specimens/index.js';
import { wrongFields } from './reading.mjs';

/** The checks process, answering one request at a time. */
async function startChecksProcess() {
  const child = fork(new URL('./checks-process.mjs', import.meta.url), [], { serialization: 'advanced' });
  const pending = new Map();
  let next = 0;
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the checks process exited (${code})`)));
  });
  child.on('message', ({ id, result, error }) => {
    const { resolve, reject } = pending.get(id);
    pending.delete(id);
    if (error) reject(new Error(error));
    else resolve(result);
  });
  return (kind, payload) =>
    new Promise((resolve, reject) => {
      pending.set(++next, { resolve, reject });
      child.send({ id: next, kind, payload });
    });
}

function decide(faceThresholds, today, { chosenDocumentType, mrz, visualZone, faces }) {
  const fields = mrz.valid ? mrz.fields : null;
  return policyModule.decideVerification({
    flow: 'DOCUMENT_AND_SELFIE',
    chosenDocumentType,
    document: findingsModule.documentFindings({ mrzFound: mrz.found, mrzValid: mrz.valid, fields, visualZone, documentFaceFound: faces.documentFaceFound }),
    face: { selfieProblem: faces.selfieProblem, similarity: faces.similarity },
    mismatchTags: [],
    fraudTags: [],
    policy: { autoApprove: true, autoDeny: true, face: faceThresholds, allowedCountries: [], allowedDocumentTypes: [], minimumAge: null },
    today,
  });
}

/**
 * Runs every session; each gets our decision and the baseline's: the baseline reading (valid by its check digits
 * alone, no visual zone) with the same faces at one naive threshold, 0.5, and no review band.
 */
export async function runSessions({ set, baselineResults, thresholds, today, wrongCheckDigitVariant }) {
  const request = await startChecksProcess();
  const todayIso = today.toISOString().slice(0, 10);
  const baselineOf = new Map(baselineResults.map((result) => [result.specimen, result]));
  const both = (session, baseline) => ({
    ...session,
    decision: decide(thresholds, todayIso, session),
    baselineDecision: baseline ? decide({ match: 0.5, mismatch: 0.5 }, todayIso, { ...session, mrz: baseline.mrz, visualZone: [] }) : null,
  });
  const baselineMrz = (result) => ({ mrz: { found: result.found, valid: result.valid, fields: result.fields }, wrong: result.wrong });

  const sessions = [];
  for (const specimen of set) {
    const checked = await request('session', { sessionId: specimen.id, images: specimen.images, selfie: specimen.selfie, selfieKey: specimen.documentId, today: today.toISOString() });
    const session = { kind: specimen.truth.expired ? 'expired' : 'honest', specimen, samePerson: true, chosenDocumentType: specimen.documentType, ...checked };
    session.wrong = wrongFields(checked.mrz.fields, specimen.truth);
    session.baseline = baselineMrz(baselineOf.get(specimen));
    sessions.push(both(session, session.baseline));
  }
  for (const specimen of set.filter((candidate) => !candidate.truth.expired)) {
    const own = sessions.find((session) => session.specimen === specimen);
    for (const documentId of new Set(set.map((other) => other.documentId))) {
      if (documentId === specimen.documentId) continue;
      const faces = await request('swapSelfie', { sessionId: specimen.id, selfieKey: documentId });
      sessions.push(both({ ...own, kind: 'other-selfie', samePerson: false, faces }, own.baseline));
    }
  }
  for (const document of specimens.specimenDocuments(today).filter((candidate) => set.some((specimen) => specimen.documentId === candidate.id))) {
    const specimen = await specimens.renderSpecimen({ ...document, truth: specimens.withWrongCheckDigit(document.truth) }, wrongCheckDigitVariant);
    const checked = await request('session', { sessionId: `${specimen.id}~wrong-digit`, images: specimen.images, selfie: specimen.selfie, selfieKey: `${specimen.documentId}~wrong-digit`, today: today.toISOString() });
    sessions.push(both({ kind: 'wrong-check-digit', specimen, samePerson: true, chosenDocumentType: specimen.documentType, ...checked, wrong: [] }, null));
  }
  const process = await request('finish', {});
  return { sessions, process };
}
