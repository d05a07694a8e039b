import type {
  DigestDocumentRow,
  DigestNewsRow,
  DigestRequestRow,
  DigestSurveyRow,
} from './digests.repository';

export interface Occurrence {
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

/** The digest's body as markdown (rendered and sanitised by the e-mail layout); times in `zone`. */
export function digestMarkdown(c: DigestContent, zone: string, link: (path: string) => string): string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`## ${title}`, '', ...items.map((i) => `- ${i}`), '');
  };
  section(
    `Upcoming meetings (times in ${zone})`,
    c.meetings.map(
      (m) =>
        `${format.format(m.startsAt)} ${zone}: ${m.groupCode ? `${m.groupCode} ` : ''}${escapeMd(m.title)}`,
    ),
  );
  section(
    'Membership requests waiting for you',
    c.requests.map(
      (r) =>
        `${escapeMd(r.requesterName)} asks to join [${escapeMd(r.groupCode)}](${link(`/working-groups/${r.groupId}`)})`,
    ),
  );
  const closes = (s: DigestSurveyRow) =>
    s.closesAt ? ` (closes ${format.format(new Date(s.closesAt))} ${zone})` : '';
  section(
    'Surveys open for you',
    c.surveys
      .filter((s) => s.isNew)
      .map((s) => `[${escapeMd(s.title)}](${link(`/surveys/${s.slug}`)})${closes(s)}`),
  );
  section(
    'Surveys closing soon',
    c.surveys
      .filter((s) => s.closingSoon && !s.isNew)
      .map((s) => `[${escapeMd(s.title)}](${link(`/surveys/${s.slug}`)})${closes(s)}`),
  );
  section(
    'Documents',
    c.documents.map(
      (d) => `[${escapeMd(d.title)}](${link(`/documents/${d.id}`)}) (${d.isNew ? 'new' : 'updated'})`,
    ),
  );
  section(
    'News',
    c.news.map((n) => `[${escapeMd(n.title)}](${link(`/news/${n.id}`)})`),
  );
  return lines.join('\n');
}

function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]()<>#!|])/g, '\\$1');
}
