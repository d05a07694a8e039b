// Wall-clock times in a named zone for `<input type="datetime-local">`, with Intl alone (no
// date library in the chunks of the pages that use it).

const partFormats = new Map<string, Intl.DateTimeFormat>();
function partFormat(zone: string): Intl.DateTimeFormat {
  let f = partFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormats.set(zone, f);
  }
  return f;
}

/** The wall-clock time of an instant in a zone, read as if it were UTC (ms). */
function wallMs(ms: number, zone: string): number {
  const p: Record<string, number> = {};
  for (const { type, value } of partFormat(zone).formatToParts(new Date(ms))) {
    if (type !== 'literal') p[type] = Number(value);
  }
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

const DAY_MS = 86400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as `YYYY-MM-DDTHH:mm` on the clocks of `zone` (for a datetime-local input). */
export function toZonedInput(iso: string, zone: string): string {
  const w = new Date(wallMs(new Date(iso).getTime(), zone));
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}

/** The date part (`YYYY-MM-DD`) of an instant on the clocks of `zone`. */
export function zonedDate(iso: string, zone: string): string {
  return toZonedInput(iso, zone).slice(0, 10);
}

/**
 * `YYYY-MM-DDTHH:mm` on the clocks of `zone` as an ISO instant, or null when it is not a time.
 * As Temporal's 'compatible' choice: a time that occurs twice (clocks back) is the earlier one; a
 * time skipped (clocks forward) is read with the offset before the change, so lands after it.
 */
export function fromZonedInput(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  if (Number.isNaN(asUtc)) return null;
  const offsetAt = (ms: number) => wallMs(ms, zone) - ms;
  const before = offsetAt(asUtc - DAY_MS);
  const after = offsetAt(asUtc + DAY_MS);
  const fits = [asUtc - before, asUtc - after].filter((t) => wallMs(t, zone) === asUtc);
  const t = fits.length ? Math.min(...fits) : asUtc - before;
  return new Date(t).toISOString();
}
