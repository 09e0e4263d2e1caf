/**
 * Two tiers. `unit`: pure modules (parsers, policies, signing, address checks, templates, pages) with no services
 * behind them — seconds, `npm run test:unit`. `integration`: everything else, against a real Temporal dev server and
 * a real PostgreSQL provisioned once in test/setup/. `npm test` runs both.
 */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  // `mrz` ships ES modules only: Node requires them natively, Jest's module loader needs them as CommonJS.
  '/node_modules/mrz/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' }, diagnostics: false }],
};
const shared = { testEnvironment: 'node', transform, transformIgnorePatterns: ['/node_modules/(?!mrz/)'] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/test/unit'], testMatch: ['**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/unit/'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
  // Two cores: one test file at a time beside the shared Temporal server, worker and PostgreSQL.
  maxWorkers: 1,
  testTimeout: 60_000,
  verbose: true,
};
