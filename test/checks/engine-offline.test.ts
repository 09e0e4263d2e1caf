/**
 * The engine loads and reads with the network unavailable (`unshare -n`: a network namespace with only a downed
 * loopback), from the compiled checks-worker modules, and writes nothing into its working directory: no CDN, no
 * download, no cached language data.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/paths';

const canIsolate = spawnSync('unshare', ['-n', 'true']).status === 0;
const dist = (relative: string) => JSON.stringify(path.join(PROJECT_ROOT, 'dist', relative));

(canIsolate ? test : test.skip)('the document reader and the face engine work without a network and write nothing', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'mlv-offline-'));
  try {
    const script = `
      const { createDocumentReader } = require(${dist('activities/checks/document/index.js')});
      const { createFaceEngine } = require(${dist('activities/checks/face/index.js')});
      const photo = require('node:fs').readFileSync(${JSON.stringify(path.join(PROJECT_ROOT, 'node_modules/@vladmandic/face-api/demo/sample1.jpg'))});
      (async () => {
        const [reader, faces] = await Promise.all([createDocumentReader({ concurrency: 1 }), createFaceEngine({ concurrency: 1 })]);
        const found = { faces: (await faces.detect(photo)).length, mrzVisible: (await reader.quickMrzCheck(photo)).mrzVisible };
        await Promise.all([reader.close(), faces.close()]);
        process.stdout.write(JSON.stringify(found));
        process.exit(0);
      })().catch((error) => { process.stderr.write(String(error)); process.exit(1); });`;
    const run = spawnSync('unshare', ['-n', process.execPath, '-e', script], { cwd: workDir, encoding: 'utf8', timeout: 120_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    // sample1.jpg: a group photo with three faces and no document.
    expect(JSON.parse(run.stdout)).toEqual({ faces: 3, mrzVisible: false });
    expect(readdirSync(workDir)).toEqual([]);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});
