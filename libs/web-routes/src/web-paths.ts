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
  document: '/documents/:id',
  survey: '/surveys/:slug',
  settings: '/settings',
  settingsProfile: '/settings/profile',
  settingsEmail: '/settings/email',
  settingsTokens: '/settings/tokens',
  settingsCalendar: '/settings/calendar',
  settingsIdentities: '/settings/identities',
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

/** Paths of the app's pages, for links. */
export const webPaths = {
  home: () => WEB_PAGES.home,
  signIn: (returnTo?: string) =>
    returnTo ? `${WEB_PAGES.signIn}?returnTo=${seg(returnTo)}` : WEB_PAGES.signIn,
  workingGroups: () => WEB_PAGES.workingGroups,
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
  document: (id: string) => `/documents/${seg(id)}`,
  survey: (slug: string) => `/surveys/${seg(slug)}`,
  settings: () => WEB_PAGES.settings,
  settingsProfile: () => WEB_PAGES.settingsProfile,
  settingsEmail: () => WEB_PAGES.settingsEmail,
  settingsTokens: () => WEB_PAGES.settingsTokens,
  settingsCalendar: () => WEB_PAGES.settingsCalendar,
  settingsIdentities: () => WEB_PAGES.settingsIdentities,
};

/**
 * An absolute link to a page: `webUrl(config.webUrl, webPaths.meeting(id))`. The path goes under
 * the base's own path (WEB_URL `https://example.org/cop` gives `https://example.org/cop/meetings/…`),
 * never beside it, and never to another host (`//host/x` stays a path under the base).
 */
export function webUrl(base: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`).toString();
}
