/**
 * MRZ reading figures: every field exactly right, valid by the check digits, wrong-but-valid; and the baseline
 * measured in the same run — what a naive integration gets: tesseract.js's default LSTM engine on the whole image,
 * no preprocessing, the MRZ-looking lines of its text parsed by the `mrz` package.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse as parseWithMrzPackage } from 'mrz';
import { createWorker, OEM } from 'tesseract.js';
import specimens from '../../dist/bench/specimens/index.js';
import { percentile, seconds, share, table } from './format.mjs';

const FIELDS = ['documentCode', 'issuingCountry', 'documentNumber', 'surname', 'givenNames', 'nationality', 'dateOfBirth', 'sex', 'dateOfExpiry', 'personalNumber'];

/** The fields of a reading that differ from the truth (all of them when nothing was read). */
export function wrongFields(fields, truth) {
  if (!fields) return FIELDS;
  return FIELDS.filter((field) => (fields[field] ?? null) !== (truth[field] ?? null));
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
export async function readWithBaseline(set) {
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
      const fields = parsed ? packageFields(parsed, specimen.truth) : null;
      results.push({ specimen, ms, found: parsed !== null, valid: parsed?.valid === true, fields, wrong: wrongFields(fields, specimen.truth), error: null });
    }
  } finally {
    await worker.terminate();
  }
  return { startMs, results };
}

export function readingSummary(results) {
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

export function printReadingTable(ours, baseline, variants) {
  const groups = [
    ...variants.map((variant) => [variant, (result) => result.specimen.variant === variant]),
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

export function printReadingFailures(label, results) {
  const failures = results.filter((result) => result.wrong.length > 0 || !result.valid);
  if (failures.length === 0) return;
  console.log(`\n${label}: specimens not read exactly (${failures.length})`);
  for (const { specimen, valid, wrong, error } of failures.slice(0, 40)) {
    const verdict = valid ? 'VALID BUT WRONG' : 'invalid';
    console.log(`  ${specimen.id}: ${verdict}; wrong fields: ${wrong.join(', ') || 'none'}${error ? `; error: ${error}` : ''}`);
  }
  if (failures.length > 40) console.log(`  … and ${failures.length - 40} more`);
}
