#!/usr/bin/env node
/**
 * Accuracy, time and memory of the verification engine's checks, on the generated specimen set (bench/specimens):
 * documents with known ground truth in "phone photo" variants, and face pairs from the face images available
 * offline. Prints, each beside the evaluation set it was measured on:
 * - MRZ reading per variant and per group (clean, degraded): specimens with every field exactly right, specimens
 *   valid by their check digits, wrong-but-valid ones (a field differs from the truth although the check digits
 *   pass: must be 0, the run fails otherwise), seconds per document p50/p95. Beside it, in the same run, a
 *   baseline: what a naive integration gets — tesseract.js's default LSTM engine on the whole image, no
 *   preprocessing, the MRZ-looking lines of its text parsed by the `mrz` package.
 * - Faces: same-person and different-person similarity (min, percentiles, max) per pair origin, false accepts and
 *   false rejects at candidate thresholds and at the engine's own, the band the set leaves between the two
 *   populations, and the document portrait (found on the rendered document) against the selfies.
 * - Peak RSS of this process after each phase (maxRSS only grows: each figure includes the phases before it).
 *
 * Usage: npm run bench:checks [-- --limit 4 --variants clean,blur-2]
 *   --limit N      the first N documents of the set (formats interleaved), each in every variant
 *   --variants     a comma-separated subset of the phone-photo variants
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseWithMrzPackage } from 'mrz';
import { createWorker, OEM } from 'tesseract.js';
import specimens from '../dist/bench/specimens/index.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, variants: { type: 'string' } } });
const LIMIT = values.limit === undefined ? undefined : Number(values.limit);
const VARIANTS = values.variants ? values.variants.split(',') : specimens.PHONE_VARIANTS;
for (const variant of VARIANTS) {
  if (!specimens.PHONE_VARIANTS.includes(variant)) throw new Error(`Unknown variant ${variant}; known: ${specimens.PHONE_VARIANTS.join(', ')}`);
}
const TODAY = new Date();
const FIELDS = ['documentCode', 'issuingCountry', 'documentNumber', 'surname', 'givenNames', 'nationality', 'dateOfBirth', 'sex', 'dateOfExpiry', 'personalNumber'];
const CANDIDATE_THRESHOLDS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
/** The checks worker's default CHECKS_CONCURRENCY: one submission at a time, as measured here. */
const CONCURRENCY = 1;

