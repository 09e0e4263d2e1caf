/** The benchmark's one table: every headline figure beside the baseline of the same run and the set it was measured on. */
import specimens from '../../dist/bench/specimens/index.js';
import { percentile, seconds, share, shareWithPercent, textTable } from './format.mjs';

const automatic = (decision) => decision.verdict === 'APPROVE' || decision.verdict === 'DENY';
const checkOf = (decision, name) => decision.checks.find((check) => check.name === name) ?? null;

/** "precision a/b, recall c/d" of a prediction against a truth over the sessions where it was evaluated. */
function precisionRecall(sessions, predicted, truth) {
  const truePositives = sessions.filter((session) => predicted(session) && truth(session)).length;
  const positives = sessions.filter(predicted).length;
  const actual = sessions.filter(truth).length;
  return `precision ${share(truePositives, positives)}, recall ${share(truePositives, actual)}`;
}

function verdictCounts(decisions) {
  const count = (verdict) => decisions.filter((decision) => decision.verdict === verdict).length;
  return `${count('APPROVE')} approved, ${count('DENY')} denied, ${count('REVIEW')} review, ${count('RETRY')} retake`;
}

function faceRates(same, different, { match, mismatch }) {
  const scored = (entries) => entries.filter((entry) => entry.score !== null);
  const falseAccepts = scored(different).filter((entry) => entry.score >= match).length;
  const falseRejects = same.filter((entry) => entry.score === null || entry.score < mismatch).length;
  const inBand = [...scored(same), ...scored(different)].filter((entry) => entry.score >= mismatch && entry.score < match).length;
  return { falseAccepts, falseRejects, inBand };
}

