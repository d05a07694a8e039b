/**
 * Every page of the web app: its router pattern and a builder for its path. The router is
 * made from `WEB_PAGES`; mails, digests and feeds build links with `webPaths` and `webUrl`.
 */
export const WEB_PAGES = {
  home: '/',
  signIn: '/sign-in',
  workingGroups: '/working-groups',
  workingGroup: '/working-groups/:code',
  news: '/news',
  newsItem: '/news/:id',
  faq: '/faq',
  newsletter: '/newsletter',
  meeting: '/meetings/:id',
  // Exactly /calendar: '/calendar/*rest' is the API's .ics feeds; the page keeps its state in the query.
  calendar: '/calendar',
  newMeeting: '/meetings/new',
  editMeeting: '/meetings/:id/edit',
  // The library: filters and the search in the query string. Static segments outrank :id.
  documents: '/documents',
  newDocument: '/documents/new',
  deletedDocuments: '/documents/deleted',
  document: '/documents/:id',
  editDocument: '/documents/:id/edit',
  search: '/search',
  newNews: '/news/new',
  editNews: '/news/:id/edit',
  editFaq: '/faq/edit',
  // Surveys: the list, the office's editor, a survey's answer page and its results.
  surveys: '/surveys',
  newSurvey: '/surveys/new',
  survey: '/surveys/:slug',
  surveyResults: '/surveys/:slug/results',
  editSurvey: '/surveys/:slug/edit',
  // The use-case compendium and its requirement totals. Static segments outrank :id.
  useCases: '/use-cases',
  useCaseTotals: '/use-cases/totals',
  newUseCase: '/use-cases/new',
  useCase: '/use-cases/:id',
  editUseCase: '/use-cases/:id/edit',
  // Reports of the second phase: the list, a new one, the reading view, the editor.
  reports: '/reports',
  newReport: '/reports/new',
  report: '/reports/:id',
  editReport: '/reports/:id/edit',
  // Related initiatives (JENA...), their groups and the CoP groups and people linked to them.
  initiatives: '/initiatives',
  initiative: '/initiatives/:slug',
  // The people directory (members) and a person's profile: seats, documents, use cases, talks, expertise.
  people: '/people',
  person: '/people/:id',
  // The office console (OFFICE only). Not under /admin: '/admin/queues' is the API's queue board.
  office: '/office',
  officeCommunity: '/office/community',
  officeAdmissions: '/office/admissions',
  officePeople: '/office/people',
  officeGroups: '/office/working-groups',
  officeNewGroup: '/office/working-groups/new',
  officeGroup: '/office/working-groups/:code',
  officeNewsletter: '/office/newsletter',
  officeNewNewsletter: '/office/newsletter/new',
  officeNewsletterIssue: '/office/newsletter/:id',
  officeDigests: '/office/digests',
  // The expertise vocabulary (merge free tags) and the record of data exports and erasures.
  officeExpertise: '/office/expertise',
  officeDataRequests: '/office/data-requests',
  settings: '/settings',
  settingsProfile: '/settings/profile',
  settingsEmail: '/settings/email',
  settingsTokens: '/settings/tokens',
  settingsCalendar: '/settings/calendar',
  settingsIdentities: '/settings/identities',
  // What one knows and wants to work on; one's own data (download it, delete the account).
  settingsExpertise: '/settings/expertise',
  settingsData: '/settings/data',
} as const;

export type WebPage = keyof typeof WEB_PAGES;

/** What the calendar page shows: a view, a date in it, and whose meetings (all when neither filter). */
export type CalendarPageState = {
  view?: 'month' | 'week' | 'list';
  /** A day of the period to show, `YYYY-MM-DD` (in the viewer's zone). */
  date?: string;
  /** Only these working groups' meetings. */
  groups?: readonly string[];
  /** Only the meetings of the viewer's own groups. */
  mine?: boolean;
};

const seg = encodeURIComponent;

/** What the library shows: filters of the document list, all optional. */
export type LibraryPageState = {
  groups?: readonly string[];
  kinds?: readonly string[];
  tags?: readonly string[];
  visibility?: readonly string[];
  /** A person's id. */
  author?: string;
};

/** A search: the words (websearch syntax) and the library's filters. */
export type SearchPageState = LibraryPageState & { q: string };

