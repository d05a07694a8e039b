import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, settled, signIn, test } from '../support/fixtures';
import { ROOT } from '../support/stack';

// `npm run bench:web`: what the browser pays for the app, against the targets of issue 17:
// the home page's JavaScript (gzipped) at most 200 kB, one GraphQL query per page view, and
// the signed-in home page's time to render with the demo data. Written to bench/results.
const results: Record<string, unknown> = {};

test.describe.configure({ mode: 'serial' });

test('JavaScript the public home page loads, gzipped', async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.body().catch(() => null);
    if (body) scripts.set(new URL(res.url()).pathname, gzipSync(body, { level: 9 }).length);
  });
  await page.goto('/');
  await settled(page);
  await page.waitForLoadState('networkidle');
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  results.homeJs = {
    files: scripts.size,
    gzipBytes: total,
    gzipKb: +(total / 1024).toFixed(1),
    byFile: Object.fromEntries([...scripts].map(([f, n]) => [f, +(n / 1024).toFixed(1)])),
  };
  console.log(`home page JS: ${scripts.size} files, ${(total / 1024).toFixed(1)} kB gzipped (target 200 kB)`);
  expect(total).toBeLessThanOrEqual(200 * 1024);
});

test('GraphQL requests per page view', async ({ page }) => {
  await signIn(page, 'Stefano Bagnasco');
  const counts: Record<string, number> = {};
  const operations: Record<string, string[]> = {};
  let n = 0;
  let names: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname !== '/graphql') return;
    n++;
    names.push(String((req.postDataJSON() as { operationName?: string } | null)?.operationName ?? '?'));
  });
  const views: [string, (p: Page) => Promise<void>][] = [
    ['first load of /working-groups', (p) => p.goto('/working-groups').then(() => undefined)],
    ['/ (in-app link)', (p) => p.getByRole('banner').getByRole('link').first().click()],
    [
      '/working-groups/WG1 (in-app link)',
      (p) =>
        p
          .getByRole('link', { name: /Data Management and Access/ })
          .first()
          .click(),
    ],
    [
      '/news (in-app link)',
      (p) =>
        p
          .getByRole('navigation', { name: 'Main', exact: true })
          .getByRole('link', { name: 'News', exact: true })
          .click(),
    ],
    [
      '/faq (in-app link)',
      (p) =>
        p.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'FAQ' }).click(),
    ],
  ];
  for (const [name, go] of views) {
    n = 0;
    names = [];
    await go(page);
    await settled(page);
    await page.waitForLoadState('networkidle');
    counts[name] = n;
    operations[name] = names;
  }
  results.graphqlRequestsPerView = counts;
  results.graphqlOperationsPerView = operations;
  console.log('GraphQL requests per page view:', operations);
  for (const [name, count] of Object.entries(counts)) {
    // The first load also fetches the header's shell query once for the visit.
    expect(count, name).toBeLessThanOrEqual(name.startsWith('first load') ? 2 : 1);
  }
});

test('signed-in home page: time to render with the demo data', async ({ page }) => {
  await signIn(page, 'Sanne Jansen');
  const samples: number[] = [];
  for (let i = 0; i < 12; i++) {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'My home' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'My working groups' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    samples.push(await page.evaluate(() => performance.now()));
  }
  const warm = samples.slice(2).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  const p90 = warm[Math.floor(warm.length * 0.9)];
  const nav = await page.evaluate(() => {
    const [e] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { domContentLoaded: e.domContentLoadedEventEnd, load: e.loadEventEnd };
  });
  results.memberHomeRender = {
    samplesMs: warm.map((s) => Math.round(s)),
    medianMs: Math.round(median),
    p90Ms: Math.round(p90),
    lastNavigation: nav,
  };
  console.log(
    `signed-in home rendered in ${median.toFixed(0)} ms (median of ${warm.length}), p90 ${p90.toFixed(0)} ms`,
  );
});

test.afterAll(() => {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'web-latest.json'),
    JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2) + '\n',
  );
});
