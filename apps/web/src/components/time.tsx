import { Text } from '@mantine/core';
import { useShell } from '../features/viewer/viewer';

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, kind: 'datetime' | 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${zone}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { day: 'numeric', month: 'short', year: 'numeric' }
        : kind === 'time'
          ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
          : {
              weekday: 'short',
              day: 'numeric',
              month: 'short',
              year: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            };
    f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    formats.set(key, f);
  }
  return f;
}

export function formatInZone(
  iso: string,
  zone: string,
  kind: 'datetime' | 'date' | 'time' = 'datetime',
): string {
  return formatter(zone, kind).format(new Date(iso));
}

/**
 * A moment in the viewer's zone; when the event has a zone of its own that differs, that zone
 * and the local time there are named too, so nobody misreads a meeting across zones.
 */
export function When({
  at,
  eventZone,
  kind = 'datetime',
}: {
  at: string;
  eventZone?: string | null;
  kind?: 'datetime' | 'date';
}) {
  const { zone } = useShell();
  const text = formatInZone(at, zone, kind);
  if (!eventZone || eventZone === zone || kind !== 'datetime') return <time dateTime={at}>{text}</time>;
  const there = formatInZone(at, eventZone, 'time');
  // Same clock time in both zones (Berlin and Rome): name them, don't repeat the time.
  const sameClock = there === formatInZone(at, zone, 'time');
  return (
    <time dateTime={at}>
      {text}
      <Text span size="sm" c="dimmed">
        {' '}
        ({zone}
        {sameClock ? `, as in ${eventZone}` : `; ${there} in ${eventZone}`})
      </Text>
    </time>
  );
}

/** "3 days ago" with the exact date on hover. */
export function Ago({ at }: { at: string }) {
  const { zone } = useShell();
  const seconds = Math.round((new Date(at).getTime() - Date.now()) / 1000);
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31536000],
    ['month', 2592000],
    ['week', 604800],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
  return (
    <time dateTime={at} title={formatInZone(at, zone)}>
      {rtf.format(Math.round(seconds / size), unit)}
    </time>
  );
}

/** A calendar date (the API's Date scalar, YYYY-MM-DD): the same day in every zone. */
export function Day({ date }: { date: string }) {
  return <time dateTime={date}>{formatInZone(`${date}T12:00:00Z`, 'UTC', 'date')}</time>;
}
