import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { webPaths, type CalendarPageState } from '@cop/web-routes';
import { fromZonedInput, zonedDate } from './zoned-time';

export type CalendarView = 'month' | 'week' | 'list';
export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

/** Whose meetings: the whole community, the viewer's groups, or the groups chosen. */
export type CalendarScope = 'all' | 'mine' | 'groups';

/** The page's state, read from its URL (`/calendar?view=week&date=2027-03-22&groups=WG1,WG3`). */
export type CalendarState = {
  /** Null when the URL names none: the page picks month or list by the screen's width. */
  view: CalendarView | null;
  /** A day of the period shown, `YYYY-MM-DD`; null for today. */
  date: string | null;
  groups: string[];
  mine: boolean;
};

const DAY_MS = 86400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` as a UTC midnight (plain-date arithmetic without zones), or null when not a real day. */
function utcDay(date: string): Date | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : null;
}
const dayString = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return dayString(new Date(utcDay(date)!.getTime() + days * DAY_MS));
}

/** The first day of the month `months` after the one of `date`. */
export function addMonths(date: string, months: number): string {
  const d = utcDay(date)!;
  return dayString(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

/** The Monday of the week of `date` (weeks start on Monday, as in Europe and ISO 8601). */
export function startOfWeek(date: string): string {
  const weekday = (utcDay(date)!.getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function parseCalendarState(params: URLSearchParams): CalendarState {
  const view = params.get('view');
  const date = params.get('date');
  const groups = (params.get('groups') ?? '')
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  return {
    view: CALENDAR_VIEWS.includes(view as CalendarView) ? (view as CalendarView) : null,
    date: date && utcDay(date) ? date : null,
    groups: [...new Set(groups)],
    mine: params.get('mine') === '1',
  };
}

export function scopeOf(state: Pick<CalendarState, 'groups' | 'mine'>): CalendarScope {
  return state.mine ? 'mine' : state.groups.length ? 'groups' : 'all';
}

/** The days a view shows around `date` ([from, to), `YYYY-MM-DD`), as FullCalendar lays them out. */
export function visibleDays(view: CalendarView, date: string): { from: string; to: string } {
  switch (view) {
    case 'week': {
      const from = startOfWeek(date);
      return { from, to: addDays(from, 7) };
    }
    case 'list': {
      const from = addMonths(date, 0);
      return { from, to: addMonths(date, 1) };
    }
    case 'month': {
      // Whole weeks from the one holding the 1st to the one holding the last day (fixedWeekCount off).
      const first = addMonths(date, 0);
      const last = addDays(addMonths(date, 1), -1);
      return { from: startOfWeek(first), to: addDays(startOfWeek(last), 7) };
    }
  }
}

/** The instants of those days' midnights in the viewer's zone: the calendar query's window. */
export function visibleWindow(view: CalendarView, date: string, zone: string): { from: string; to: string } {
  const days = visibleDays(view, date);
  return {
    from: fromZonedInput(`${days.from}T00:00`, zone)!,
    to: fromZonedInput(`${days.to}T00:00`, zone)!,
  };
}

/** The day the period before or after starts on: a month (month and list views) or a week. */
export function stepDate(view: CalendarView, date: string, direction: -1 | 1): string {
  return view === 'week' ? addDays(startOfWeek(date), 7 * direction) : addMonths(date, direction);
}

const monthTitle = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayTitle = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The period in words: "March 2027", or "22 – 28 Mar 2027" for a week. */
export function periodTitle(view: CalendarView, date: string): string {
  if (view !== 'week') return monthTitle.format(utcDay(date)!);
  const { from, to } = visibleDays(view, date);
  return dayTitle.formatRange(utcDay(from)!, utcDay(addDays(to, -1))!);
}

export function todayIn(zone: string): string {
  return zonedDate(new Date().toISOString(), zone);
}

/** The URL's state and a way to change part of it (a new history entry, so Back undoes it). */
export function useCalendarState(): [CalendarState, (change: Partial<CalendarPageState>) => void] {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = useMemo(() => parseCalendarState(params), [params]);
  const update = useCallback(
    (change: Partial<CalendarPageState>) => {
      const next: CalendarPageState = {
        view: state.view ?? undefined,
        date: state.date ?? undefined,
        groups: state.groups,
        mine: state.mine,
        ...change,
      };
      // Through webPaths, so the URL reads as it is shared (`groups=WG1,WG3`, not `WG1%2CWG3`).
      navigate(webPaths.calendar(next));
    },
    [state, navigate],
  );
  return [state, update];
}
