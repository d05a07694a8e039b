import { formatInZone } from '../../components/time';
import { describeRecurrence } from './recurrence-text';

const END = /^(COUNT|UNTIL)=/i;

/**
 * A series in words with its clock time and zone, as the meeting page says it:
 * `FREQ=WEEKLY;BYDAY=MO;UNTIL=20260630T220000Z` starting 10:00 in Europe/Rome ->
 * "every Monday at 10:00 Europe/Rome, until 30 June 2026". Null when the rule has no words
 * (the page shows the rule itself then).
 */
export function describeSeries(rule: string, startsAt: string, zone: string): string | null {
  const full = describeRecurrence(rule, zone);
  if (!full) return null;
  const at = `at ${formatInZone(startsAt, zone, 'time')} ${zone}`;
  // The rule without its end, so the time goes between "every Monday" and ", until …".
  const open = rule
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter((part) => part && !END.test(part))
    .join(';');
  const base = describeRecurrence(open, zone);
  if (!base || !full.startsWith(base)) return `${full}, ${at}`;
  return `${base.replace(/^every week on (?!the )/, 'every ')} ${at}${full.slice(base.length)}`;
}
