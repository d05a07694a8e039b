import { RedisOutageReporter, redactUrl } from './redis-outage-reporter';

describe('RedisOutageReporter', () => {
  const url = 'redis://app:secret@redis:6379';

  function reporterAt() {
    let now = 0;
    const lines: string[] = [];
    const reporter = new RedisOutageReporter(
      (m) => lines.push(m),
      () => now,
    );
    return { reporter, lines, advance: (ms: number) => (now += ms) };
  }

  it('says an outage once, then after 1, 2, 4 … minutes, at most every 30 minutes', () => {
    const { reporter, lines, advance } = reporterAt();
    const reportTimes: number[] = [];
    // Three sources failing twice a second each, for five hours.
    for (let t = 0; t <= 5 * 3600_000; t += 500) {
      const before = lines.length;
      for (const source of ['worker mail', 'worker newsletter', 'outbox relay'])
        reporter.failed(url, source, new Error('connect ECONNREFUSED'));
      if (lines.length > before) reportTimes.push(t / 60_000);
      advance(500);
    }
    expect(reportTimes.slice(0, 7)).toEqual([0, 1, 3, 7, 15, 31, 61]);
    const gaps = reportTimes.slice(1).map((t, i) => t - reportTimes[i]);
    expect(Math.max(...gaps)).toBe(30);
    expect(lines.length).toBe(reportTimes.length);
    expect(lines.length).toBeLessThan(16);
    expect(lines[0]).toBe(
      'Redis at redis://app:***@redis:6379 is unreachable (worker mail: connect ECONNREFUSED); jobs wait in the outbox, retrying',
    );
    expect(lines[1]).toMatch(/still unreachable after 1 min \(360 failures since the last report/);
    expect(lines.join('\n')).not.toContain('secret');
  });

  it('says the recovery once, and a later outage starts again from the first report', () => {
    const { reporter, lines, advance } = reporterAt();
    reporter.recovered(url); // nothing was down: nothing to say
    expect(lines).toEqual([]);
    reporter.failed(url, 'worker mail', new Error('down'));
    advance(90_000);
    reporter.failed(url, 'worker mail', new Error('down'));
    reporter.recovered(url);
    reporter.recovered(url);
    expect(lines.map((l) => l.split(' (')[0])).toEqual([
      'Redis at redis://app:***@redis:6379 is unreachable',
      'Redis at redis://app:***@redis:6379 still unreachable after 2 min',
      'Redis at redis://app:***@redis:6379 answers again',
    ]);
    expect(reporter.down).toBe(false);
    reporter.failed(url, 'outbox relay', new Error('down again'));
    reporter.failed(url, 'outbox relay', new Error('down again'));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/is unreachable \(outbox relay: down again\)/);
  });

  it('redacts a password and leaves other URLs alone', () => {
    expect(redactUrl('redis://:pw@h:6379')).toBe('redis://:***@h:6379');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
