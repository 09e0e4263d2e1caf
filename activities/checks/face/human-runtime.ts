/**
 * One Human instance per process, on TensorFlow.js's WASM backend, its models read from the package's own folder.
 * Human's default entry needs @tensorflow/tfjs-node, which downloads libtensorflow at install time (impossible
 * offline), and the package's `exports` keys lack `./`, so its WASM build is loaded by file path. That build requires
 * @tensorflow/tfjs-core, -converter and -backend-wasm, which must be installed at the same version (4.22.0).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as tfjs from '@tensorflow/tfjs-core';
import type { Config, Human, Result } from '@vladmandic/human';
import { registerFileModelLoader } from './file-model-loader';

export type TensorFlow = typeof tfjs;

export interface HumanRuntime {
  tf: TensorFlow;
  /**
   * Human's detection, one image at a time: the WASM backend runs on one thread anyway, and Human keeps per-model
   * state between calls. Decoding and encoding images (sharp, on libuv's threads) still overlap with it.
   */
  detect(input: tfjs.Tensor3D): Promise<Result>;
  /** Human's similarity of two face descriptors, 0..1. */
  similarity(a: number[], b: number[]): number;
}

const loadModule = createRequire(__filename);
// Resolving the package's main entry only finds its folder: the tfjs-node build it names is never loaded.
const HUMAN_DIST = path.dirname(loadModule.resolve('@vladmandic/human'));
export const HUMAN_WASM_BUILD = path.join(HUMAN_DIST, 'human.node-wasm.js');
const HUMAN_MODELS = path.join(HUMAN_DIST, '..', 'models');
const WASM_BINARIES = path.dirname(loadModule.resolve('@tensorflow/tfjs-backend-wasm'));

/** Each face the detector keeps is meshed and described, so the cap bounds the work on a crowded photo. */
const MAX_FACES_PER_PASS = 10;

/** Exported for the benchmark, which runs the same configuration with other descriptor models (bench/checks/face-models.mjs). */
export const HUMAN_CONFIG: Partial<Config> = {
  backend: 'wasm',
  wasmPath: `${WASM_BINARIES}${path.sep}`,
  modelBasePath: `${pathToFileURL(HUMAN_MODELS).href}/`,
  debug: false,
  warmup: 'none',
  cacheModels: false,
  // Every image is a new subject: no reuse of an earlier frame's boxes or descriptors (Human's video mode).
  cacheSensitivity: 0,
  filter: { enabled: false },
  gesture: { enabled: false },
  body: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  segmentation: { enabled: false },
  face: {
    enabled: true,
    // Without `rotation` (levelling a tilted head before the descriptor) same and different people separated
    // slightly better in the evaluation (face-match-policy.ts), and it costs a fifth more time.
    detector: { rotation: false, maxDetected: MAX_FACES_PER_PASS, minConfidence: 0.5, return: false },
    // The mesh refines the box the descriptor crops; iris, emotion, antispoof and liveness are not used (the last
    // two score a printed portrait as live: they are no liveness check).
    mesh: { enabled: true },
    iris: { enabled: false },
    emotion: { enabled: false },
    description: { enabled: true },
    antispoof: { enabled: false },
    liveness: { enabled: false },
  },
};

const REQUIRED_MODELS = ['blazeface', 'facemesh', 'faceres'];

let runtime: Promise<HumanRuntime> | undefined;

/** Loads the models once per process; every engine shares them (Human keeps some model state at module level). */
export function loadHumanRuntime(): Promise<HumanRuntime> {
  runtime ??= startHuman().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

async function startHuman(): Promise<HumanRuntime> {
  const { Human: HumanClass } = loadModule(HUMAN_WASM_BUILD) as { Human: new (config: Partial<Config>) => Human };
  const human = new HumanClass(HUMAN_CONFIG);
  const tf = human.tf as TensorFlow;
  registerFileModelLoader(tf);
  await human.load();
  // Human logs a model it could not read and carries on: refuse to run half-loaded instead.
  const missing = REQUIRED_MODELS.filter((model) => !human.models.loaded().includes(model));
  if (missing.length > 0 || tf.getBackend() !== 'wasm') {
    throw new Error(`Face models not loaded: ${missing.join(', ') || 'none'}; backend: ${tf.getBackend()}`);
  }
  let previous: Promise<unknown> = Promise.resolve();
  return {
    tf,
    detect(input) {
      const result = previous.then(() => human.detect(input));
      previous = result.catch(() => undefined);
      return result;
    },
    similarity: (a, b) => human.match.similarity(a, b),
  };
}
