/**
 * Face-pair figures: same-person and different-person similarity (min, percentiles, max) per pair origin, false
 * accepts and false rejects at candidate thresholds and at the engine's own, and the band the set leaves between
 * the two populations. Pairs: bench/specimens/faces.ts.
 */
import specimens from '../../dist/bench/specimens/index.js';
import { percentile, seconds, share, table } from './format.mjs';

const CANDIDATE_THRESHOLDS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65];

/** Faces found once per distinct image buffer (the specimen modules hand out the same buffer for the same image). */
function faceCache(engine, detectTimes) {
  const cache = new Map();
  const facesOf = (image) => {
    if (!cache.has(image)) {
      cache.set(
        image,
        (async () => {
          const began = performance.now();
          const faces = await engine.detect(image);
          detectTimes.push(performance.now() - began);
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
    scored.push({ pair, noFace: !a || !b, score: a && b ? engine.similarity(a, b) : null });
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

/** Scores every pair of the face set with the engine; prints the tables; returns the scored pairs. */
export async function measureFacePairs(engine, thresholds) {
  const detectTimes = [];
  const faces = faceCache(engine, detectTimes);
  const pairs = await specimens.facePairs();
  const same = await scorePairs(engine, faces.embeddingOf, pairs.same);
  const different = await scorePairs(engine, faces.embeddingOf, pairs.different);
  printFaceTables(same, different, thresholds);
  const sorted = detectTimes.sort((a, b) => a - b);
  console.log(`  face detection + descriptor per image: p50 ${seconds(percentile(sorted, 50))} s, p95 ${seconds(percentile(sorted, 95))} s (${sorted.length} images)`);
  return { same, different };
}
