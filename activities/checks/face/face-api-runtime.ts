/**
 * @vladmandic/face-api's recognition net (a dlib-style ResNet: 128 numbers per face, compared by Euclidean distance)
 * on the TensorFlow.js instance Human already runs on WASM, with its models read from the package's own folder.
 *
 * face-api's Node WASM build requires the `@tensorflow/tfjs` umbrella package (layers, data, WebGL: over 250 MB
 * installed) only to use tfjs-core's ops and the chained tensor methods (`t.as3D()`, `t.div()`) the umbrella adds
 * to tfjs-core's Tensor class. This module hands the build tfjs-core itself, with those methods added exactly as
 * the umbrella adds them (one per file of tfjs-core's `public/chained_ops`, whose ESM files Node cannot load).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import type * as tfjs from '@tensorflow/tfjs-core';
import type { PixelBox } from './face-box';
import type { TensorFlow } from './human-runtime';

export interface FaceApiRuntime {
  /** face-api's 128-number descriptor of the face in `box`, after its 68-landmark alignment. */
  describe(image: tfjs.Tensor3D, box: PixelBox): Promise<number[]>;
}

/** The parts of face-api this module uses (its bundled typings describe browser types). */
interface FaceApi {
  nets: {
    faceLandmark68Net: { loadFromWeightMap(weights: tfjs.NamedTensorMap): void; detectLandmarks(face: tfjs.Tensor3D): Promise<unknown> };
    faceRecognitionNet: {
      loadFromWeightMap(weights: tfjs.NamedTensorMap): void;
      computeFaceDescriptor(face: tfjs.Tensor3D): Promise<Float32Array>;
    };
  };
  FaceDetection: new (score: number, relativeBox: object, imageDims: { width: number; height: number }) => object;
  Rect: new (x: number, y: number, width: number, height: number) => object;
  extractFaceTensors(image: tfjs.Tensor3D, boxes: object[]): Promise<tfjs.Tensor3D[]>;
  extendWithFaceDetection<T>(source: T, detection: object): T & { detection: object };
  extendWithFaceLandmarks<T>(source: T, landmarks: unknown): T & { alignedRect: object };
}

const loadModule = createRequire(__filename);
const FACE_API_ROOT = path.dirname(loadModule.resolve('@vladmandic/face-api/package.json'));
const FACE_API_WASM_BUILD = path.join(FACE_API_ROOT, 'dist', 'face-api.node-wasm.js');
const FACE_API_MODELS = path.join(FACE_API_ROOT, 'model');
const CHAINED_OPS = path.join(path.dirname(loadModule.resolve('@tensorflow/tfjs-core')), 'public', 'chained_ops');

/** Methods the umbrella package defines differently from "the op of the same name, with the tensor first". */
const SPECIAL_CHAINED_OPS: Record<string, (tf: TensorFlow, tensor: tfjs.Tensor, ...args: never[]) => tfjs.Tensor> = {
  as1D: (tf, t) => tf.reshape(t, [t.size]),
  as2D: (tf, t, ...shape: number[]) => tf.reshape(t, shape),
  as3D: (tf, t, ...shape: number[]) => tf.reshape(t, shape),
  as4D: (tf, t, ...shape: number[]) => tf.reshape(t, shape),
  as5D: (tf, t, ...shape: number[]) => tf.reshape(t, shape),
  asScalar: (tf, t) => tf.reshape(t, []),
  asType: (tf, t, dtype: tfjs.DataType) => tf.cast(t, dtype),
  flatten: (tf, t) => tf.reshape(t, [t.size]),
  reshapeAs: (tf, t, other: tfjs.Tensor) => tf.reshape(t, other.shape),
  toBool: (tf, t) => tf.cast(t, 'bool'),
  toFloat: (tf, t) => tf.cast(t, 'float32'),
  toInt: (tf, t) => tf.cast(t, 'int32'),
};

let runtime: Promise<FaceApiRuntime> | undefined;

/**
 * Loads face-api's landmark and recognition models once per process, on tfjs-core: the instance Human's WASM build
 * loads too, so both run on the backend Human set up (load Human first).
 */
