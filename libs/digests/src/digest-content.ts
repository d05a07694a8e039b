import type { EmailList } from '@cop/platform';
import { webPaths } from '@cop/web-routes';
import type {
  DigestDocumentRow,
  DigestNewsRow,
  DigestRequestRow,
  DigestSurveyRow,
} from './digests.repository';

export interface Occurrence {
  meetingId: string;
  /** A series' occurrence by its original start (the meeting page's ?occurrence); null for a single meeting. */
  originalStartsAt: Date | null;
  title: string;
  startsAt: Date;
  groupCode: string | null;
}

/** What one member's digest holds, each list already limited to what they may see and is new. */
export interface DigestContent {
  meetings: Occurrence[];
  documents: DigestDocumentRow[];
  news: DigestNewsRow[];
  requests: DigestRequestRow[];
  surveys: DigestSurveyRow[];
}

export function isEmpty(c: DigestContent): boolean {
  return (
    !c.meetings.length && !c.documents.length && !c.news.length && !c.requests.length && !c.surveys.length
  );
}

// A formatter per zone, made once: making one costs more than composing a whole digest.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, format);
  }
  return format;
}

/**
 * The digest's lists (the e-mail layout renders them, text and HTML); times in `zone`. `link`
 * makes a path of the web app (`webPaths`) absolute.
 */
export function digestLists(c: DigestContent, zone: string, link: (path: string) => string): EmailList[] {
  const format = formatterOf(zone);
  const closes = (s: DigestSurveyRow) =>
    s.closesAt ? ` (closes ${format.format(new Date(s.closesAt))} ${zone})` : '';
  const survey = (s: DigestSurveyRow) => ({
    text: s.title,
    url: link(webPaths.survey(s.slug)),
    suffix: closes(s),
  });
  const lists: EmailList[] = [
    {
      heading: `Upcoming meetings (times in ${zone})`,
      items: c.meetings.map((m) => ({
        prefix: `${format.format(m.startsAt)} ${zone}: ${m.groupCode ? `${m.groupCode} ` : ''}`,
        text: m.title,
        url: link(webPaths.meeting(m.meetingId, m.originalStartsAt ?? undefined)),
      })),
    },
    {
      heading: 'Membership requests waiting for you',
      items: c.requests.map((r) => ({
        prefix: `${r.requesterName} asks to join `,
        text: r.groupCode,
        url: link(webPaths.workingGroup(r.groupCode)),
      })),
    },
    { heading: 'Surveys open for you', items: c.surveys.filter((s) => s.isNew).map(survey) },
    {
      heading: 'Surveys closing soon',
      items: c.surveys.filter((s) => s.closingSoon && !s.isNew).map(survey),
    },
    {
      heading: 'Documents',
      items: c.documents.map((d) => ({
        text: d.title,
        url: link(webPaths.document(d.id)),
        suffix: d.isNew ? ' (new)' : ' (updated)',
      })),
    },
    { heading: 'News', items: c.news.map((n) => ({ text: n.title, url: link(webPaths.newsItem(n.id)) })) },
  ];
  return lists.filter((l) => l.items.length > 0);
}
