/** Jest runs against a real Temporal dev server and a real PostgreSQL, provisioned once in test/setup/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // `mrz` ships ES modules only: Node requires them natively, Jest's module loader needs them as CommonJS.
    '/node_modules/mrz/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!mrz/)'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  // Two cores: one test file at a time beside the shared Temporal server, worker and PostgreSQL.
  maxWorkers: 1,
  testTimeout: 60_000,
  verbose: true,
};
