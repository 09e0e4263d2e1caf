/** Startup warnings of a valid configuration (lib/config.ts configWarnings), and the settings this file's limits add. */
import { configWarnings, loadConfig } from '../../../lib/config';

const base = { DATABASE_URL: 'postgresql://localhost/magiclink' };

describe('configWarnings', () => {
  test('production with an http PUBLIC_BASE_URL: one warning naming the URL and the Secure cookie', () => {
    const warnings = configWarnings(loadConfig({ ...base, NODE_ENV: 'production', PUBLIC_BASE_URL: 'http://verify.example.com' }));
    expect(warnings).toEqual([
      'PUBLIC_BASE_URL (http://verify.example.com) is not https: the dashboard\'s session cookie is not marked Secure and links travel in clear; terminate TLS in front of the API and set an https URL',
    ]);
  });

  test('production without PUBLIC_BASE_URL (http://localhost) warns too', () => {
    expect(configWarnings(loadConfig({ ...base, NODE_ENV: 'production' }))).toHaveLength(1);
  });

  test('production with https, and development or test with http: no warning', () => {
    expect(configWarnings(loadConfig({ ...base, NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://verify.example.com' }))).toEqual([]);
    expect(configWarnings(loadConfig({ ...base, NODE_ENV: 'development' }))).toEqual([]);
    expect(configWarnings(loadConfig({ ...base, NODE_ENV: 'test', PUBLIC_BASE_URL: 'http://127.0.0.1:3000' }))).toEqual([]);
  });
});

describe('upload and metrics settings', () => {
  test('defaults', () => {
    const config = loadConfig(base);
    expect(config.documents).toMatchObject({ sessionWritesPerMinute: 20, sessionMaxUploads: 30, sessionMaxStoredBytes: 40_000_000 });
    expect(config.metrics).toEqual({ token: null });
  });

  test('an empty METRICS_TOKEN is unset; a short one is refused naming the key', () => {
    expect(loadConfig({ ...base, METRICS_TOKEN: '' }).metrics.token).toBeNull();
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: 24 to 256 visible ASCII characters/);
    expect(() => loadConfig({ ...base, SESSION_MAX_UPLOADS: '2' })).toThrow(/SESSION_MAX_UPLOADS/);
  });
});
