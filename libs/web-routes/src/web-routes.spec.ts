import { isApiPath, webPaths, webUrl, WEB_PAGES } from './index';

describe('webUrl', () => {
  it('puts a page under the base, with or without its trailing slash', () => {
    expect(webUrl('https://cop.example.org', webPaths.meeting('m 1'))).toBe(
      'https://cop.example.org/meetings/m%201',
    );
    expect(webUrl('https://cop.example.org/', webPaths.home())).toBe('https://cop.example.org/');
    expect(webUrl('http://localhost:3000', webPaths.settingsEmail())).toBe(
      'http://localhost:3000/settings/email',
    );
  });

  it('keeps the base’s own path (an app served under a prefix)', () => {
    expect(webUrl('https://example.org/cop', webPaths.workingGroup('WG1'))).toBe(
      'https://example.org/cop/working-groups/WG1',
    );
    expect(webUrl('https://example.org/cop/', webPaths.home())).toBe('https://example.org/cop/');
  });

  it('keeps the query of a path and never leaves the base’s host', () => {
    expect(webUrl('https://cop.example.org', webPaths.signIn('/meetings/1?x=1'))).toBe(
      'https://cop.example.org/sign-in?returnTo=%2Fmeetings%2F1%3Fx%3D1',
    );
    expect(webUrl('https://cop.example.org', '//evil.example/x')).toBe(
      'https://cop.example.org/evil.example/x',
    );
  });
});

describe('webPaths', () => {
  it('encodes what it puts in a segment', () => {
    expect(webPaths.workingGroup('WG/1')).toBe('/working-groups/WG%2F1');
    expect(webPaths.meeting('m1', '2026-03-30T08:00:00Z')).toBe(
      '/meetings/m1?occurrence=2026-03-30T08%3A00%3A00.000Z',
    );
  });

  it('links the scheduling form, with a group chosen, and a meeting’s edit form', () => {
    expect(webPaths.newMeeting()).toBe('/meetings/new');
    expect(webPaths.newMeeting('WG 1')).toBe('/meetings/new?group=WG%201');
    expect(webPaths.editMeeting('m/1')).toBe('/meetings/m%2F1/edit');
  });
});

describe('webPaths.calendar', () => {
  it('keeps the page’s state in the query, groups as one comma-separated list', () => {
    expect(webPaths.calendar()).toBe('/calendar');
    expect(webPaths.calendar({ view: 'week', date: '2027-03-22', groups: ['WG1', 'WG3'] })).toBe(
      '/calendar?view=week&date=2027-03-22&groups=WG1,WG3',
    );
    expect(webPaths.calendar({ view: 'list', groups: [], mine: true })).toBe('/calendar?view=list&mine=1');
    expect(webPaths.calendar({ groups: ['W,G'] })).toBe('/calendar?groups=W%2CG');
  });

  it('is a page of the app, while the feeds under /calendar/ stay the API’s', () => {
    expect(isApiPath('/calendar')).toBe(false);
    expect(isApiPath(webPaths.calendar({ view: 'month' }).split('?')[0])).toBe(false);
    expect(isApiPath('/calendar/public.ics')).toBe(true);
    expect(isApiPath('/calendar/groups/WG1.ics')).toBe(true);
  });
});

describe('webPaths of the library and search', () => {
  it('keeps filters in the query as comma-separated lists, the search words first', () => {
    expect(webPaths.documents()).toBe('/documents');
    expect(
      webPaths.documents({ groups: ['WG1'], kinds: ['REPORT', 'SLIDES'], tags: ['d cache'], author: 'p/1' }),
    ).toBe('/documents?groups=WG1&kinds=REPORT,SLIDES&tags=d%20cache&author=p%2F1');
    expect(webPaths.documents({ visibility: ['PUBLIC'], tags: [] })).toBe('/documents?visibility=PUBLIC');
    expect(webPaths.search({ q: '"tape archive" -disk', groups: ['WG3'] })).toBe(
      '/search?q=%22tape%20archive%22%20-disk&groups=WG3',
    );
    expect(webPaths.newDocument('WG 1')).toBe('/documents/new?group=WG%201');
    expect(webPaths.editDocument('d/1')).toBe('/documents/d%2F1/edit');
    expect(webPaths.newNews()).toBe('/news/new');
    expect(webPaths.editNews('n1')).toBe('/news/n1/edit');
  });
});

describe('isApiPath', () => {
  it('knows the API’s own routes from the app’s pages', () => {
    for (const path of [
      '/graphql',
      '/health',
      '/calendar/public.ics',
      '/surveys/jena/responses.csv',
      '/documents/d1/attachments',
      '/admin/queues',
    ])
      expect([path, isApiPath(path)]).toEqual([path, true]);
    for (const path of [
      '/',
      '/surveys/jena',
      '/documents/d1',
      '/assets/index-x.js',
      ...Object.values(WEB_PAGES),
    ])
      expect([path, isApiPath(path)]).toEqual([path, false]);
  });
});

describe('survey and use-case pages', () => {
  it('puts a cross-tabulation in the results link, one where a question, empty choices left out', () => {
    expect(webPaths.surveyResults('spectrum-jena')).toBe('/surveys/spectrum-jena/results');
    expect(
      webPaths.surveyResults('spectrum-jena', [
        { questionKey: 'role', anyOf: ['scientist', 'infra manager'] },
        { questionKey: 'size', anyOf: [] },
        { questionKey: 'infra', anyOf: ['yes'] },
      ]),
    ).toBe('/surveys/spectrum-jena/results?where=role:scientist,infra%20manager&where=infra:yes');
  });

  it('filters the compendium by status and domain, and gives the totals a static path', () => {
    expect(webPaths.useCases()).toBe('/use-cases');
    expect(webPaths.useCases({ status: 'PROPOSED', domain: 'RADIO_ASTRONOMY' })).toBe(
      '/use-cases?status=PROPOSED&domain=RADIO_ASTRONOMY',
    );
    expect(webPaths.useCaseTotals()).toBe(WEB_PAGES.useCaseTotals);
    expect(webPaths.editUseCase('u 1')).toBe('/use-cases/u%201/edit');
  });

  it('keeps the directory’s search and filters in the query, a level only with a term', () => {
    expect(webPaths.people()).toBe('/people');
    expect(webPaths.people({ q: 'cnaf', group: 'WG1', domain: 'HEP_EXPERIMENTAL' })).toBe(
      '/people?q=cnaf&group=WG1&domain=HEP_EXPERIMENTAL',
    );
    expect(webPaths.people({ expertise: 'Data Access Protocols', level: 'KNOWS' })).toBe(
      '/people?expertise=Data%20Access%20Protocols&level=KNOWS',
    );
    expect(webPaths.people({ level: 'KNOWS' })).toBe('/people');
    expect(webPaths.person('p 1')).toBe('/people/p%201');
  });
});
