import { test as base, expect, type Page, type BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Client } from 'pg';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from './stack';

export { expect };

export interface Mail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

type Platform = 'open' | 'approval';

export const test = base.extend<{ platform: Platform }>({
  platform: ['open', { option: true }],
  baseURL: async ({ platform }, use) => {
    const url = platform === 'open' ? process.env.E2E_OPEN_URL : process.env.E2E_APPROVAL_URL;
    if (!url) throw new Error('The e2e stack is not running: start the journeys with npm run test:web');
    await use(url);
  },
});

/** Signs in through the development identity provider as a listed person, from the page's own Sign in button. */
export async function signIn(page: Page, displayName: string, startAt = '/'): Promise<void> {
  await page.goto(startAt);
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(displayName)}(\\s|$)`) }).click();
  await expect(signedInAs(page, displayName)).toBeVisible();
}

/** The header's link to one's own settings, named by the signed-in person's name. */
export function signedInAs(page: Page, displayName: string) {
  return page.getByRole('banner').getByRole('link', { name: displayName, exact: true });
}

/** Signs in as a person the platform has never met, through the provider's "someone new" form. */
export async function signInAsNewcomer(
  page: Page,
  name: string,
  email: string,
  startAt = '/',
): Promise<void> {
  await page.goto(startAt);
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Continue as someone new' }).click();
  await expect(signedInAs(page, name)).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  // The issuer's end-session page (the development provider asks), then back to the app.
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** Fails with the list of violations when axe (WCAG 2.1 A and AA) finds any on the page as it is. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Full-page screenshots at 1280 px and 375 px into the kept folder; the viewport is restored. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 900 };
  // From the top: a full-page capture scrolled down paints the sticky header mid-page.
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
    if (width === 375) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(1);
    }
  }
  await page.setViewportSize(original);
  await page.evaluate((y) => window.scrollTo(0, y), scrolled);
}

/** axe at 1280 px and at 375 px on the page as it is, then its screenshots. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await settled(page);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await expectAccessible(page, `${name} at ${width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshots(page, name);
}

/**
 * A connection to the open platform's own database, for setup no API performs (backdated rows,
 * many subscribers at once); the caller ends it.
 */
export async function openPlatformDatabase(): Promise<Client> {
  const url = process.env.E2E_OPEN_DATABASE_URL;
  if (!url) throw new Error('The e2e stack is not running: start the journeys with npm run test:web');
  const db = new Client({ connectionString: url });
  await db.connect();
  return db;
}

/** Waits until the page's main content has rendered (no loader left). */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Polls the mailbox for a message matching `match`; mails arrive through the worker, so allow a while. */
export async function waitForMail(match: (m: Mail) => boolean, timeoutMs = 30_000): Promise<Mail> {
  const dir = process.env.E2E_MAIL_DIR!;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = readMails(dir).find(match);
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = readMails(dir).map((m) => `${m.to.join(',')}: ${m.subject}`);
      throw new Error(`No matching mail within ${timeoutMs} ms; received:\n${seen.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function readMails(dir = process.env.E2E_MAIL_DIR!): Mail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Mail, 'file'>) }));
}

/** The http(s) links of a mail's HTML part. */
export function linksOf(mail: Mail): string[] {
  return [...mail.html.matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1].replace(/&amp;/g, '&'))
    .filter((u) => /^https?:/.test(u));
}

/** A GraphQL call with the context's cookies (a second actor's setup, not what a test proves). */
export async function gql<T = Record<string, unknown>>(
  context: BrowserContext,
  baseURL: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await context.request.post(`${baseURL}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
