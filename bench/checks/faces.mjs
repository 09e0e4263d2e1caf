/**
 * Face-pair figures: same-person and different-person similarity (min, percentiles, max) per pair origin, false
 * accepts and false rejects at candidate thresholds and at the engine's own, and the band the set leaves between
 * the two populations. Then the engine's two models apart and together, each at thresholds taken from this run's
 * pairs with a stated margin, beside Human alone at the thresholds it had before face-api joined it. Pairs:
 * bench/specimens/faces.ts.
 */
import specimens from '../../dist/bench/specimens/index.js';
import { percentile, seconds, share, table } from './format.mjs';

const CANDIDATE_THRESHOLDS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65];
/** Human alone, before face-api joined it: match ≥ 0.65, mismatch < 0.33 (the baseline of the model comparison). */
const HUMAN_ALONE_THRESHOLDS = { match: 0.65, mismatch: 0.33 };
/** Data-chosen thresholds sit this far outside the scores of this run: above the highest different-person pair, below the lowest same-person pair. */
export const MARGIN = 0.03;

/** Faces found once per distinct image buffer (the specimen modules hand out the same buffer for the same image). */
function faceCache(engine, detectTimes, humanOnlyTimes) {
  const cache = new Map();
  const facesOf = (image) => {
    if (!cache.has(image)) {
      cache.set(
        image,
        (async () => {
          const began = performance.now();
          const faces = await engine.detect(image);
          detectTimes.push(performance.now() - began);
          // The upload check runs Human alone (no small-face search, no second descriptor): its time is Human's share.
          const humanBegan = performance.now();
          await engine.quickSelfieCheck(image);
          humanOnlyTimes.push(performance.now() - humanBegan);
          return faces;
        })(),
      );
    }
    return cache.get(image);
  };
  // The largest face: what the engine compares.
  const embeddingOf = async (image) => (await facesOf(image))[0]?.embedding ?? null;
  return { embeddingOf };
}

export function scoreStats(scores) {
  const sorted = [...scores].sort((a, b) => a - b);
  const fixed = (value) => (Number.isNaN(value) ? '–' : value.toFixed(3));
  return [sorted.length, fixed(sorted[0] ?? NaN), fixed(percentile(sorted, 5)), fixed(percentile(sorted, 50)), fixed(percentile(sorted, 95)), fixed(sorted.at(-1) ?? NaN)];
}

async function scorePairs(engine, embeddingOf, pairs) {
  const scored = [];
  for (const pair of pairs) {
    const [a, b] = [await embeddingOf(pair.a), await embeddingOf(pair.b)];
    const parts = a && b ? engine.similarityParts(a, b) : null;
    scored.push({ pair, noFace: !a || !b, score: a && b ? engine.similarity(a, b) : null, parts });
  }
  return scored;
}

function printFaceTables(same, different, thresholds) {
  const rowsOf = (label, scored) => {
    const origins = [...new Set(scored.map(({ pair }) => pair.origin))];
    const row = (name, subset) => [name, subset.filter((entry) => entry.noFace).length, ...scoreStats(subset.filter((entry) => !entry.noFace).map((entry) => entry.score))];
    return [row(label, scored), ...origins.map((origin) => row(`  ${origin}`, scored.filter(({ pair }) => pair.origin === origin)))];
  };
  table(['pairs', 'no face', 'scored', 'min', 'p5', 'p50', 'p95', 'max'], [...rowsOf('same person', same), ...rowsOf('different people', different)]);

  // A pair without a face in one image cannot be matched: a false reject when the same person, never a false accept.
  const rates = (sameSubset, differentSubset, threshold) => {
    const falseAccepts = differentSubset.filter((entry) => !entry.noFace && entry.score >= threshold).length;
    const falseRejects = sameSubset.filter((entry) => entry.noFace || entry.score < threshold).length;
    return [share(falseAccepts, differentSubset.length), share(falseRejects, sameSubset.length)];
  };
  const inSet = (scored, set) => scored.filter(({ pair }) => pair.set === set);
  console.log('\nThreshold: a pair at or above it counts as the same person (FAR: different people accepted, FRR: same person rejected)');
  table(
    ['threshold', 'FAR all', 'FRR all', 'FAR face-api photos', 'FRR face-api photos', 'FAR facematch crops', 'FRR facematch crops'],
    CANDIDATE_THRESHOLDS.map((threshold) => [
      threshold.toFixed(2),
      ...rates(same, different, threshold),
      ...rates(inSet(same, 'face-api-photos'), inSet(different, 'face-api-photos'), threshold),
      ...rates(inSet(same, 'facematch-crops'), inSet(different, 'facematch-crops'), threshold),
    ]),
  );

  const verdicts = (scored) => {
    const count = { match: 0, uncertain: 0, mismatch: 0 };
    for (const { score, noFace } of scored) {
      if (noFace || score < thresholds.mismatch) count.mismatch++;
      else if (score >= thresholds.match) count.match++;
      else count.uncertain++;
    }
    return `${count.match} match, ${count.uncertain} review, ${count.mismatch} mismatch`;
  };
  console.log(`\nThe engine's thresholds (match ≥ ${thresholds.match}, mismatch < ${thresholds.mismatch}):`);
  console.log(`  same person (${same.length}): ${verdicts(same)}`);
  console.log(`  different people (${different.length}): ${verdicts(different)}`);

  const lowestSame = Math.min(...same.filter((entry) => !entry.noFace).map((entry) => entry.score));
  const highestDifferent = Math.max(...different.filter((entry) => !entry.noFace).map((entry) => entry.score));
  console.log(`  lowest same-person score ${lowestSame.toFixed(3)}, highest different-person score ${highestDifferent.toFixed(3)}`);
  if (lowestSame > highestDifferent) {
    console.log(`  suggested review band: [${highestDifferent.toFixed(3)}, ${lowestSame.toFixed(3)}) — every pair of this set falls outside it`);
  } else {
    console.log(`  the populations overlap between ${lowestSame.toFixed(3)} and ${highestDifferent.toFixed(3)}: those pairs belong in review`);
  }
  const worst = [...same.filter((entry) => !entry.noFace)].sort((a, b) => a.score - b.score).slice(0, 3);
  const closest = [...different.filter((entry) => !entry.noFace)].sort((a, b) => b.score - a.score).slice(0, 3);
  console.log(`  lowest same-person pairs: ${worst.map(({ pair, score }) => `${pair.id} ${score.toFixed(3)}`).join('; ')}`);
  console.log(`  highest different-person pairs: ${closest.map(({ pair, score }) => `${pair.id} ${score.toFixed(3)}`).join('; ')}`);
  const missing = [...same, ...different].filter((entry) => entry.noFace).map(({ pair }) => pair.id);
  if (missing.length > 0) console.log(`  pairs with no face found in an image (${missing.length}): ${missing.slice(0, 10).join('; ')}`);
}

