// One Jest run for unit specs (beside the code) and the integration and e2e suites in test/.
// NestJS 12, openid-client, oidc-provider and jose are ESM-only: @swc/jest turns them (and our
// TypeScript) into CommonJS, so they must not be ignored by the transform.
const esmOnly = [
  '@nestjs',
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
  'file-type',
  'uid',
  'strtok3',
  'token-types',
  'peek-readable',
  '@tokenizer',
  'uint8array-extras',
  'quick-lru',
  'nanoid',
  '@koa',
  'koa',
  'eta',
  'jsesc',
  'got',
  '@electric-sql',
  'sql-template-tag',
];
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj|cj)s$': ['@swc/jest', swc] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    '^@cop/migrations$': '<rootDir>/migrations/index.ts',
    '^@cop/(.*)$': '<rootDir>/libs/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  // Hooks share this bound: an API's start beside a 2,000-mail send took over 30 s on a starved
  // CI machine (stop 35). Speed is the benchmarks' business; this only catches what hangs.
  testTimeout: 60000,
  maxWorkers: process.env.CI ? 2 : '50%',
};
