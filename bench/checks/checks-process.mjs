/**
 * The checks of one session as the checks worker runs them (worker/checks-main.ts: one reader and one face engine,
 * one submission at a time), in a process of its own so that its peak memory is the worker's and not the
 * benchmark's, which holds every specimen image and the baseline's OCR. Forked by sessions.mjs; answers one request
 * at a time over IPC.
 */
import documentModule from '../../dist/activities/checks/document/index.js';
import comparison from '../../dist/activities/checks/compare-faces.js';
import faceModule from '../../dist/activities/checks/face/index.js';

/** The checks worker's default CHECKS_CONCURRENCY. */
const CONCURRENCY = 1;

const began = performance.now();
const reader = await documentModule.createDocumentReader({ concurrency: CONCURRENCY });
const faces = await faceModule.createFaceEngine({ concurrency: CONCURRENCY });
const startMs = performance.now() - began;

/** What an impostor session reuses of an honest one: the document's portrait, and each selfie's face. */
const portraits = new Map();
const selfies = new Map();

function faceSummary({ problem, portrait, similarity }) {
  return { selfieProblem: problem, documentFaceFound: portrait !== null, similarity };
}

const handlers = {
  /** Reads the document and compares the selfie with its portrait, as `readSubmission` does; timed as a whole. */
  async session({ sessionId, images, selfie, selfieKey, today }) {
    const sessionBegan = performance.now();
    const reading = await reader.read(images, { today: new Date(today) });
    const readMs = performance.now() - sessionBegan;
    const compared = await comparison.compareFaces(faces, { selfie, documentImages: images });
    const ms = performance.now() - sessionBegan;
    portraits.set(sessionId, compared.portrait?.face.embedding ?? null);
    selfies.set(selfieKey, { problem: compared.problem, embedding: compared.selfieFace?.embedding ?? null });
    const { found, valid, fields } = reading.mrz;
    return { mrz: { found, valid, fields }, visualZone: reading.visualZone, faces: faceSummary(compared), readMs, ms };
  },
  /** An earlier session's document with another earlier session's selfie. */
  swapSelfie({ sessionId, selfieKey }) {
    const portrait = portraits.get(sessionId);
    const selfie = selfies.get(selfieKey);
    const similarity = portrait && selfie.embedding ? faces.similarity(selfie.embedding, portrait) : null;
    return { selfieProblem: selfie.problem, documentFaceFound: portrait !== null, similarity };
  },
  async finish() {
    await Promise.all([reader.close(), faces.close()]);
    return { startMs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  },
};

process.on('message', async ({ id, kind, payload }) => {
  try {
    process.send({ id, result: await handlers[kind](payload) });
  } catch (error) {
    process.send({ id, error: error instanceof Error ? error.stack : String(error) });
  }
  if (kind === 'finish') process.disconnect();
});
process.send({ ready: true });
