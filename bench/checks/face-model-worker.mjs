/**
 * Scores every face pair with one of Human's descriptor models, in a process of its own (Human keeps each model in
 * module state, so two models cannot share a process). The engine's Human configuration and face finding
 * (find-faces.ts, with its small-face search); only the descriptor model differs. Human's similarity for the
 * faceres models (as the engine), cosine similarity for the MobileFace models, whose descriptors Human leaves
 * unnormalised. Usage: node face-model-worker.mjs <model> <models folder>; prints JSON.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import decoding from '../../dist/activities/checks/face/decode-image.js';
import finding from '../../dist/activities/checks/face/find-faces.js';
import { registerFileModelLoader } from '../../dist/activities/checks/face/file-model-loader.js';
import { HUMAN_CONFIG, HUMAN_WASM_BUILD } from '../../dist/activities/checks/face/human-runtime.js';
import specimens from '../../dist/bench/specimens/index.js';

const [model, modelsFolder] = process.argv.slice(2);
const modelUrl = (file) => pathToFileURL(path.join(path.resolve(modelsFolder), file)).href;
/** Human's config per model; the MobileFace models replace faceres's descriptor, which Human still computes. */
const FACE_CONFIG = {
  faceres: {},
  'faceres-deep': { description: { ...HUMAN_CONFIG.face.description, modelPath: modelUrl('faceres-deep.json') } },
  mobilefacenet: { mobilefacenet: { enabled: true, modelPath: modelUrl('mobilefacenet.json') } },
  mobileface: { mobilefacenet: { enabled: true, modelPath: modelUrl('mobileface.json') } },
};
if (!(model in FACE_CONFIG)) throw new Error(`Unknown model ${model}; known: ${Object.keys(FACE_CONFIG).join(', ')}`);

const { Human } = createRequire(import.meta.url)(HUMAN_WASM_BUILD);
const human = new Human({ ...HUMAN_CONFIG, face: { ...HUMAN_CONFIG.face, ...FACE_CONFIG[model] } });
registerFileModelLoader(human.tf);
await human.load();
const runtime = { tf: human.tf, detect: (input) => human.detect(input) };

const descriptors = new Map();
/** Per image: decoding, detection, mesh and the descriptor(s), as the engine's Human part. */
const detectMs = [];
const descriptorOf = async (image) => {
  if (!descriptors.has(image)) {
    const began = performance.now();
    const faces = await finding.findFaces(runtime, await decoding.decodeImage(image), { searchSmall: true });
    const largest = faces.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
    detectMs.push(performance.now() - began);
    descriptors.set(image, largest?.embedding.length ? largest.embedding : null);
  }
  return descriptors.get(image);
};
const cosine = (a, b) => {
  let [dot, normA, normB] = [0, 0, 0];
  for (let i = 0; i < a.length; i++) [dot, normA, normB] = [dot + a[i] * b[i], normA + a[i] ** 2, normB + b[i] ** 2];
  return dot / Math.sqrt(normA * normB);
};
const similarity = model.startsWith('mobileface') ? cosine : (a, b) => human.match.similarity(a, b);

const pairs = await specimens.facePairs();
const scores = {};
for (const pair of [...pairs.same, ...pairs.different]) {
  const [a, b] = [await descriptorOf(pair.a), await descriptorOf(pair.b)];
  scores[pair.id] = a && b ? similarity(a, b) : null;
}
process.stdout.write(JSON.stringify({ model, scores, detectMs }));
