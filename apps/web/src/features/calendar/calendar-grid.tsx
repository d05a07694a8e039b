import FullCalendar, {
  type CalendarRef,
  type EventClickInfo,
  type EventDisplayInfo,
} from '@fullcalendar/react';
import classicTheme from '@fullcalendar/react/themes/classic';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import listPlugin from '@fullcalendar/react/list';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useRef } from 'react';
import type { CalendarOccurrenceFragment } from '../../gql/graphql';
import type { CalendarView } from './calendar-state';
import { occurrenceWords } from './calendar-occurrence';

const FC_VIEWS: Record<CalendarView, string> = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  list: 'listMonth',
};

const PLUGINS = [classicTheme, dayGridPlugin, timeGridPlugin, listPlugin];

/**
 * FullCalendar showing occurrences the server expanded (the client expands nothing), in the
 * viewer's zone. Its own toolbar is off: the page's Mantine controls drive it through the URL.
 * Each event is a link to its meeting (page); a plain click opens `onOpen` instead.
 */
export function CalendarGrid({
  view,
  date,
  zone,
  occurrences,
  onOpen,
}: {
  view: CalendarView;
  date: string;
  zone: string;
  occurrences: CalendarOccurrenceFragment[];
  onOpen: (occurrence: CalendarOccurrenceFragment) => void;
}) {
  const ref = useRef<CalendarRef>(null);
  // On a phone a month or week cell is a few characters wide: events show their time only.
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  // The first render takes them as initial options; later changes of the URL move the calendar.
  useEffect(() => {
    ref.current?.getApi().changeView(FC_VIEWS[view], date);
  }, [view, date]);

  const events = useMemo(
    () =>
      occurrences.map((o) => {
        const words = occurrenceWords(o, zone);
        return {
          id: `${o.meeting.id}|${o.originalStartsAt}`,
          title: o.meeting.title,
          start: o.startsAt,
          end: o.endsAt,
          url: words.href,
          className: o.cancelled ? 'cop-cal-cancelled' : undefined,
          extendedProps: { occurrence: o },
        };
      }),
    [occurrences, zone],
  );

  const onEventClick = (info: EventClickInfo) => {
    const e = info.jsEvent;
    // A click with a modifier (new tab, new window) or the middle button follows the link itself.
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button > 0) return;
    e.preventDefault();
    onOpen(info.event.extendedProps.occurrence as CalendarOccurrenceFragment);
  };

  return (
    <section className="cop-calendar" aria-label="Meetings in this period">
      <FullCalendar
        ref={ref}
        plugins={PLUGINS}
        initialView={FC_VIEWS[view]}
        initialDate={date}
        timeZone={zone}
        locale="en-GB"
        firstDay={1}
        headerToolbar={false}
        height="auto"
        fixedWeekCount={false}
        dayMaxEvents={false}
        slotDuration="01:00:00"
        slotMinHeight={40}
        scrollTime="08:00:00"
        allDaySlot={false}
        nowIndicator
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }}
        slotHeaderFormat={{ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }}
        headingLevel={3}
        noEventsText="No meetings in this month."
        events={events}
        eventClick={onEventClick}
        eventContent={(info: EventDisplayInfo) => (
          <EventLabel
            occurrence={info.event.extendedProps.occurrence as CalendarOccurrenceFragment}
            zone={zone}
            list={view === 'list'}
            narrow={narrow && view !== 'list'}
          />
        )}
      />
    </section>
  );
}

/** An event's text: time, title (struck through when cancelled), its state in words, the meeting's zone. */
function EventLabel({
  occurrence,
  zone,
  list,
  narrow,
}: {
  occurrence: CalendarOccurrenceFragment;
  zone: string;
  list: boolean;
  narrow: boolean;
}) {
  const w = occurrenceWords(occurrence, zone);
  if (narrow) {
    // The time, struck through and marked when cancelled; the words for screen readers and the tooltip.
    return (
      <span className="cop-cal-event cop-cal-compact" title={w.tooltip}>
        <span className={occurrence.cancelled ? 'cop-cal-time cop-struck' : 'cop-cal-time'}>{w.time}</span>
        {(occurrence.cancelled || w.movedFrom) && (
          <span className="cop-cal-flag" aria-hidden>
            {occurrence.cancelled ? ' ✕' : ' ↷'}
          </span>
        )}
        <span className="cop-visually-hidden">
          {' '}
          {occurrence.meeting.title}
          {occurrence.cancelled && ' Cancelled'}
          {w.there && `, ${w.there}`}
          {w.movedFrom && `, moved from ${w.movedFrom}`}
        </span>
      </span>
    );
  }
  return (
    <span className={list ? 'cop-cal-event' : 'cop-cal-event cop-cal-compact'} title={w.tooltip}>
      <span className="cop-cal-time">{w.time}</span>{' '}
      <span className={occurrence.cancelled ? 'cop-struck' : undefined}>{occurrence.meeting.title}</span>
      {occurrence.cancelled && <span className="cop-cal-flag"> Cancelled</span>}
      {w.movedFrom && <span className="cop-cal-flag"> Moved</span>}
      {list ? (
        <span className="cop-cal-more">
          {occurrence.meeting.workingGroup
            ? ` · ${occurrence.meeting.workingGroup.code}`
            : ' · Community-wide'}
          {w.there && ` · ${w.there}`}
          {w.movedFrom && ` · moved from ${w.movedFrom}`}
        </span>
      ) : (
        <span className="cop-visually-hidden">
          {w.there && `, ${w.there}`}
          {w.movedFrom && `, moved from ${w.movedFrom}`}
        </span>
      )}
    </span>
  );
}