/** A verdict per pair: 'match', 'review' or 'mismatch'. */
export const byThresholds = (score, { match, mismatch }) => (score >= match ? 'match' : score < mismatch ? 'mismatch' : 'review');

/** Thresholds from the scores with the margin: above the highest different-person score, below the lowest same-person one. */
export function thresholdsFrom(sameScores, differentScores) {
  return { match: Math.max(...differentScores) + MARGIN, mismatch: Math.min(...sameScores) - MARGIN };
}

/** Human alone, face-api alone, both agreeing, and the engine's combined score, on the same pairs of one run. */
function printModelComparison(same, different, thresholds) {
  const scored = (list) => list.filter((entry) => entry.parts);
  const [sameScored, differentScored] = [scored(same), scored(different)];
  const human = (entry) => entry.parts.human;
  const faceApi = (entry) => 1 - entry.parts.faceApiDistance;
  const combined = (entry) => entry.parts.combined;
  const fitted = (score) => thresholdsFrom(sameScored.map(score), differentScored.map(score));
  const single = (score, chosen) => (entry) => byThresholds(score(entry), chosen);
  const [humanFitted, faceApiFitted] = [fitted(human), fitted(faceApi)];
  const bothAgree = (entry) => {
    const [first, second] = [single(human, humanFitted)(entry), single(faceApi, faceApiFitted)(entry)];
    return first === second ? first : 'review';
  };
  const fixed = (value) => value.toFixed(3);
  const rows = [
    ['Human alone (baseline: thresholds before this change)', single(human, HUMAN_ALONE_THRESHOLDS), HUMAN_ALONE_THRESHOLDS],
    [`Human alone, thresholds from this run ± ${MARGIN}`, single(human, humanFitted), humanFitted],
    [`face-api alone (1 − distance), from this run ± ${MARGIN}`, single(faceApi, faceApiFitted), faceApiFitted],
    ['both agree (each at its own thresholds above)', bothAgree, null],
    ['combined (the engine), engine thresholds', single(combined, thresholds), thresholds],
    [`combined, thresholds from this run ± ${MARGIN}`, single(combined, fitted(combined)), fitted(combined)],
  ].map(([label, verdictOf, chosen]) => {
    const count = (list, verdict) => list.filter((entry) => verdictOf(entry) === verdict).length;
    const inBand = count(sameScored, 'review') + count(differentScored, 'review');
    return [
      label,
      chosen ? `${fixed(chosen.match)} / ${fixed(chosen.mismatch)}` : '–',
      share(count(differentScored, 'match'), differentScored.length),
      share(count(sameScored, 'mismatch'), sameScored.length),
      share(inBand, sameScored.length + differentScored.length),
      count(sameScored, 'review'),
      count(differentScored, 'review'),
    ];
  });
  const range = (score) => `same ${fixed(Math.min(...sameScored.map(score)))}–${fixed(Math.max(...sameScored.map(score)))}, different ${fixed(Math.min(...differentScored.map(score)))}–${fixed(Math.max(...differentScored.map(score)))}`;
  console.log(`\nModels apart and together (same ${sameScored.length} same-person and ${differentScored.length} different-person pairs, this run):`);
  console.log(`  Human ${range(human)}; face-api (1 − distance) ${range(faceApi)}; combined ${range(combined)}`);
  table(['score', 'match ≥ / mismatch <', 'false accepts', 'false rejects', 'pairs in band', 'same in band', 'different in band'], rows);
}

/** Scores every pair of the face set with the engine; prints the tables; returns the scored pairs. */
export async function measureFacePairs(engine, thresholds) {
  const detectTimes = [];
  const humanOnlyTimes = [];
  const faces = faceCache(engine, detectTimes, humanOnlyTimes);
  const pairs = await specimens.facePairs();
  const same = await scorePairs(engine, faces.embeddingOf, pairs.same);
  const different = await scorePairs(engine, faces.embeddingOf, pairs.different);
  printFaceTables(same, different, thresholds);
  printModelComparison(same, different, thresholds);
  const timing = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `p50 ${seconds(percentile(sorted, 50))} s, p95 ${seconds(percentile(sorted, 95))} s`;
  };
  console.log(`  per image (${detectTimes.length}), the engine's detect (Human + face-api descriptors): ${timing(detectTimes)}; Human alone (upload check): ${timing(humanOnlyTimes)}`);
  console.log(`  bench process peak RSS after the face pairs: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  return { same, different, humanOnlyTimes };
}
