import { lastEndedPeriod } from './digest-period';

describe('lastEndedPeriod', () => {
  it('is yesterday for DAILY and the last full Monday-to-Monday week for WEEKLY', () => {
    const now = new Date('2026-11-22T06:30:00Z'); // a Sunday
    expect(lastEndedPeriod('DAILY', now)).toEqual({
      start: new Date('2026-11-21T00:00:00Z'),
      end: new Date('2026-11-22T00:00:00Z'),
    });
    expect(lastEndedPeriod('WEEKLY', now)).toEqual({
      start: new Date('2026-11-09T00:00:00Z'),
      end: new Date('2026-11-16T00:00:00Z'),
    });
    expect(lastEndedPeriod('WEEKLY', new Date('2026-11-16T00:00:00Z')).end).toEqual(
      new Date('2026-11-16T00:00:00Z'),
    );
  });
});
