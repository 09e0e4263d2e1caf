/**
 * Loads Human's models from local files. Human fetches its models, and Node's fetch has no file:// scheme; rather than
 * patching the global fetch for the whole process, this registers a TensorFlow.js load handler for file:// URLs,
 * the extension point TensorFlow.js itself offers for storage it does not know.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as tfjs from '@tensorflow/tfjs-core';

type TensorFlow = typeof tfjs;

// TensorFlow.js refuses a URL that more than one router claims: register once per TensorFlow.js instance.
const registered = new WeakSet<TensorFlow>();

export function registerFileModelLoader(tf: TensorFlow): void {
  if (registered.has(tf)) return;
  registered.add(tf);
  const fileRouter = (url: string | string[]): tfjs.io.IOHandler | null =>
    typeof url === 'string' && url.startsWith('file://') ? { load: () => loadModelArtifacts(tf, fileURLToPath(url)) } : null;
  // Routers answer null for URLs they do not handle, as TensorFlow.js's own do; its router type leaves that out.
  tf.io.registerLoadRouter(fileRouter as LoadRouter);
}

type LoadRouter = Parameters<TensorFlow['io']['registerLoadRouter']>[0];

async function loadModelArtifacts(tf: TensorFlow, modelFile: string): Promise<tfjs.io.ModelArtifacts> {
  const modelJson = JSON.parse(await readFile(modelFile, 'utf8')) as tfjs.io.ModelJSON;
  return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
    const weightFiles = manifest.flatMap((group) => group.paths.map((weightPath) => path.join(path.dirname(modelFile), weightPath)));
    const weights = Buffer.concat(await Promise.all(weightFiles.map((file) => readFile(file))));
    // A fresh ArrayBuffer of exactly the weights: a Buffer's own may be a slice of a larger shared pool.
    const weightData = new Uint8Array(weights).buffer;
    return [manifest.flatMap((group) => group.weights), weightData];
  });
}
