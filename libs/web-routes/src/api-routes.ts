/**
 * The API's own routes: everything the API answers itself rather than with the web app's
 * index.html. Express patterns (as the controllers declare them); a test walks the router and
 * fails on a route that is not covered here. Vite's dev proxy is built from the same list.
 */
export const API_ROUTES: readonly string[] = [
  '/graphql',
  '/auth/*rest',
  '/calendar/*rest',
  '/health',
  '/metrics',
  '/admin/queues',
  '/admin/queues/*rest',
  '/newsletter/confirm',
  '/newsletter/unsubscribe',
  '/digests/*rest',
  '/attachments/*rest',
  '/documents/:id/attachments',
  '/surveys/:slug/responses.csv',
  '/reports/:id/export.md',
  '/reports/:id/export.docx',
  '/my-data/*rest',
  '/dev/idp',
  '/dev/idp/*rest',
  // Development with DEV_CLOCK only: the journeys move the platform's clock and run a periodic job.
  '/dev/clock',
  '/dev/jobs/:name',
];

/** Paths of the API's own routes that pages link to (files, not pages of the app). */
export const apiPaths = {
  /** POST a file (multipart/form-data, field `file`) to a document the viewer may update. */
  documentAttachments: (documentId: string) => `/documents/${encodeURIComponent(documentId)}/attachments`,
  publicCalendar: () => '/calendar/public.ics',
  groupCalendar: (code: string) => `/calendar/groups/${encodeURIComponent(code)}.ics`,
  /** One meeting (a series with its exceptions) or, given its original start, one occurrence, as an .ics download. */
  meetingCalendar: (id: string, occurrenceStartsAt?: Date | string) =>
    occurrenceStartsAt === undefined
      ? `/calendar/meetings/${encodeURIComponent(id)}.ics`
      : `/calendar/meetings/${encodeURIComponent(id)}.ics?occurrence=${encodeURIComponent(new Date(occurrenceStartsAt).toISOString())}`,
  /** A report as Markdown or as a Word document, with its evidence as numbered notes. */
  /** One's data export (a ZIP), by the single-use token mailed when the worker made it. */
  myDataExport: (token: string) => `/my-data/${encodeURIComponent(token)}.zip`,
  reportExport: (id: string, format: 'md' | 'docx') => `/reports/${encodeURIComponent(id)}/export.${format}`,
};

/** One pattern as a regular expression over the path (no query string). */
export function apiRoutePattern(route: string): RegExp {
  const escaped = route
    .split('/')
    .map((part) => {
      if (part.startsWith('*')) return '.*';
      const text = part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      return text.replace(/:[A-Za-z_]+/g, '[^/]+');
    })
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

const API_PATTERNS = API_ROUTES.map(apiRoutePattern);

/** True when the path belongs to the API, not to a page of the web app. */
export function isApiPath(path: string): boolean {
  return API_PATTERNS.some((p) => p.test(path));
}
