import { defineConfig, devices } from '@playwright/test';

// The browser journeys: the built app served by the real API (quick start process on real
// PostgreSQL and Redis, the development identity provider, an in-process SMTP server), in
// Debian's Chromium. `npm run test:web` builds first; e2e/support/global-setup starts the stack.
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: './e2e/.output/test-results',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Two cores serve two browsers, the platform and, for some journeys, a second platform of their own:
  // a long journey with axe at both widths runs past a minute when its neighbours are busy.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: './e2e/.output/report', open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'journeys', testIgnore: '**/bench/**' },
    { name: 'bench', testMatch: '**/bench/*.e2e.ts' },
  ],
});
