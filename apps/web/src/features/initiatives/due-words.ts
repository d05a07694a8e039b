const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const calendar = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "today", "tomorrow", "in 23 days", "3 days ago": daysLeft as the API counts it (UTC days). */
export function dueWords(daysLeft: number): string {
  return relative.format(daysLeft, 'day');
}

/** A due date (YYYY-MM-DD) as a calendar date, "31 Mar 2025": a day, in no zone. */
export function dueDateWords(dueDate: string): string {
  return calendar.format(new Date(`${dueDate}T00:00:00Z`));
}
