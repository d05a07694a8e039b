import { JOB_NAMES, JOBS, jobIdOf } from './job-catalogue';

describe('job ids', () => {
  it('come from the payload by the function declared with the job: the same work, the same id', () => {
    expect(jobIdOf('digests.batch', { zoneRunId: 'z1', batch: 3, personIds: ['a'] })).toBe(
      'digests-batch:z1:3',
    );
    expect(jobIdOf('digests.batch', { zoneRunId: 'z1', batch: 3, personIds: ['b', 'c'] })).toBe(
      'digests-batch:z1:3',
    );
    expect(
      jobIdOf('meetings.reminder', {
        meetingId: 'm1',
        originalStartsAt: '2027-03-22T09:00:00.000Z',
        startsAt: '2027-03-22T10:00:00.000Z',
      }),
    ).toBe(
      `meetings.reminder:m1:${Date.parse('2027-03-22T09:00:00Z')}:${Date.parse('2027-03-22T10:00:00Z')}`,
    );
    expect(jobIdOf('newsletter.test', { testSendId: 't1' })).toBe('newsletter-test:t1');
  });

  it('are declared for every mail job (a retried ask must not mail twice); periodic jobs have none', () => {
    const withoutId = JOB_NAMES.filter((name) => !('id' in JOBS[name]));
    expect(withoutId.sort()).toEqual([
      'digests.tick',
      'meetings.schedule-reminders',
      'meetings.withdraw-reminders',
      'platform.purge-outbox',
      'privacy.erasure-due',
      'privacy.purge-exports',
    ]);
    expect(jobIdOf('platform.purge-outbox', { olderThanDays: 7 })).toBeUndefined();
  });
});