export function printSummary({ readings, baselineReadings, pairs, sessions, process, thresholds }) {
  const group = (results, name) => results.filter((result) => specimens.variantGroup(result.specimen.variant) === name);
  const exact = (results) => results.filter((result) => result.valid && result.wrong.length === 0).length;
  const wrongValid = (results) => results.filter((result) => result.valid && result.wrong.length > 0).length;
  const of = (kind) => sessions.filter((session) => session.kind === kind);
  const [honest, expired, otherSelfie, wrongDigit] = ['honest', 'expired', 'other-selfie', 'wrong-check-digit'].map(of);
  const readSessions = [...honest, ...expired, ...wrongDigit];
  const faceJudged = [...honest, ...expired, ...otherSelfie].filter((session) => checkOf(session.decision, 'FACE_MATCH'));
  const pairRates = faceRates(pairs.same, pairs.different, thresholds);
  const naivePairRates = faceRates(pairs.same, pairs.different, { match: 0.5, mismatch: 0.5 });
  const sessionScores = (subset) => subset.map((session) => ({ score: session.faces.similarity }));
  const sessionRates = faceRates(sessionScores([...honest, ...expired]), sessionScores(otherSelfie), thresholds);
  const approved = (subset, decision = 'decision') => subset.filter((session) => session[decision]?.verdict === 'APPROVE').length;
  const times = honest.map((session) => session.ms).sort((a, b) => a - b);
  const pairCount = pairs.same.length + pairs.different.length;
  const sessionFaceCount = honest.length + expired.length + otherSelfie.length;
  const clean = group(readings, 'clean');
  const degraded = group(readings, 'degraded');

  const rows = [
    ['MRZ every field right, clean', shareWithPercent(exact(clean), clean.length), share(exact(group(baselineReadings, 'clean')), clean.length), `${clean.length} specimens (clean, on-table)`],
    ['MRZ every field right, degraded', shareWithPercent(exact(degraded), degraded.length), share(exact(group(baselineReadings, 'degraded')), degraded.length), `${degraded.length} specimens (other variants)`],
    ['MRZ wrong field presented as valid', wrongValid(readings), wrongValid(baselineReadings), `${readings.length} specimens`],
    ['check MRZ_VALID passed (right = every field right)', precisionRecall(readSessions, (s) => s.mrz.valid, (s) => s.kind !== 'wrong-check-digit' && s.wrong.length === 0), '–', `${readSessions.length} sessions incl. ${wrongDigit.length} wrong check digit`],
    ['check DOCUMENT_NOT_EXPIRED failed (DOC_EXPIRED)', precisionRecall([...honest, ...expired], (s) => checkOf(s.decision, 'DOCUMENT_NOT_EXPIRED')?.result === 'FAILED', (s) => s.specimen.truth.expired), '–', `${honest.length + expired.length} sessions, ${expired.length} expired`],
    ['check FACE_MATCH passed (same person)', precisionRecall(faceJudged, (s) => checkOf(s.decision, 'FACE_MATCH').result === 'PASSED', (s) => s.samePerson), '–', `${faceJudged.length} sessions where the face was judged`],
    ['check FACE_MATCH failed (FACE_MISMATCH)', precisionRecall(faceJudged, (s) => checkOf(s.decision, 'FACE_MATCH').result === 'FAILED', (s) => !s.samePerson), '–', 'same'],
    [`face false accept (≥ ${thresholds.match}), pairs`, share(pairRates.falseAccepts, pairs.different.length), `${share(naivePairRates.falseAccepts, pairs.different.length)} at 0.5`, `${pairs.different.length} different-person pairs`],
    [`face false reject (< ${thresholds.mismatch}), pairs`, share(pairRates.falseRejects, pairs.same.length), `${share(naivePairRates.falseRejects, pairs.same.length)} at 0.5`, `${pairs.same.length} same-person pairs`],
    ['face pairs in the review band', shareWithPercent(pairRates.inBand, pairCount), '0 (no band)', `${pairCount} pairs`],
    ['face false accept / reject, document vs selfie', `${share(sessionRates.falseAccepts, otherSelfie.length)} / ${share(sessionRates.falseRejects, honest.length + expired.length)}`, '–', `${sessionFaceCount} sessions`],
    ['document vs selfie in the review band', shareWithPercent(sessionRates.inBand, sessionFaceCount), '–', 'same'],
    ['honest sessions decided automatically', shareWithPercent(honest.filter((s) => automatic(s.decision)).length, honest.length), share(honest.filter((s) => automatic(s.baselineDecision)).length, honest.length), `${honest.length} sessions`],
    ['  honest: verdicts', verdictCounts(honest.map((s) => s.decision)), verdictCounts(honest.map((s) => s.baselineDecision)), 'same'],
    ['  honest approved with a wrong field', honest.filter((s) => s.decision.verdict === 'APPROVE' && s.wrong.length > 0).length, honest.filter((s) => s.baselineDecision.verdict === 'APPROVE' && s.baseline.wrong.length > 0).length, 'same'],
    ['dishonest approved: expired document', share(approved(expired), expired.length), share(approved(expired, 'baselineDecision'), expired.length), `${expired.length} sessions`],
    ["dishonest approved: another person's selfie", share(approved(otherSelfie), otherSelfie.length), share(approved(otherSelfie, 'baselineDecision'), otherSelfie.length), `${otherSelfie.length} sessions`],
    ['dishonest approved: wrong check digit', share(approved(wrongDigit), wrongDigit.length), '–', `${wrongDigit.length} sessions`],
    ['session checks (read + faces), p50 / p95', `${seconds(percentile(times, 50))} s / ${seconds(percentile(times, 95))} s`, '–', `${honest.length} honest sessions, warm`],
    ['peak RSS of the checks process', `${process.peakRssMb} MB`, '–', `after all ${sessions.length} sessions; engines started in ${seconds(process.startMs)} s`],
  ];
  console.log('\nSummary (baseline: tesseract.js defaults on the whole image; faces at one threshold 0.5 with no review band)');
  textTable(['figure', 'ours', 'baseline, same run', 'evaluation set'], rows);
}
