import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// Every page of the app, for every role, through axe (WCAG 2.1 A and AA), at 1280 and 375 px.
const ROLES = [
  { role: 'anonymous', person: null, platform: 'open' },
  { role: 'guest', person: 'Nico Newcomer', platform: 'approval' },
  { role: 'member', person: 'Ada Member', platform: 'open' },
  { role: 'chair', person: 'Stefano Bagnasco', platform: 'open' },
  { role: 'office', person: 'SPECTRUM Project Office', platform: 'open' },
] as const;

async function pagesFor(
  context: BrowserContext,
  baseURL: string,
  signedIn: boolean,
  member: boolean,
): Promise<string[]> {
  const now = new Date();
  const data = await gql<{
    news: { edges: { node: { id: string } }[] };
    surveys: { slug: string; status: string }[];
    calendar: { meeting: { id: string } }[];
    workingGroup: { documents: { edges: { node: { id: string } }[] } };
    documents: { edges: { node: { id: string; version: number } }[] };
  }>(
    context,
    baseURL,
    `query($f: DateTime!, $t: DateTime!) {
      news(first: 1) { edges { node { id } } }
      surveys { slug status }
      calendar(from: $f, to: $t) { meeting { id } }
      workingGroup(code: "WG1") { documents(first: 1) { edges { node { id } } } }
      documents(first: 50) { edges { node { id version } } }
    }`,
    { f: now.toISOString(), t: new Date(now.getTime() + 365 * 86400_000).toISOString() },
  );
  const pages = [
    '/',
    '/working-groups',
    '/working-groups/WG1',
    '/calendar',
    '/news',
    '/faq',
    '/newsletter',
    '/no-such-page',
    '/documents',
    '/search?q=data',
    '/surveys',
  ];
  // A document's version diff, when one the role may see has two versions.
  const edited = data.documents.edges.find((e) => e.node.version > 1)?.node;
  if (edited) pages.push(`/documents/${edited.id}?compare=${edited.version - 1}..${edited.version}`);
  if (data.news.edges[0]) pages.push(`/news/${data.news.edges[0].node.id}`);
  if (data.calendar[0]) pages.push(`/meetings/${data.calendar[0].meeting.id}`);
  if (data.workingGroup.documents.edges[0])
    pages.push(`/documents/${data.workingGroup.documents.edges[0].node.id}`);
  if (data.surveys[0]) pages.push(`/surveys/${data.surveys[0].slug}`);
  // Results: members once closed, the office always; others (and members before) get words.
  const closed = data.surveys.find((s) => s.status === 'CLOSED');
  if (closed) pages.push(`/surveys/${closed.slug}/results`);
  if (member) {
    // The compendium is the members' (useCases answers FORBIDDEN to others).
    const { useCases } = await gql<{ useCases: { edges: { node: { id: string } }[] } }>(
      context,
      baseURL,
      `{ useCases(first: 1) { edges { node { id } } } }`,
    );
    pages.push('/use-cases', '/use-cases/totals');
    if (useCases.edges[0]) pages.push(`/use-cases/${useCases.edges[0].node.id}`);
    if (useCases.edges[0]) pages.push(`/use-cases/${useCases.edges[0].node.id}/edit`);
  }
  // Related initiatives (issue 22): members read them; others get sign-in or "not allowed".
  pages.push('/initiatives', '/initiatives/jena');
  // Reports (issue 22): members read them, chairs and the office start them; others get words.
  pages.push('/reports', '/reports/new');
  if (member) {
    const { reports } = await gql<{ reports: { edges: { node: { id: string; kind: string } }[] } }>(
      context,
      baseURL,
      `{ reports(first: 20) { edges { node { id kind } } } }`,
    );
    const report = reports.edges.find((e) => e.node.kind === 'Survey interpretation') ?? reports.edges[0];
    if (report) pages.push(`/reports/${report.node.id}`);
  }
  // People and expertise (issue 26): the directory and a profile are the members' (others get
  // sign-in or "not allowed"); one's own expertise for the signed-in; the vocabulary the office's.
  pages.push('/people');
  if (member) {
    const { people } = await gql<{ people: { edges: { node: { id: string } }[] } }>(
      context,
      baseURL,
      `{ people(first: 1, search: "Bagnasco") { edges { node { id } } } }`,
    );
    pages.push('/people?group=WG1');
    if (people.edges[0]) pages.push(`/people/${people.edges[0].node.id}`);
  }
  if (signedIn) pages.push('/settings/expertise', '/office/expertise');
  // One's own data (issue 26): everyone signed in has it; the record of requests is the office's.
  if (signedIn) pages.push('/settings/data', '/office/data-requests');
  if (signedIn)
    pages.push(
      '/settings/profile',
      '/settings/email',
      '/settings/tokens',
      '/settings/calendar',
      '/settings/identities',
      // Chairs and the office get the form; others a page saying they may not schedule.
      '/meetings/new',
      // Chairs and the office get the news form; the office the FAQ editor; others "Not allowed".
      '/news/new',
      '/faq/edit',
      // Members post documents; a guest gets "Not allowed".
      '/documents/new',
      // The office's deleted documents; others "Not allowed".
      '/documents/deleted',
      // Members propose use cases (a guest: "Not allowed"); the office builds surveys.
      '/use-cases/new',
      '/surveys/new',
    );
  // The survey editor: a draft's for the office (others "Not allowed"), else the locked one.
  if (signedIn) {
    const editable = data.surveys.find((s) => s.status === 'DRAFT') ?? data.surveys[0];
    if (editable) pages.push(`/surveys/${editable.slug}/edit`);
  }
  // /sign-in is no page with one issuer: it goes straight to it (the journeys sign in through it).
  else pages.push('/settings/email');
  return pages;
}

// Each role's pages in three parts (every third page), so the two workers share a role's sweep and
// no test runs for minutes on a busy machine.
const PARTS = [0, 1, 2] as const;

for (const { role, person, platform } of ROLES) {
  test.describe(`as ${role}`, () => {
    test.use({ platform });
    for (const part of PARTS)
      test(`every page passes axe at 1280 and 375 px (part ${part + 1} of 3)`, async ({ page, baseURL }) => {
        test.setTimeout(300_000);
        if (person) await signIn(page, person);
        const member = role === 'member' || role === 'chair' || role === 'office';
        const all = await pagesFor(page.context(), baseURL!, person !== null, member);
        expect(all.length).toBeGreaterThan(8);
        const pages = all.filter((_, i) => i % PARTS.length === part);
        for (const path of pages) {
          await visit(page, path);
          await expectAccessible(page, `${path} as ${role}`);
          await screenshots(
            page,
            `${role}${path === '/' ? '-home' : path.replace(/[/]/g, '-').replace(/-[0-9a-f-]{36}$/, '-item')}`,
          );
          await page.setViewportSize({ width: 375, height: 812 });
          await expectAccessible(page, `${path} as ${role} at 375 px`);
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      });
  });
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await settled(page);
}
