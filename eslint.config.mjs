// ESLint: typed rules everywhere (no floating promises), and the Temporal workflow sandbox boundary.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const WORKFLOW_SANDBOX = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'crypto', 'http', 'https', 'net', 'child_process', 'os', 'util', 'stream', 'events', 'timers'],
      message: 'Workflow code runs in a deterministic sandbox: no Node built-ins. Do I/O in activities.',
    },
    {
      group: ['@prisma/*', 'pg', 'resend', 'axios', 'undici', 'node-fetch', 'express', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'],
      message: 'Workflow code may import only @temporalio/workflow, @temporalio/common and workflows/ modules; activities via `import type`.',
    },
    {
      group: ['../activities', '../activities/*'],
      allowTypeImports: true,
      message: 'Import activities with `import type` and call them through proxyActivities.',
    },
    {
      group: ['../lib/*', '../api/*', '../services/*', '../worker/*', '../scripts/*'],
      message: 'Workflow code may not import application modules: pass ids and plain data.',
    },
  ],
};

/** One restricted import: a path regex (any depth of `../`) and why it is out of bounds. */
const forbid = (folder, message, except) => ({
  regex: except ? `^(\\.\\.?/)+${folder}(/(?!${except}$).*)?$` : `^(\\.\\.?/)+${folder}(/.*)?$`,
  message,
});

const WORKFLOWS_BUT_DEFINITIONS = forbid('workflows', 'Only workflows/definitions.ts (names, ids, message and payload types) is shared with workflows.', 'definitions');
const LIB_MAY_NOT_IMPORT = [
  forbid('api', 'lib/ is the leaf: config, errors, ids, secrets, logging, storage and the database client import no layer above.'),
  forbid('services', 'lib/ is the leaf: config, errors, ids, secrets, logging, storage and the database client import no layer above.'),
  forbid('activities', 'lib/ is the leaf: config, errors, ids, secrets, logging, storage and the database client import no layer above.'),
  forbid('worker', 'lib/ is the leaf: config, errors, ids, secrets, logging, storage and the database client import no layer above.'),
  forbid('workflows', 'lib/ is the leaf: config, errors, ids, secrets, logging, storage and the database client import no layer above.'),
];
const SERVICES_MAY_NOT_IMPORT = [
  forbid('api', 'Operations know nothing of HTTP: the API calls services/, never the other way round.'),
  forbid('activities', 'Activities call operations; operations do not call activities.'),
  forbid('worker', 'Only worker/ constructs the worker and its dependencies.'),
  WORKFLOWS_BUT_DEFINITIONS,
];
const API_MAY_NOT_IMPORT = [
  forbid('activities', 'The API never runs activity code: call an operation in services/ or a workflow through definitions.ts.'),
  forbid('worker', 'The API and the worker are separate processes.'),
  WORKFLOWS_BUT_DEFINITIONS,
];
const ACTIVITIES_MAY_NOT_IMPORT = [
  forbid('api', 'Activities call operations in services/, never HTTP handlers.'),
  forbid('worker', 'Only worker/ constructs the worker and its dependencies.'),
];
const layer = (patterns) => ({ patterns });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', '.tools/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['workflows/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', WORKFLOW_SANDBOX],
      // Activities are proxied; importing their implementation would pull I/O into the sandbox.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', disallowTypeAnnotations: false }],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'fetch', 'process', 'require'],
    },
  },
  // The layers of the README's table, each importing only from those below it:
  // api/ → services/ → (activities/ for the worker) → lib/; workflows/ talk to the rest through definitions.ts.
  { files: ['lib/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', layer(LIB_MAY_NOT_IMPORT)] } },
  { files: ['services/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', layer(SERVICES_MAY_NOT_IMPORT)] } },
  { files: ['api/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', layer(API_MAY_NOT_IMPORT)] } },
  { files: ['activities/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', layer(ACTIVITIES_MAY_NOT_IMPORT)] } },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Browser scripts served as-is to the hosted pages.
    files: ['web/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
