import { markdownToText, type EmailList } from '@cop/platform';
import { webPaths } from '@cop/web-routes';
import type {
  DigestDocumentRow,
  DigestNewsRow,
  DigestReportCommentRow,
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

/** A report target that came within the digests' horizon (DIGEST_TARGET_HORIZON_DAYS) in the period. */
export interface DigestTarget {
  id: string;
  name: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** What one member's digest holds, each list already limited to what they may see and is new. */
export interface DigestContent {
  meetings: Occurrence[];
  documents: DigestDocumentRow[];
  news: DigestNewsRow[];
  requests: DigestRequestRow[];
  surveys: DigestSurveyRow[];
  /** New comments on the reports the member edits. */
  reportComments: DigestReportCommentRow[];
  reportTargets: DigestTarget[];
}

export function isEmpty(c: DigestContent): boolean {
  return (
    !c.meetings.length &&
    !c.documents.length &&
    !c.news.length &&
    !c.requests.length &&
    !c.surveys.length &&
    !c.reportComments.length &&
    !c.reportTargets.length
  );
}

/** A comment's first line, shortened: the digest quotes, the report's page shows the rest. */
export function commentExcerpt(body: string, max = 140): string {
  const line =
    markdownToText(body)
      .split(/\r?\n/)
      .find((l) => l.trim() !== '') ?? '';
  const text = line.trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
    {
      heading: 'Comments on reports you edit',
      items: c.reportComments.map((r) => ({
        prefix: `${r.authorName} on `,
        text: r.reportTitle,
        url: link(webPaths.report(r.reportId)),
        suffix: `: ${commentExcerpt(r.body)}`,
      })),
    },
    {
      heading: 'Report targets due soon',
      items: c.reportTargets.map((t) => ({
        prefix: `${t.dueDate}: `,
        text: t.name,
        url: link(webPaths.reports()),
      })),
    },
  ];
  return lists.filter((l) => l.items.length > 0);
}
