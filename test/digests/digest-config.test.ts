import { ConfigError, loadConfig } from '@cop/platform';

/** The digest schedule's variables: parsed when good, refused with one line each naming the variable. */
describe('digest configuration', () => {
  const base = { NODE_ENV: 'test', DATA_DIR: '/tmp/cop-digest-config', SESSION_SECRET: 'x'.repeat(40) };
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig({ ...base, ...env });
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('defaults to 07:00 on Mondays, UTC for members without a zone, surveys closing within 3 days', () => {
    expect(loadConfig(base).digests).toEqual({
      localTime: { hour: 7, minute: 0 },
      weekday: 1,
      defaultTimeZone: 'UTC',
      surveyClosingDays: 3,
    });
  });

  it('reads good values', () => {
    const config = loadConfig({
      ...base,
      DIGEST_LOCAL_TIME: '18:45',
      DIGEST_WEEKDAY: 'Friday',
      DIGEST_DEFAULT_TIME_ZONE: 'America/Argentina/Buenos_Aires',
      DIGEST_SURVEY_CLOSING_DAYS: '5',
    });
    expect(config.digests).toEqual({
      localTime: { hour: 18, minute: 45 },
      weekday: 5,
      defaultTimeZone: 'America/Argentina/Buenos_Aires',
      surveyClosingDays: 5,
    });
  });

  it.each([
    ['DIGEST_LOCAL_TIME', '7am'],
    ['DIGEST_LOCAL_TIME', '24:00'],
    ['DIGEST_LOCAL_TIME', '7:00'],
    ['DIGEST_LOCAL_TIME', '07:60'],
    ['DIGEST_WEEKDAY', 'funday'],
    ['DIGEST_WEEKDAY', '1'],
    ['DIGEST_DEFAULT_TIME_ZONE', 'Mars/Olympus_Mons'],
    ['DIGEST_DEFAULT_TIME_ZONE', '+02:00'],
    ['DIGEST_DEFAULT_TIME_ZONE', 'Europe/Rome; DROP'],
    ['DIGEST_SURVEY_CLOSING_DAYS', '0'],
    ['DIGEST_SURVEY_CLOSING_DAYS', 'three'],
    ['DIGEST_SURVEY_CLOSING_DAYS', '61'],
  ])('refuses %s=%s with one line naming it', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: `));
    expect(problems[0]).not.toContain('\n');
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ DIGEST_LOCAL_TIME: 'noon', DIGEST_WEEKDAY: 'someday' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['DIGEST_LOCAL_TIME', 'DIGEST_WEEKDAY']);
  });
});
