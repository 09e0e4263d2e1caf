/**
 * A real S3-speaking server on 127.0.0.1 for a test file: moto in server mode (pinned in test/s3/requirements.txt,
 * installed from PyPI into a project venv), with a fresh bucket. The real AWS SDK talks real HTTP to it, as to
 * MinIO or AWS S3. moto keeps objects in memory and accepts any credentials; tests use fixed dummy ones.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Settings } from '../../lib/documents/stores/s3';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { freePort } from './ports';
import { ensurePythonVenv } from './python-venv';

/** Dummy credentials moto accepts; the SDK's default chain finds them in the environment. */
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'moto-test-access-key', AWS_SECRET_ACCESS_KEY: 'moto-test-secret-key' };
const STARTUP_LIMIT_MS = 60_000;

export interface TestS3Server {
  settings: S3Settings;
  /** The configuration that points the API or a worker at this bucket (DOCUMENT_STORE=s3, S3_*, credentials). */
  env: Record<string, string>;
  /** A client for reading the bucket directly, as an operator would. */
  client: S3Client;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<TestS3Server> {
  const venv = ensurePythonVenv('moto', path.join(PROJECT_ROOT, 'test', 's3', 'requirements.txt'), (line) => process.stdout.write(`${line}\n`));
  // The in-process API and stores find the credentials where the SDK's default chain looks first.
  Object.assign(process.env, CREDENTIALS);
  const port = await freePort();
  const server = spawn(venv.bin('moto_server'), ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  server.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilServing(endpoint, exited, () => output);

  const settings: S3Settings = { bucket: `documents-${randomBytes(4).toString('hex')}`, region: 'us-east-1', endpoint, forcePathStyle: true };
  const client = new S3Client({ region: settings.region, endpoint, forcePathStyle: true });
  await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  return {
    settings,
    env: {
      DOCUMENT_STORE: 's3',
      S3_BUCKET: settings.bucket,
      S3_REGION: settings.region,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      ...CREDENTIALS,
    },
    client,
    async stop() {
      client.destroy();
      server.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitUntilServing(endpoint: string, exited: Promise<void>, output: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (!gone && Date.now() < deadline) {
    try {
      await fetch(`${endpoint}/moto-api/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`moto_server did not serve ${endpoint} ${gone ? '(it exited)' : `within ${STARTUP_LIMIT_MS / 1000} s`}:\n${output()}`);
}
