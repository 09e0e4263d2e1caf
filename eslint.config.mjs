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
      group: ['../lib/*', '../api/*', '../worker/*', '../scripts/*'],
      message: 'Workflow code may not import application modules: pass ids and plain data.',
    },
  ],
};

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
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', WORKFLOW_SANDBOX],
      // Activities are proxied; importing their implementation would pull I/O into the sandbox.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', disallowTypeAnnotations: false }],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'fetch', 'process', 'require'],
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)workflows(/(?!definitions$).*)?$',
              message: 'The API talks to workflows through workflows/definitions.ts only (names, ids, message and payload types).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
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
