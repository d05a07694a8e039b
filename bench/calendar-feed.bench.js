// Renders a personal feed of 500 weekly series (with cancelled and moved occurrences) over the
// feeds' window and reports the median time; the issue's target is under 100 ms on this machine.
// Pure rendering: the feed's SQL is one query (see MeetingRepository.visibleInWindow).
// Run: node bench/calendar-feed.bench.js
const { transformSync } = require('@swc/core');
const { readFileSync } = require('node:fs');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
const { renderFeed } = require('../libs/meetings/src/ical-feed.ts');

const DAY = 24 * 3600 * 1000;
const now = Date.now();
const zones = ['Europe/Rome', 'America/Chicago', 'Europe/Berlin', 'Asia/Tokyo', 'UTC', 'Europe/London'];
const meetings = Array.from({ length: 500 }, (_, i) => {
  const startsAt = new Date(Math.floor((now - 200 * DAY) / DAY) * DAY + (i % 10) * 3600 * 1000);
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `Series ${i}`,
    description: 'A regular call.',
    workingGroupId: null,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3600 * 1000),
    timeZone: zones[i % zones.length],
    rrule: i % 3 ? 'FREQ=WEEKLY' : 'FREQ=WEEKLY;COUNT=80',
    seriesEndsAt: null,
    location: null,
    videoUrl: 'https://video.example.org/x',
    visibility: 'COMMUNITY',
    status: 'SCHEDULED',
    organizerId: 'x',
    minutes: null,
    createdAt: startsAt,
    updatedAt: startsAt,
    exceptions: [
      {
        originalStartsAt: new Date(startsAt.getTime() + 14 * DAY),
        cancelled: true,
        startsAt: null,
        endsAt: null,
        updatedAt: startsAt,
      },
      {
        originalStartsAt: new Date(startsAt.getTime() + 21 * DAY),
        cancelled: false,
        startsAt: new Date(startsAt.getTime() + 22 * DAY),
        endsAt: new Date(startsAt.getTime() + 22 * DAY + 3600 * 1000),
        updatedAt: startsAt,
      },
    ],
  };
});
const opts = {
  name: 'Bench',
  uidHost: 'localhost',
  from: new Date(now - 365 * DAY),
  to: new Date(now + 730 * DAY),
  withVideoLinks: true,
  publicUrl: 'http://localhost:3000',
};
renderFeed(meetings, opts); // warm up
const times = [];
let bytes = 0;
for (let i = 0; i < 15; i++) {
  const t = process.hrtime.bigint();
  bytes = renderFeed(meetings, opts).body.length;
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
console.log(
  `feed of ${meetings.length} series: median ${times[7].toFixed(1)} ms, min ${times[0].toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KiB`,
);