const seconds = (ms) => (Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(2));
const share = (count, total) => (total === 0 ? '–' : `${count}/${total}`);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function table(header, rows) {
  const widths = header.map((cell, column) => Math.max(String(cell).length, ...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function loadModule(relative) {
  try {
    const loaded = await import(path.posix.join('..', 'dist', relative));
    return loaded.default ?? loaded;
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}

/** The fields of a reading that differ from the truth (all of them when nothing was read). */
function wrongFields(fields, truth) {
  if (!fields) return FIELDS;
  return FIELDS.filter((field) => (fields[field] ?? null) !== (truth[field] ?? null));
}

// ---------------------------------------------------------------------------------------------------- MRZ reading

/** Our reader: the engine's document module. */
async function readWithEngine(documentModule, set) {
  const started = performance.now();
  const reader = await documentModule.createDocumentReader({ concurrency: CONCURRENCY });
  const startMs = performance.now() - started;
  const results = [];
  try {
    for (const specimen of set) {
      const began = performance.now();
      let reading = null;
      let error = null;
      try {
        reading = await reader.read(specimen.images, { today: TODAY });
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
      }
      const ms = performance.now() - began;
      const wrong = wrongFields(reading?.mrz?.fields, specimen.truth);
      results.push({ specimen, ms, valid: reading?.mrz?.valid === true, wrong, error });
    }
  } finally {
    await reader.close();
  }
  return { startMs, results };
}

const MRZ_WIDTHS = [30, 36, 44];

/** MRZ lines in naive OCR text: the last lines that look like one (MRZ alphabet, about an MRZ's width). */
function naiveMrzLines(text) {
  const candidates = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, '').toUpperCase())
    .filter((line) => /^[A-Z0-9<]{26,48}$/.test(line) && line.includes('<'));
  const last = candidates.at(-1);
  if (!last) return null;
  const width = MRZ_WIDTHS.reduce((best, candidate) => (Math.abs(candidate - last.length) < Math.abs(best - last.length) ? candidate : best));
  const count = width === 30 ? 3 : 2;
  if (candidates.length < count) return null;
  return candidates.slice(-count).map((line) => line.slice(0, width).padEnd(width, '<'));
}

const SEX_OF_PACKAGE = { male: 'M', female: 'F', nonspecified: 'X' };
const isoFromMrz = (yymmdd, truthIso) => (yymmdd && truthIso ? `${truthIso.slice(0, 2)}${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}` : null);

/** The `mrz` package's fields under our names; dates take the truth's century (the baseline is not judged on it). */
function packageFields(result, truth) {
  const fields = result.fields;
  const personal = (fields.personalNumber ?? fields.optional1 ?? '').replace(/<+$/, '') || null;
  return {
    documentCode: fields.documentCode,
    issuingCountry: fields.issuingState,
    documentNumber: result.documentNumber ?? fields.documentNumber,
    surname: fields.lastName,
    givenNames: fields.firstName,
    nationality: fields.nationality,
    dateOfBirth: isoFromMrz(fields.birthDate, truth.dateOfBirth),
    sex: SEX_OF_PACKAGE[fields.sex] ?? null,
    dateOfExpiry: isoFromMrz(fields.expirationDate, truth.dateOfExpiry),
    personalNumber: personal,
  };
}

/** The baseline: tesseract.js's defaults (LSTM engine, automatic page segmentation) on each whole image. */
async function readWithBaseline(set) {
  const started = performance.now();
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    // tesseract.js's default language data (its CDN serves 4.0.0_best_int), from node_modules instead.
    langPath: path.dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz')),
    gzip: true,
    cacheMethod: 'none',
  });
  const startMs = performance.now() - started;
  const results = [];
  try {
    for (const specimen of set) {
      const began = performance.now();
      let parsed = null;
      for (const image of specimen.images) {
        const { data } = await worker.recognize(image);
        const lines = naiveMrzLines(data.text);
        if (!lines) continue;
        try {
          parsed = parseWithMrzPackage(lines);
          break;
        } catch {
          // Lines of no format the package knows: try the next image.
        }
      }
      const ms = performance.now() - began;
      const wrong = wrongFields(parsed ? packageFields(parsed, specimen.truth) : null, specimen.truth);
      results.push({ specimen, ms, valid: parsed?.valid === true, wrong, error: null });
    }
  } finally {
    await worker.terminate();
  }
  return { startMs, results };
}

