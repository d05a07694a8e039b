import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { readConfigVariable } from './config-variables';

const dataDir = () => mkdtempSync(join(tmpdir(), 'cop-config-'));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: dataDir(), ...env });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs on its embedded defaults with an empty environment', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: null,
      redisUrl: 'redis://127.0.0.1:6379',
      smtpUrl: null,
      storageUrl: `file://${join(dir, 'files')}`,
      oidcProviders: null,
      communityAdmission: 'open',
    });
    // The development secret is generated once and kept.
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('names every bad variable, one line each', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      REDIS_URL: 'not a url',
      COMMUNITY_ADMISSION: 'maybe',
      OIDC_PROVIDERS: '{',
      BOOTSTRAP_OFFICE_EMAILS: 'office@example.org, nope',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^PORT: /),
      expect.stringMatching(/^DATABASE_URL: must use postgres:/),
      expect.stringMatching(/^REDIS_URL: not a valid URL/),
      expect.stringMatching(/^OIDC_PROVIDERS: not valid JSON/),
      expect.stringMatching(/^COMMUNITY_ADMISSION: /),
      expect.stringMatching(/^BOOTSTRAP_OFFICE_EMAILS: "nope"/),
    ]);
  });

  it('requires the production variables in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'SESSION_SECRET: required when NODE_ENV=production',
      'DATABASE_URL: required when NODE_ENV=production',
      'PUBLIC_URL: required when NODE_ENV=production',
      'REDIS_URL: required when NODE_ENV=production',
    ]);
  });

  describe('QUEUE_DRIVER', () => {
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(40),
      DATABASE_URL: 'postgres://db/cop',
      PUBLIC_URL: 'https://cop.example.org',
      REDIS_URL: 'redis://redis:6379',
    };

    it('is auto by default, and notes whether REDIS_URL was set', () => {
      expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({ queueDriver: 'auto', redisUrlSet: false });
      expect(loadConfig({ DATA_DIR: dataDir(), REDIS_URL: 'redis://r:6379' })).toMatchObject({
        queueDriver: 'auto',
        redisUrlSet: true,
      });
      expect(loadConfig({ DATA_DIR: dataDir(), QUEUE_DRIVER: 'in-process' }).queueDriver).toBe('in-process');
    });

    it('refuses an unknown driver', () => {
      expect(problemsOf({ QUEUE_DRIVER: 'redis' })).toEqual([
        'QUEUE_DRIVER: must be auto, bullmq or in-process (got "redis")',
      ]);
    });

    it('refuses the in-process driver in production, in one line', () => {
      expect(problemsOf({ ...production, QUEUE_DRIVER: 'in-process' })).toEqual([
        'QUEUE_DRIVER: in-process is for development and tests; production runs BullMQ on REDIS_URL',
      ]);
      expect(problemsOf({ ...production, QUEUE_DRIVER: 'bullmq' })).toEqual([]);
      expect(problemsOf(production)).toEqual([]);
    });

    it('refuses production without REDIS_URL, in one line', () => {
      const { REDIS_URL: _unset, ...withoutRedis } = production;
      expect(problemsOf(withoutRedis)).toEqual(['REDIS_URL: required when NODE_ENV=production']);
    });
  });

  it('checks each OIDC provider and names the index and key', () => {
    const problems = problemsOf({
      OIDC_PROVIDERS: JSON.stringify([
        {
          id: 'egi',
          name: 'EGI Check-in',
          issuer: 'https://aai.egi.eu/auth/realms/egi',
          clientId: 'a',
          clientSecret: 'b',
        },
        { id: 'egi', name: 'Again', issuer: 'nope', clientId: 'a', memberEntitlements: 'x' },
      ]),
    });
    expect(problems).toEqual([
      'OIDC_PROVIDERS[1].issuer: not a URL',
      'OIDC_PROVIDERS[1].clientSecret: required string',
      'OIDC_PROVIDERS[1].memberEntitlements: must be an array of strings',
      'OIDC_PROVIDERS: duplicate id "egi"',
    ]);
  });
});

describe('WEB_URL and WEB_DIST_DIR', () => {
  it('link pages on PUBLIC_URL and serve the build from dist/apps/web unless set', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://api.example.org/' });
    expect(config.webUrl).toBe('https://api.example.org');
    expect(config.webDistDir).toBe(join(process.cwd(), 'dist', 'apps', 'web'));
    const set = loadConfig({
      DATA_DIR: dataDir(),
      PUBLIC_URL: 'https://api.example.org',
      WEB_URL: 'https://cop.example.org/app/',
      WEB_DIST_DIR: '/srv/web',
    });
    expect(set.publicUrl).toBe('https://api.example.org');
    expect(set.webUrl).toBe('https://cop.example.org/app');
    expect(set.webDistDir).toBe('/srv/web');
  });

  it('checks WEB_URL like PUBLIC_URL, one line each', () => {
    expect(problemsOf({ WEB_URL: 'cop.example.org', PUBLIC_URL: 'ftp://x' })).toEqual([
      'PUBLIC_URL: must use http: or https: (got "ftp:")',
      'WEB_URL: not a valid URL (got "cop.example.org")',
    ]);
    expect(problemsOf({ WEB_URL: 'javascript:alert(1)' })).toEqual([
      'WEB_URL: must use http: or https: (got "javascript:")',
    ]);
  });
});

