import ICAL from 'ical.js';

export interface FeedOccurrence {
  uid: string;
  start: string;
  end: string;
}

/** Expands a feed with ical.js, an independent parser: VTIMEZONE, RRULE, EXDATE and RECURRENCE-ID. */
export function expandFeed(body: string, from: Date, to: Date): FeedOccurrence[] {
  const root = new ICAL.Component(ICAL.parse(body));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const masters = new Map<string, ICAL.Event>();
  for (const e of events) if (!e.isRecurrenceException()) masters.set(e.uid, e);
  for (const e of events) if (e.isRecurrenceException()) masters.get(e.uid)!.relateException(e);
  const result: FeedOccurrence[] = [];
  for (const master of masters.values()) {
    if (master.component.getFirstPropertyValue('status') === 'CANCELLED') continue;
    const push = (start: Date, end: Date) => {
      if (start < to && end > from) {
        result.push({ uid: master.uid, start: start.toISOString(), end: end.toISOString() });
      }
    };
    if (!master.isRecurring()) {
      push(master.startDate.toJSDate(), master.endDate.toJSDate());
      continue;
    }
    const it = master.iterator();
    for (let next = it.next(); next; next = it.next()) {
      const details = master.getOccurrenceDetails(next);
      if (details.startDate.toJSDate() >= new Date(to.getTime() + 30 * 24 * 3600 * 1000)) break;
      push(details.startDate.toJSDate(), details.endDate.toJSDate());
    }
  }
  return result.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}