function libraryQuery({ groups, kinds, tags, visibility, author }: LibraryPageState): string[] {
  const list = (name: string, values?: readonly string[]) =>
    values?.length ? `${name}=${values.map(seg).join(',')}` : undefined;
  return [
    list('groups', groups),
    list('kinds', kinds),
    list('tags', tags),
    list('visibility', visibility),
    author ? `author=${seg(author)}` : undefined,
  ].filter((part): part is string => part !== undefined);
}

const withQuery = (path: string, query: string[]) => (query.length ? `${path}?${query.join('&')}` : path);

/** A cross-tabulation of a survey's results: responses whose answer to `questionKey` is any of `anyOf`. */
export type SurveyResultsFilter = { questionKey: string; anyOf: readonly string[] };

/** What the compendium lists: one status and one domain at most, as the API filters. */
export type UseCasesPageState = { status?: string; domain?: string };

/** Paths of the app's pages, for links. */
export const webPaths = {
  home: () => WEB_PAGES.home,
  signIn: (returnTo?: string) =>
    returnTo ? `${WEB_PAGES.signIn}?returnTo=${seg(returnTo)}` : WEB_PAGES.signIn,
  /** `/working-groups?q=edge`: the directory, searched. */
  workingGroups: (q?: string) => (q ? `${WEB_PAGES.workingGroups}?q=${seg(q)}` : WEB_PAGES.workingGroups),
  workingGroup: (code: string) => `/working-groups/${seg(code)}`,
  news: () => WEB_PAGES.news,
  newsItem: (id: string) => `/news/${seg(id)}`,
  faq: () => WEB_PAGES.faq,
  newsletter: () => WEB_PAGES.newsletter,
  meeting: (id: string, occurrenceStartsAt?: Date | string) =>
    occurrenceStartsAt === undefined
      ? `/meetings/${seg(id)}`
      : `/meetings/${seg(id)}?occurrence=${seg(new Date(occurrenceStartsAt).toISOString())}`,
  /** The scheduling form; `groupCode` preselects the working group. */
  newMeeting: (groupCode?: string) =>
    groupCode ? `${WEB_PAGES.newMeeting}?group=${seg(groupCode)}` : WEB_PAGES.newMeeting,
  editMeeting: (id: string) => `/meetings/${seg(id)}/edit`,
  /** `/calendar?view=week&date=2027-03-22&groups=WG1,WG3` (or `&mine=1`): the page in that state. */
  calendar: ({ view, date, groups, mine }: CalendarPageState = {}) => {
    const query = [
      view && `view=${seg(view)}`,
      date && `date=${seg(date)}`,
      groups?.length && `groups=${groups.map(seg).join(',')}`,
      mine && 'mine=1',
    ].filter(Boolean);
    return query.length ? `${WEB_PAGES.calendar}?${query.join('&')}` : WEB_PAGES.calendar;
  },
  /** `/documents?groups=WG1&kinds=REPORT,SLIDES&tags=dcache&visibility=PUBLIC&author=<id>` */
  documents: (state: LibraryPageState = {}) => withQuery(WEB_PAGES.documents, libraryQuery(state)),
  /** The writing form; `groupCode` preselects a working group. */
  newDocument: (groupCode?: string) =>
    groupCode ? `${WEB_PAGES.newDocument}?group=${seg(groupCode)}` : WEB_PAGES.newDocument,
  deletedDocuments: () => WEB_PAGES.deletedDocuments,
  document: (id: string) => `/documents/${seg(id)}`,
  editDocument: (id: string) => `/documents/${seg(id)}/edit`,
  /** `/search?q=dcache%20tape&groups=WG1` */
  search: ({ q, ...filters }: SearchPageState) =>
    withQuery(WEB_PAGES.search, [`q=${seg(q)}`, ...libraryQuery(filters)]),
  /** The news form; `groupCode` preselects a working group (a chair's news). */
  newNews: (groupCode?: string) =>
    groupCode ? `${WEB_PAGES.newNews}?group=${seg(groupCode)}` : WEB_PAGES.newNews,
  editNews: (id: string) => `/news/${seg(id)}/edit`,
  editFaq: () => WEB_PAGES.editFaq,
  surveys: () => WEB_PAGES.surveys,
  newSurvey: () => WEB_PAGES.newSurvey,
  survey: (slug: string) => `/surveys/${seg(slug)}`,
  /** `/surveys/jena/results?where=role:scientist,manager&where=infra:yes`: one `where` a question. */
  surveyResults: (slug: string, where: readonly SurveyResultsFilter[] = []) =>
    withQuery(
      `/surveys/${seg(slug)}/results`,
      where
        .filter((f) => f.anyOf.length > 0)
        .map((f) => `where=${seg(f.questionKey)}:${f.anyOf.map(seg).join(',')}`),
    ),
  editSurvey: (slug: string) => `/surveys/${seg(slug)}/edit`,
  /** `/use-cases?status=PROPOSED&domain=RADIO_ASTRONOMY` */
  useCases: ({ status, domain }: UseCasesPageState = {}) =>
    withQuery(
      WEB_PAGES.useCases,
      [status && `status=${seg(status)}`, domain && `domain=${seg(domain)}`].filter((q): q is string => !!q),
    ),
  useCaseTotals: () => WEB_PAGES.useCaseTotals,
  newUseCase: () => WEB_PAGES.newUseCase,
  useCase: (id: string) => `/use-cases/${seg(id)}`,
  editUseCase: (id: string) => `/use-cases/${seg(id)}/edit`,
  reports: () => WEB_PAGES.reports,
  newReport: () => WEB_PAGES.newReport,
  report: (id: string) => `/reports/${seg(id)}`,
  editReport: (id: string) => `/reports/${seg(id)}/edit`,
  initiatives: () => WEB_PAGES.initiatives,
  initiative: (slug: string) => `/initiatives/${seg(slug)}`,
  /**
   * `/people?q=…&group=WG1&domain=…&expertise=FPGA&level=KNOWS`: the directory, searched and
   * filtered (`expertise` is a term's label, `level` KNOWS or WANTS_TO_WORK_ON).
   */
  people: (
    filter: { q?: string; group?: string; domain?: string; expertise?: string; level?: string } = {},
  ) =>
    withQuery(
      WEB_PAGES.people,
      [
        filter.q && `q=${seg(filter.q)}`,
        filter.group && `group=${seg(filter.group)}`,
        filter.domain && `domain=${seg(filter.domain)}`,
        filter.expertise && `expertise=${seg(filter.expertise)}`,
        filter.expertise && filter.level && `level=${seg(filter.level)}`,
      ].filter((q): q is string => !!q),
    ),
  person: (id: string) => `/people/${seg(id)}`,
  office: () => WEB_PAGES.office,
  officeCommunity: () => WEB_PAGES.officeCommunity,
  officeAdmissions: () => WEB_PAGES.officeAdmissions,
  /** `/office/people?q=cnaf`: the directory, searched. */
  officePeople: (q?: string) => (q ? `${WEB_PAGES.officePeople}?q=${seg(q)}` : WEB_PAGES.officePeople),
  officeGroups: () => WEB_PAGES.officeGroups,
  officeNewGroup: () => WEB_PAGES.officeNewGroup,
  officeGroup: (code: string) => `/office/working-groups/${seg(code)}`,
  officeNewsletter: () => WEB_PAGES.officeNewsletter,
  officeNewNewsletter: () => WEB_PAGES.officeNewNewsletter,
  officeNewsletterIssue: (id: string) => `/office/newsletter/${seg(id)}`,
  officeDigests: () => WEB_PAGES.officeDigests,
  officeExpertise: () => WEB_PAGES.officeExpertise,
  officeDataRequests: () => WEB_PAGES.officeDataRequests,
  settings: () => WEB_PAGES.settings,
  settingsProfile: () => WEB_PAGES.settingsProfile,
  settingsEmail: () => WEB_PAGES.settingsEmail,
  settingsTokens: () => WEB_PAGES.settingsTokens,
  settingsCalendar: () => WEB_PAGES.settingsCalendar,
  settingsIdentities: () => WEB_PAGES.settingsIdentities,
  settingsExpertise: () => WEB_PAGES.settingsExpertise,
  settingsData: () => WEB_PAGES.settingsData,
};

/**
 * An absolute link to a page: `webUrl(config.webUrl, webPaths.meeting(id))`. The path goes under
 * the base's own path (WEB_URL `https://example.org/cop` gives `https://example.org/cop/meetings/…`),
 * never beside it, and never to another host (`//host/x` stays a path under the base).
 */
export function webUrl(base: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`).toString();
}