describe('MEETING_REMINDER_MINUTES', () => {
  it('defaults to an hour and refuses more than a week', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).meetingReminderMinutes).toBe(60);
    expect(loadConfig({ DATA_DIR: dataDir(), MEETING_REMINDER_MINUTES: '15' }).meetingReminderMinutes).toBe(
      15,
    );
    expect(problemsOf({ MEETING_REMINDER_MINUTES: '20000' })).toEqual([
      'MEETING_REMINDER_MINUTES: at most 10080 (a week)',
    ]);
    expect(problemsOf({ MEETING_REMINDER_MINUTES: 'soon' })).toEqual([
      'MEETING_REMINDER_MINUTES: must be an integer >= 1 (got "soon")',
    ]);
  });

  it('reads the newsletter rate, its concurrency and the retry base, one line per bad value', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      NEWSLETTER_RATE_PER_SECOND: '12.5',
      NEWSLETTER_CONCURRENCY: '8',
      JOB_RETRY_BASE_MS: '100',
    });
    expect(config.newsletter).toEqual({ ratePerSecond: 12.5, concurrency: 8 });
    expect(config.jobRetryBaseMs).toBe(100);
    expect(loadConfig({ DATA_DIR: dataDir() }).newsletter).toEqual({ ratePerSecond: null, concurrency: 4 });
    expect(
      loadConfig({ DATA_DIR: dataDir(), NEWSLETTER_RATE_PER_SECOND: 'unlimited' }).newsletter.ratePerSecond,
    ).toBeNull();
    expect(
      problemsOf({
        NEWSLETTER_RATE_PER_SECOND: '-3',
        NEWSLETTER_CONCURRENCY: '0',
        JOB_RETRY_BASE_MS: 'soon',
        QUEUE_BOARD: 'yes',
      }),
    ).toEqual([
      expect.stringMatching(/^NEWSLETTER_RATE_PER_SECOND: must be a number of messages per second/),
      'NEWSLETTER_CONCURRENCY: must be an integer >= 1 (got "0")',
      'JOB_RETRY_BASE_MS: must be an integer >= 10 (got "soon")',
      'QUEUE_BOARD: must be true or false (got "yes")',
    ]);
    expect(problemsOf({ NEWSLETTER_RATE_PER_SECOND: '0' })).toHaveLength(1);
    expect(problemsOf({ NEWSLETTER_CONCURRENCY: '65' })).toEqual(['NEWSLETTER_CONCURRENCY: at most 64']);
  });
});

describe('the limits each domain reads', () => {
  it('are checked at start with the rest, and read by their domain through the same schema', () => {
    expect(problemsOf({ ATTACHMENT_MAX_BYTES: '50MB', USE_CASE_PART_MAX_CHARS: '0' })).toEqual([
      'ATTACHMENT_MAX_BYTES: must be an integer >= 1 (got "50MB")',
      'USE_CASE_PART_MAX_CHARS: must be an integer >= 1 (got "0")',
    ]);
    expect(readConfigVariable('ATTACHMENT_MAX_BYTES', {})).toBe(50 * 1024 * 1024);
    expect(readConfigVariable('DOCUMENT_BODY_MAX_BYTES', { DOCUMENT_BODY_MAX_BYTES: ' 2048 ' })).toBe(2048);
    expect(() => readConfigVariable('USE_CASE_PART_MAX_CHARS', { USE_CASE_PART_MAX_CHARS: 'x' })).toThrow(
      'USE_CASE_PART_MAX_CHARS: must be an integer >= 1 (got "x")',
    );
  });

  it('reads the digest schedule and refuses a bad time, day or zone, one line each', () => {
    expect(
      loadConfig({
        DATA_DIR: dataDir(),
        DIGEST_LOCAL_TIME: '18:30',
        DIGEST_WEEKDAY: 'Friday',
        DIGEST_DEFAULT_TIME_ZONE: 'Europe/Rome',
      }).digests,
    ).toEqual({
      localTime: { hour: 18, minute: 30 },
      weekday: 5,
      defaultTimeZone: 'Europe/Rome',
      surveyClosingDays: 3,
    });
    expect(
      problemsOf({
        DIGEST_LOCAL_TIME: '24:00',
        DIGEST_WEEKDAY: 'someday',
        DIGEST_DEFAULT_TIME_ZONE: '+02:00',
      }),
    ).toEqual([
      'DIGEST_LOCAL_TIME: must be HH:MM, 00:00 to 23:59 (got "24:00")',
      expect.stringMatching(/^DIGEST_WEEKDAY: must be one of monday, .* \(got "someday"\)$/),
      'DIGEST_DEFAULT_TIME_ZONE: not an IANA time zone (got "+02:00")',
    ]);
  });
});