export function loadFaceApiRuntime(): Promise<FaceApiRuntime> {
  runtime ??= startFaceApi(loadModule('@tensorflow/tfjs-core') as TensorFlow).catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

async function startFaceApi(tf: TensorFlow): Promise<FaceApiRuntime> {
  addChainedOps(tf);
  const faceApi = loadFaceApiBuild(tf);
  faceApi.nets.faceLandmark68Net.loadFromWeightMap(await readWeights(tf, 'face_landmark_68_model'));
  faceApi.nets.faceRecognitionNet.loadFromWeightMap(await readWeights(tf, 'face_recognition_model'));
  return {
    async describe(image, box) {
      const [height, width] = image.shape;
      const relative = new faceApi.Rect(box.x / width, box.y / height, box.width / width, box.height / height);
      const detection = new faceApi.FaceDetection(1, relative, { width, height });
      const [face] = await faceApi.extractFaceTensors(image, [detection]);
      try {
        const landmarks = await faceApi.nets.faceLandmark68Net.detectLandmarks(face!);
        // Cut again along the landmarks (eyes level, face centred), as face-api does before describing a face.
        const { alignedRect } = faceApi.extendWithFaceLandmarks(faceApi.extendWithFaceDetection({}, detection), landmarks);
        const [aligned] = await faceApi.extractFaceTensors(image, [alignedRect]);
        try {
          return Array.from(await faceApi.nets.faceRecognitionNet.computeFaceDescriptor(aligned!));
        } finally {
          tf.dispose(aligned);
        }
      } finally {
        tf.dispose(face);
      }
    },
  };
}

/**
 * A model's weights from its manifest and weight files. face-api's own `loadFromDisk` hands TensorFlow.js the
 * Buffer's memory, which TensorFlow.js misreads when the Buffer comes from another realm (under Jest).
 */
async function readWeights(tf: TensorFlow, model: string): Promise<tfjs.NamedTensorMap> {
  const manifest = JSON.parse(await readFile(path.join(FACE_API_MODELS, `${model}-weights_manifest.json`), 'utf8')) as tfjs.io.WeightsManifestConfig;
  const files = manifest.flatMap((group) => group.paths.map((file) => path.join(FACE_API_MODELS, file)));
  const weights = Buffer.concat(await Promise.all(files.map((file) => readFile(file))));
  // A fresh ArrayBuffer of exactly the weights: a Buffer's own may be a slice of a larger shared pool.
  return tf.io.decodeWeights(new Uint8Array(weights).buffer, manifest.flatMap((group) => group.weights));
}

function addChainedOps(tf: TensorFlow): void {
  const prototype = tf.Tensor.prototype as unknown as Record<string, unknown>;
  const names = readdirSync(CHAINED_OPS)
    .filter((file) => file.endsWith('.js') && !file.endsWith('_test.js') && file !== 'register_all_chained_ops.js')
    .map((file) => file.slice(0, -'.js'.length).replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase()).replace(/(\d)d$/, '$1D'));
  const ops = tf as unknown as Record<string, (...args: unknown[]) => tfjs.Tensor>;
  for (const name of names) {
    if (name in prototype) continue;
    const special = SPECIAL_CHAINED_OPS[name];
    const op = ops[name];
    if (special) {
      prototype[name] = function (this: tfjs.Tensor, ...args: never[]) {
        return special(tf, this, ...args);
      };
    } else if (typeof op === 'function') {
      prototype[name] = function (this: tfjs.Tensor, ...args: unknown[]) {
        return op(this, ...args);
      };
    }
  }
}

/** Runs the build as Node would, except that its `require('@tensorflow/tfjs')` gets the given tfjs-core. */
function loadFaceApiBuild(tf: TensorFlow): FaceApi {
  const factory = compileFunction(readFileSync(FACE_API_WASM_BUILD, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: FACE_API_WASM_BUILD,
  }) as unknown as (...args: unknown[]) => void;
  const requireFromBuild = createRequire(FACE_API_WASM_BUILD);
  const moduleObject = { exports: {} as FaceApi };
  const load = (id: string): unknown => (id === '@tensorflow/tfjs' ? tf : requireFromBuild(id));
  factory(moduleObject.exports, load, moduleObject, FACE_API_WASM_BUILD, path.dirname(FACE_API_WASM_BUILD));
  return moduleObject.exports;
}
