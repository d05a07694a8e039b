import type { MeetingSourceRow } from '../evidence.repository';
import { day, excerptOf, hashOf, type FiguresData } from './figures';

/** MEETING_MINUTES evidence: the meeting's title and date, an excerpt of its minutes. */
export function minutesFigures(m: MeetingSourceRow, at: Date): FiguresData {
  return {
    takenAt: at.toISOString(),
    summary: `Minutes of “${m.title}”, ${day(m.startsAt)}`,
    title: m.title,
    excerpt: excerptOf(m.minutes),
    hash: hashOf(m.minutes),
    updatedAt: m.startsAt.toISOString(),
  };
}

export function minutesLabel(d: FiguresData): string {
  return `${d.title ?? 'Meeting'} · minutes of ${d.updatedAt ? day(d.updatedAt) : '?'}`;
}
