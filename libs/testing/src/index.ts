// Test helpers: real PostgreSQL, Redis and SMTP, one database and key prefix per test file.
export * from './test-database';
export * from './test-environment';
export * from './test-api';
export * from './smtp-server';
export * from './people';
export * from './oidc-test-issuer';
export * from './browser';
export * from './sql-recorder';
export * from './sql-snapshots';
export * from './test-pglite';
export * from './worker-process';
export * from './newsletter-fixtures';
export * from './mail-stack';
