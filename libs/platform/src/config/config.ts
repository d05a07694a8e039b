import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** An OpenID Connect issuer the platform federates with (OIDC_PROVIDERS). */
export interface OidcProviderConfig {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes?: string[];
  entitlementsClaim?: string;
  memberEntitlements?: string[];
  officeEntitlements?: string[];
}

export type CommunityAdmission = 'open' | 'approval' | 'entitlement';

/** The whole configuration, read once from the environment and validated at start. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  production: boolean;
  port: number;
  /** Base of links to the API's own routes (feeds, newsletter links, attachments, OIDC). */
  publicUrl: string;
  /** Base of links to the web app's pages (mails, digests, feeds); PUBLIC_URL unless set. */
  webUrl: string;
  /** The built web app (index.html and assets/) the API serves at /. */
  webDistDir: string;
  /** Null: the embedded PostgreSQL (PGlite) under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  redisUrl: string;
  /** Prefix of every BullMQ key, so several deployments or test files share one Redis. */
  queuePrefix: string;
  /** Null: messages are written as .eml files under dataDir/mail. */
  smtpUrl: string | null;
  mailFrom: string;
  storageUrl: string;
  /** Null: the development identity provider. */
  oidcProviders: OidcProviderConfig[] | null;
  /** OIDC_ALLOW_HTTP_ISSUERS: plain-http issuers even in production (compose's local Keycloak). */
  oidcAllowHttpIssuers: boolean;
  communityAdmission: CommunityAdmission;
  bootstrapOfficeEmails: string[];
  sessionSecret: string;
  logLevel: string;
  /** Limits of a GraphQL request. */
  graphql: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxTokens: number;
    bodyLimit: string;
    concurrency: number;
    queueLimit: number;
  };
  /** Minutes before each meeting occurrence its reminder is mailed. */
  meetingReminderMinutes: number;
  /** Optional bearer token protecting GET /metrics. */
  metricsToken: string | null;
  /** When and for what the digests are made. */
  digests: DigestScheduleConfig;
  /** Newsletter fan-out: messages per second (null: unlimited) and batch jobs run at once per worker. */
  newsletter: { ratePerSecond: number | null; concurrency: number };
  /** First wait before a failed job is retried; it doubles at each attempt. */
  jobRetryBaseMs: number;
  /** Bull Board at /admin/queues, for the office only in every environment; QUEUE_BOARD=false removes it. */
  queueBoard: boolean;
}

