// `npm run test:faults`: the fault tests (test/faults/*.fault.ts) against real processes and
// private PostgreSQL and Redis servers they start and stop. One file at a time: they kill
// processes and servers, and the machine has two cores.
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.fault.ts'],
  globalSetup: '<rootDir>/test/faults/support/fault-global-setup.ts',
  globalTeardown: '<rootDir>/test/faults/support/fault-global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
  // Clients that retried through an outage can keep a reconnect timer; the run must end anyway.
  forceExit: true,
};
