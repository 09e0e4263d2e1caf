/** DOCUMENT_STORE and the S3 settings (lib/config.ts): what each choice parses to, and the startup errors. */
import { ConfigError, loadConfig } from '../../../lib/config';

const base = { DATABASE_URL: 'postgresql://localhost/magiclink' };

test('local in .data/documents by default', () => {
  expect(loadConfig(base).documents.store).toEqual({ transport: 'local', dir: '.data/documents' });
  expect(loadConfig({ ...base, DOCUMENT_STORE_DIR: '/srv/images' }).documents.store).toEqual({ transport: 'local', dir: '/srv/images' });
});

test('database needs nothing more', () => {
  expect(loadConfig({ ...base, DOCUMENT_STORE: 'database' }).documents.store).toEqual({ transport: 'database' });
});

test('s3 with bucket, region, endpoint and path style', () => {
  const config = loadConfig({
    ...base,
    DOCUMENT_STORE: 's3',
    S3_BUCKET: 'images',
    S3_REGION: 'eu-central-1',
    S3_ENDPOINT: 'http://minio:9000',
    S3_FORCE_PATH_STYLE: 'true',
  });
  expect(config.documents.store).toEqual({ transport: 's3', bucket: 'images', region: 'eu-central-1', endpoint: 'http://minio:9000', forcePathStyle: true });
  expect(loadConfig({ ...base, DOCUMENT_STORE: 's3', S3_BUCKET: 'images', S3_REGION: 'us-east-1' }).documents.store).toEqual({
    transport: 's3',
    bucket: 'images',
    region: 'us-east-1',
    endpoint: undefined,
    forcePathStyle: false,
  });
});

test('s3 without bucket or region refuses to start, naming what is missing', () => {
  expect(() => loadConfig({ ...base, DOCUMENT_STORE: 's3' })).toThrow(
    new ConfigError(
      'Invalid configuration:\n  DOCUMENT_STORE=s3 needs S3_BUCKET and S3_REGION (missing: S3_BUCKET, S3_REGION); S3_ENDPOINT for a service other than AWS S3',
    ),
  );
  expect(() => loadConfig({ ...base, DOCUMENT_STORE: 's3', S3_BUCKET: 'images' })).toThrow('(missing: S3_REGION)');
});

test('an unknown store or a bad endpoint is refused', () => {
  expect(() => loadConfig({ ...base, DOCUMENT_STORE: 'ftp' })).toThrow(/DOCUMENT_STORE/);
  expect(() => loadConfig({ ...base, DOCUMENT_STORE: 's3', S3_BUCKET: 'b', S3_REGION: 'r', S3_ENDPOINT: 'minio at port 9000' })).toThrow(/S3_ENDPOINT/);
});