/** The digests' schedule: each member's digest goes out at localTime in their own zone. */
export interface DigestScheduleConfig {
  /** DIGEST_LOCAL_TIME, HH:MM (24 h). */
  localTime: { hour: number; minute: number };
  /** DIGEST_WEEKDAY: 1 (Monday) to 7 (Sunday), ISO numbering as luxon's `weekday`. */
  weekday: number;
  /** DIGEST_DEFAULT_TIME_ZONE: the zone of members who set none, and of runDigest's periods. */
  defaultTimeZone: string;
  /** DIGEST_SURVEY_CLOSING_DAYS: a survey closing within this many days is "closing soon". */
  surveyClosingDays: number;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const str = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };

  const nodeEnv = str('NODE_ENV') ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV: must be development, production or test (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';

  let port = 3000;
  const portRaw = str('PORT');
  if (portRaw !== undefined) {
    port = Number(portRaw);
    if (!/^\d+$/.test(portRaw) || port < 0 || port > 65535) {
      problems.push(`PORT: must be an integer between 0 and 65535 (got "${portRaw}")`);
      port = 3000;
    }
  }

  const url = (name: string, protocols: string[], fallback?: string): string | undefined => {
    const v = str(name) ?? fallback;
    if (v === undefined) return undefined;
    try {
      const u = new URL(v);
      if (!protocols.includes(u.protocol)) {
        problems.push(`${name}: must use ${protocols.join(' or ')} (got "${u.protocol}")`);
      }
    } catch {
      problems.push(`${name}: not a valid URL (got "${v}")`);
    }
    return v;
  };

  const publicUrl = (url('PUBLIC_URL', ['http:', 'https:'], `http://localhost:${port}`) ?? '').replace(
    /\/+$/,
    '',
  );
  const webUrl = (url('WEB_URL', ['http:', 'https:']) ?? publicUrl).replace(/\/+$/, '');
  const webDistDir = resolve(str('WEB_DIST_DIR') ?? join(process.cwd(), 'dist', 'apps', 'web'));
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']) ?? null;
  const dataDir = resolve(str('DATA_DIR') ?? './.data');
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379')!;
  const smtpUrl = url('SMTP_URL', ['smtp:', 'smtps:']) ?? null;
  const storageUrl = url('STORAGE_URL', ['file:', 's3:'], `file://${join(dataDir, 'files')}`)!;
  const mailFrom = str('MAIL_FROM') ?? 'CoP platform <no-reply@localhost>';
  if (!/<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/.test(mailFrom)) {
    problems.push(`MAIL_FROM: must be an address or "Name <address>" (got "${mailFrom}")`);
  }

  let oidcProviders: OidcProviderConfig[] | null = null;
  const oidcRaw = str('OIDC_PROVIDERS');
  if (oidcRaw !== undefined) {
    oidcProviders = parseOidcProviders(oidcRaw, problems);
  }

  const allowHttpRaw = str('OIDC_ALLOW_HTTP_ISSUERS') ?? 'false';
  if (!['true', 'false'].includes(allowHttpRaw)) {
    problems.push(`OIDC_ALLOW_HTTP_ISSUERS: must be true or false (got "${allowHttpRaw}")`);
  }

  const admission = (str('COMMUNITY_ADMISSION') ?? 'open') as CommunityAdmission;
  if (!['open', 'approval', 'entitlement'].includes(admission)) {
    problems.push(`COMMUNITY_ADMISSION: must be open, approval or entitlement (got "${admission}")`);
  }
  if (
    admission === 'entitlement' &&
    oidcProviders &&
    !oidcProviders.some((p) => p.memberEntitlements?.length)
  ) {
    problems.push(
      'COMMUNITY_ADMISSION: "entitlement" needs memberEntitlements on at least one OIDC provider',
    );
  }

  const bootstrapOfficeEmails = (str('BOOTSTRAP_OFFICE_EMAILS') ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  for (const e of bootstrapOfficeEmails) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e))
      problems.push(`BOOTSTRAP_OFFICE_EMAILS: "${e}" is not an e-mail address`);
  }

  let sessionSecret = str('SESSION_SECRET');
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET: must be at least 32 characters');
  }
  if (production) {
    if (!sessionSecret) problems.push('SESSION_SECRET: required when NODE_ENV=production');
    if (!databaseUrl) problems.push('DATABASE_URL: required when NODE_ENV=production');
    if (!str('PUBLIC_URL')) problems.push('PUBLIC_URL: required when NODE_ENV=production');
  }

  const int = (name: string, fallback: number, min: number): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) {
      problems.push(`${name}: must be an integer >= ${min} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const graphql = {
    maxDepth: int('GRAPHQL_MAX_DEPTH', 10, 1),
    maxAliases: int('GRAPHQL_MAX_ALIASES', 30, 0),
    maxCost: int('GRAPHQL_MAX_COST', 20000, 1),
    maxTokens: int('GRAPHQL_MAX_TOKENS', 3000, 10),
    bodyLimit: str('GRAPHQL_BODY_LIMIT') ?? '2mb',
    /** GraphQL requests and calendar feeds running at once; more wait in arrival order. */
    concurrency: int('GRAPHQL_CONCURRENCY', 8, 1),
    /** Requests waiting beyond which the API answers 503 (busy). */
    queueLimit: int('GRAPHQL_QUEUE_LIMIT', 1000, 0),
  };

  const meetingReminderMinutes = int('MEETING_REMINDER_MINUTES', 60, 1);
  if (meetingReminderMinutes > 7 * 24 * 60) problems.push('MEETING_REMINDER_MINUTES: at most 10080 (a week)');

  const digests = digestSchedule(str, int, problems);
  let ratePerSecond: number | null = null;
  const rateRaw = str('NEWSLETTER_RATE_PER_SECOND');
  if (rateRaw !== undefined && rateRaw !== 'unlimited') {
    ratePerSecond = Number(rateRaw);
    if (!/^\d+(\.\d+)?$/.test(rateRaw) || !(ratePerSecond > 0) || ratePerSecond > 100000) {
      problems.push(
        `NEWSLETTER_RATE_PER_SECOND: must be a number of messages per second above 0 and at most 100000, or "unlimited" (got "${rateRaw}")`,
      );
      ratePerSecond = null;
    }
  }
  const newsletterConcurrency = int('NEWSLETTER_CONCURRENCY', 4, 1);
  if (newsletterConcurrency > 64) problems.push('NEWSLETTER_CONCURRENCY: at most 64');
  const jobRetryBaseMs = int('JOB_RETRY_BASE_MS', 2000, 10);
  if (jobRetryBaseMs > 3600000) problems.push('JOB_RETRY_BASE_MS: at most 3600000 (an hour)');

  const boardRaw = str('QUEUE_BOARD') ?? 'true';
  if (!['true', 'false'].includes(boardRaw)) {
    problems.push(`QUEUE_BOARD: must be true or false (got "${boardRaw}")`);
  }

  const queuePrefix = str('QUEUE_PREFIX') ?? 'cop';
  if (!/^[A-Za-z0-9_.-]+$/.test(queuePrefix)) problems.push('QUEUE_PREFIX: letters, digits, _ . - only');

  if (problems.length > 0) throw new ConfigError(problems);

  if (!sessionSecret) sessionSecret = developmentSessionSecret(dataDir);

  return {
    env: nodeEnv as AppConfig['env'],
    production,
    port,
    publicUrl,
    webUrl,
    webDistDir,
    databaseUrl,
    dataDir,
    redisUrl,
    queuePrefix,
    smtpUrl,
    mailFrom,
    storageUrl,
    oidcProviders,
    oidcAllowHttpIssuers: allowHttpRaw === 'true',
    communityAdmission: admission,
    bootstrapOfficeEmails,
    sessionSecret,
    logLevel: str('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    graphql,
    meetingReminderMinutes,
    metricsToken: str('METRICS_TOKEN') ?? null,
    digests,
    newsletter: { ratePerSecond, concurrency: newsletterConcurrency },
    jobRetryBaseMs,
    queueBoard: boardRaw === 'true',
  };
}

function digestSchedule(
  str: (name: string) => string | undefined,
  int: (name: string, fallback: number, min: number) => number,
  problems: string[],
): DigestScheduleConfig {
  const timeRaw = str('DIGEST_LOCAL_TIME') ?? '07:00';
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(timeRaw);
  if (!time) problems.push(`DIGEST_LOCAL_TIME: must be HH:MM, 00:00 to 23:59 (got "${timeRaw}")`);
  const dayRaw = (str('DIGEST_WEEKDAY') ?? 'monday').toLowerCase();
  const weekday = WEEKDAYS.indexOf(dayRaw) + 1;
  if (weekday === 0) problems.push(`DIGEST_WEEKDAY: must be one of ${WEEKDAYS.join(', ')} (got "${dayRaw}")`);
  const zone = str('DIGEST_DEFAULT_TIME_ZONE') ?? 'UTC';
  if (!isIanaZone(zone)) problems.push(`DIGEST_DEFAULT_TIME_ZONE: not an IANA time zone (got "${zone}")`);
  const surveyClosingDays = int('DIGEST_SURVEY_CLOSING_DAYS', 3, 1);
  if (surveyClosingDays > 60) problems.push('DIGEST_SURVEY_CLOSING_DAYS: at most 60');
  return {
    localTime: time ? { hour: Number(time[1]), minute: Number(time[2]) } : { hour: 7, minute: 0 },
    weekday: weekday || 1,
    defaultTimeZone: zone,
    surveyClosingDays,
  };
}

/** An IANA zone name the runtime knows (Intl refuses the others); fixed offsets are not zones. */
function isIanaZone(zone: string): boolean {
  if (!/^[A-Za-z]+(?:[/_+-][A-Za-z0-9]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parseOidcProviders(raw: string, problems: string[]): OidcProviderConfig[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    problems.push('OIDC_PROVIDERS: not valid JSON');
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    problems.push('OIDC_PROVIDERS: must be a non-empty JSON array of provider objects');
    return null;
  }
  const ids = new Set<string>();
  parsed.forEach((p: Record<string, unknown>, i) => {
    const at = `OIDC_PROVIDERS[${i}]`;
    for (const key of ['id', 'name', 'issuer', 'clientId', 'clientSecret']) {
      if (typeof p?.[key] !== 'string' || (p[key] as string).trim() === '')
        problems.push(`${at}.${key}: required string`);
    }
    if (typeof p?.id === 'string') {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(p.id))
        problems.push(`${at}.id: lower-case letters, digits and - only`);
      if (ids.has(p.id)) problems.push(`${at}.id: duplicate "${p.id}"`);
      ids.add(p.id);
    }
    if (typeof p?.issuer === 'string') {
      try {
        new URL(p.issuer);
      } catch {
        problems.push(`${at}.issuer: not a URL`);
      }
    }
    for (const key of ['scopes', 'memberEntitlements', 'officeEntitlements']) {
      if (
        p?.[key] !== undefined &&
        (!Array.isArray(p[key]) || (p[key] as unknown[]).some((s) => typeof s !== 'string'))
      ) {
        problems.push(`${at}.${key}: must be an array of strings`);
      }
    }
  });
  return parsed as OidcProviderConfig[];
}

/** Development only: a random secret generated once and kept in DATA_DIR. */
function developmentSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