function readingSummary(results) {
  const times = results.map((result) => result.ms).sort((a, b) => a - b);
  return {
    n: results.length,
    exact: results.filter((result) => result.wrong.length === 0).length,
    valid: results.filter((result) => result.valid).length,
    wrongValid: results.filter((result) => result.valid && result.wrong.length > 0).length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

function printReadingTable(ours, baseline) {
  const groups = [
    ...VARIANTS.map((variant) => [variant, (result) => result.specimen.variant === variant]),
    ['group: clean', (result) => specimens.variantGroup(result.specimen.variant) === 'clean'],
    ['group: degraded', (result) => specimens.variantGroup(result.specimen.variant) === 'degraded'],
    ['all', () => true],
  ];
  const columns = (summary) =>
    summary ? [share(summary.exact, summary.n), share(summary.valid, summary.n), summary.wrongValid, seconds(summary.p50), seconds(summary.p95)] : ['–', '–', '–', '–', '–'];
  const rows = groups.map(([name, belongs]) => {
    const mine = ours ? readingSummary(ours.results.filter(belongs)) : null;
    const theirs = readingSummary(baseline.results.filter(belongs));
    return [name, theirs.n, ...columns(mine), '|', ...columns(theirs)];
  });
  table(['variant', 'n', 'exact', 'valid', 'wrong+valid', 'p50 s', 'p95 s', '|', 'base exact', 'base valid', 'base wrong+valid', 'base p50', 'base p95'], rows);
}

function printReadingFailures(label, results) {
  const failures = results.filter((result) => result.wrong.length > 0 || !result.valid);
  if (failures.length === 0) return;
  console.log(`\n${label}: specimens not read exactly (${failures.length})`);
  for (const { specimen, valid, wrong, error } of failures.slice(0, 40)) {
    const verdict = valid ? 'VALID BUT WRONG' : 'invalid';
    console.log(`  ${specimen.id}: ${verdict}; wrong fields: ${wrong.join(', ') || 'none'}${error ? `; error: ${error}` : ''}`);
  }
  if (failures.length > 40) console.log(`  … and ${failures.length - 40} more`);
}

// ---------------------------------------------------------------------------------------------------------- faces

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
  return { facesOf, embeddingOf };
}

function scoreStats(scores) {
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

/** The portrait as the engine finds it on each clean document, against that person's selfie and everyone else's. */
async function printDocumentPortraits(engine, { facesOf, embeddingOf }, documents) {
  const portraits = [];
  for (const specimen of documents) {
    const faces = await engine.detect(specimen.images[0]);
    portraits.push({ specimen, embedding: faces[0]?.embedding ?? null, faces: faces.length });
  }
  const same = [];
  const different = [];
  for (const { specimen, embedding } of portraits) {
    if (!embedding) continue;
    for (const other of documents) {
      const selfie = await embeddingOf(other.selfie);
      if (!selfie) continue;
      (other.selfie === specimen.selfie ? same : different).push(engine.similarity(embedding, selfie));
    }
  }
  const notFound = portraits.filter((portrait) => !portrait.embedding).map(({ specimen }) => specimen.documentId);
  const several = portraits.filter((portrait) => portrait.faces > 1).map(({ specimen }) => specimen.documentId);
  const selfieFaces = await Promise.all(documents.map(async (specimen) => ({ specimen, count: (await facesOf(specimen.selfie)).length })));
  const oddSelfies = selfieFaces.filter(({ count }) => count !== 1).map(({ specimen, count }) => `${specimen.documentId} (${count})`);
  console.log(`\nDocument portrait (found on the clean rendered document) vs selfie — ${documents.length} documents`);
  table(['pairs', 'scored', 'min', 'p5', 'p50', 'p95', 'max'], [
    ['own selfie', ...scoreStats(same)],
    ["others' selfies", ...scoreStats(different)],
  ]);
  console.log(`  portrait not found on: ${notFound.join(', ') || 'none'}; more than one face on: ${several.join(', ') || 'none'}`);
  console.log(`  selfies without exactly one face: ${oddSelfies.join(', ') || 'none'}`);
}

/** The engine, or why it could not start (the bench still prints the rest). */
async function startFaceEngine(faceModule) {
  if (!faceModule?.createFaceEngine) return { engine: null, startMs: 0, reason: 'activities/checks/face/ has no createFaceEngine in dist/ yet' };
  const began = performance.now();
  try {
    return { engine: await faceModule.createFaceEngine({ concurrency: CONCURRENCY }), startMs: performance.now() - began, reason: null };
  } catch (error) {
    return { engine: null, startMs: 0, reason: `createFaceEngine failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

async function measureFaces(faceModule, { engine, startMs }, set) {
  console.log(`  face engine started in ${seconds(startMs)} s`);
  const detectTimes = [];
  const faces = faceCache(engine, detectTimes);
  const pairs = await specimens.facePairs();
  const same = await scorePairs(engine, faces.embeddingOf, pairs.same);
  const different = await scorePairs(engine, faces.embeddingOf, pairs.different);
  printFaceTables(same, different, faceModule.FACE_MATCH_THRESHOLDS);
  const portraitVariant = VARIANTS.includes('clean') ? 'clean' : VARIANTS[0];
  await printDocumentPortraits(engine, faces, set.filter((specimen) => specimen.variant === portraitVariant));
  const sorted = detectTimes.sort((a, b) => a - b);
  console.log(`  face detection + descriptor per image: p50 ${seconds(percentile(sorted, 50))} s, p95 ${seconds(percentile(sorted, 95))} s (${sorted.length} images)`);
  await engine.close();
}

// ----------------------------------------------------------------------------------------------------------- main

const generationBegan = performance.now();
const set = await specimens.specimenSet({ today: TODAY, variants: VARIANTS, limit: LIMIT });
const generationMs = performance.now() - generationBegan;
const documents = specimens.specimenDocuments(TODAY).slice(0, LIMIT);
const formats = ['TD3', 'TD1', 'TD2'].map((format) => `${documents.filter((document) => document.truth.format === format).length} ${format}`).join(', ');
const permits = documents.filter((document) => document.truth.documentType === 'RESIDENCE_PERMIT').length;
const expired = documents.filter((document) => document.truth.expired).length;

console.log('Evaluation set (generated by bench/specimens, fictional people, ICAO 9303 check digits):');
console.log(`  ${documents.length} documents (${formats}; ${permits} residence permits; ${expired} expired as of ${TODAY.toISOString().slice(0, 10)})`);
console.log(`  × ${VARIANTS.length} phone-photo variants = ${set.length} specimens; MRZ font: ${set[0]?.mrzFont ?? '–'}`);
console.log(`  generated in ${seconds(generationMs)} s; "clean" group = clean, on-table; all other variants are "degraded"`);
console.log(`  portraits and selfies: ${specimens.FACE_SET_ORIGIN}`);

const documentModule = await loadModule('activities/checks/document/index.js');
const ours = documentModule?.createDocumentReader ? await readWithEngine(documentModule, set) : null;
const rssAfterOurs = peakRssMb();
const baseline = await readWithBaseline(set);
const rssAfterBaseline = peakRssMb();

console.log('\nMRZ reading: exact = every field equals the truth; valid = the check digits pass; wrong+valid must be 0');
console.log('  baseline: tesseract.js defaults (LSTM, 4.0.0_best_int data, automatic page layout) on each whole image,');
console.log("  no preprocessing; the last MRZ-looking lines of its text parsed by the `mrz` package (dates given the truth's century)");
if (!ours) console.log('  ours: not measured — activities/checks/document/ has no createDocumentReader in dist/ yet');
else console.log(`  our reader started in ${seconds(ours.startMs)} s; the baseline's worker in ${seconds(baseline.startMs)} s`);
printReadingTable(ours, baseline);
if (ours) printReadingFailures('Ours', ours.results);
const baselineWrongValid = baseline.results.filter((result) => result.valid && result.wrong.length > 0);
if (baselineWrongValid.length > 0) {
  console.log(`\nBaseline: valid by check digits yet wrong (${baselineWrongValid.length}; names carry no check digit):`);
  for (const { specimen, wrong } of baselineWrongValid) console.log(`  ${specimen.id}: ${wrong.join(', ')}`);
}

const faceModule = await loadModule('activities/checks/face/index.js');
console.log(`\nFaces — pairs: ${specimens.FACE_SET_ORIGIN}`);
const faceEngine = await startFaceEngine(faceModule);
if (faceEngine.engine) await measureFaces(faceModule, faceEngine, set);
else console.log(`  not measured — ${faceEngine.reason}`);
const rssAfterFaces = peakRssMb();

console.log('\nPeak RSS of this process (grows only; each includes the phases before it and the specimen images in memory):');
console.log(
  `  after our reader ${ours ? `${rssAfterOurs} MB` : '(not run)'}; after the baseline ${rssAfterBaseline} MB; ` +
    `after the face engine ${faceEngine.engine ? `${rssAfterFaces} MB` : '(not run)'}`,
);

const wrongButValid = ours ? ours.results.filter((result) => result.valid && result.wrong.length > 0).length : 0;
if (wrongButValid > 0) {
  console.log(`\nFAILED: ${wrongButValid} specimen(s) read as valid with a wrong field`);
  process.exitCode = 1;
}
