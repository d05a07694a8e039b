// Lint rules, including the house rules that a linter can hold (DESIGN.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { boundariesConfig } from './eslint.boundaries.mjs';

const typeormOutsideRepositories = {
  paths: [
    {
      name: 'typeorm',
      importNames: ['Repository', 'DataSource', 'EntityManager', 'SelectQueryBuilder', 'QueryRunner'],
      message: 'Rule 1: only *.repository.ts files (and the platform database layer) touch TypeORM queries.',
    },
    {
      name: '@nestjs/typeorm',
      importNames: ['InjectRepository', 'InjectDataSource'],
      message: 'Rule 1: repositories only.',
    },
  ],
  patterns: [
    {
      group: ['**/libs/*/src/**', '@cop/*/src/**'],
      message: 'Import other libraries through their @cop/<name> alias.',
    },
  ],
};

// Raw SQL goes through the platform's one helper (libs/platform/src/database/sql.ts, issue 24):
// sql`…` binds every value, and TransactionContext.query runs it. sql-template-tag itself (whose
// `raw` turns any string into SQL) and a manager's or data source's own .query stay inside
// libs/platform/src/database.
const RAW_SQL_HELPER =
  "Raw SQL goes through the platform's helper: this.tx.query<Row>(sql`… ${value} …`) with sql, join, empty and ident from @cop/platform (libs/platform/src/database/sql.ts).";
const rawSqlImport = { name: 'sql-template-tag', message: RAW_SQL_HELPER };

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.nx/**',
      '.data/**',
      'coverage/**',
      'docker/**',
      'apps/web/src/gql/**',
      'apps/web/e2e/.output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', __dirname: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        { ...typeormOutsideRepositories, paths: [...typeormOutsideRepositories.paths, rawSqlImport] },
      ],
      // Input checks match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: [
      '**/*.repository.ts',
      'libs/platform/src/database/**',
      'migrations/**',
      'libs/testing/**',
      'test/**',
      'bench/**',
      '**/*.spec.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [rawSqlImport], patterns: typeormOutsideRepositories.patterns },
      ],
    },
  },
  {
    // The helper's own home, and the code that talks to PostgreSQL below the application.
    files: ['libs/platform/src/database/**', 'migrations/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: typeormOutsideRepositories.patterns }] },
  },
  {
    // A manager's, data source's or client's own .query(text, params): only this.tx.query(sql`…`).
    files: [
      'libs/**/*.ts',
      'apps/api/**/*.ts',
      'apps/worker/**/*.ts',
      'apps/cli/**/*.ts',
      'apps/quickstart/**/*.ts',
    ],
    ignores: ['libs/platform/src/database/**', 'libs/testing/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.type='MemberExpression'][callee.property.name='query']:not([callee.object.name='tx']):not([callee.object.property.name='tx'])",
          message: RAW_SQL_HELPER,
        },
      ],
    },
  },
  {
    files: ['libs/testing/**', 'test/**', 'apps/quickstart/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The browser app: browser globals, no Node ones.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The journeys and the app's build configuration run in Node; the journeys reuse the test SMTP server.
    files: ['apps/web/e2e/**/*.ts', 'apps/web/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
  ...boundariesConfig,
);
