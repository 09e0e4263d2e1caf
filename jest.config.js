/** Jest runs against a real Temporal dev server and a real PostgreSQL, provisioned once in test/setup/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  // Two cores: one test file at a time beside the shared Temporal server, worker and PostgreSQL.
  maxWorkers: 1,
  testTimeout: 60_000,
  verbose: true,
};
