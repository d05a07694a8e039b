import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bullmqPrefix, parseRedisUrl } from '../queue/redis-cluster';
import { CONFIG_VARIABLES, configSchema, type ConfigValues } from './config-variables';

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
  /** REDIS_URL was set (not the default): QUEUE_DRIVER=auto then chooses BullMQ without probing. */
  redisUrlSet: boolean;
  /**
   * QUEUE_DRIVER as configured; `auto` is settled once per process by resolveQueueDriver (BullMQ
   * when REDIS_URL is set or a Redis answers on 127.0.0.1:6379, else in-process).
   */
  queueDriver: 'auto' | 'bullmq' | 'in-process';
  /**
   * Prefix of every BullMQ key, so several deployments or test files share one Redis; a hash tag,
   * `{QUEUE_PREFIX}`, on a Redis Cluster.
   */
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
    /** GRAPHQL_RESPONSE_CACHE(_MB): the anonymous response cache (apps/api response-cache) and its size bound. */
    responseCache: { enabled: boolean; maxBytes: number };
    /** GRAPHQL_TRUSTED_DOCUMENTS: whether production holds a session cookie to the persisted operations. */
    trustedDocuments: 'cookie' | 'off';
    /** GRAPHQL_EXECUTOR: graphql-jit for the queries that come back (apps/api compiled-execution), or graphql-js only. */
    executor: 'graphql-js' | 'jit';
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
  /**
   * DEV_CLOCK in development (false in any other environment): one Clock per process (the quick
   * start's API and worker share it) and the API's /dev/clock and /dev/jobs/:name routes.
   */
  devClock: boolean;
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

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** `OIDC_PROVIDERS[1].issuer`: the variable, then the index and key inside its JSON. */
function problemName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/** The rules between variables, checked once each variable is valid on its own. */
function crossProblems(env: Env, values: ConfigValues): string[] {
  const problems: string[] = [];
  if (
    values.COMMUNITY_ADMISSION === 'entitlement' &&
    values.OIDC_PROVIDERS &&
    !values.OIDC_PROVIDERS.some((p) => p.memberEntitlements?.length)
  ) {
    problems.push(
      'COMMUNITY_ADMISSION: "entitlement" needs memberEntitlements on at least one OIDC provider',
    );
  }
  if (values.NODE_ENV === 'production' && values.DEV_CLOCK)
    problems.push('DEV_CLOCK: a movable clock is for development only, never with NODE_ENV=production');
  if (values.NODE_ENV === 'production') {
    for (const name of ['SESSION_SECRET', 'DATABASE_URL', 'PUBLIC_URL', 'REDIS_URL'] as const)
      if (env[name] === undefined) problems.push(`${name}: required when NODE_ENV=production`);
    if (values.QUEUE_DRIVER === 'in-process')
      problems.push(
        'QUEUE_DRIVER: in-process is for development and tests; production runs BullMQ on REDIS_URL',
      );
  }
  return problems;
}

/**
 * Reads and validates the environment with the schema of every variable (config-variables.ts);
 * throws ConfigError naming every bad variable, one line each.
 */
export function loadConfig(rawEnv: Env = process.env): AppConfig {
  // A blank value is an unset one.
  const env: Env = {};
  for (const name of Object.keys(CONFIG_VARIABLES)) {
    const value = rawEnv[name]?.trim();
    if (value) env[name] = value;
  }
  const parsed = configSchema.safeParse(env);
  const problems = parsed.success
    ? crossProblems(env, parsed.data)
    : parsed.error.issues.map((issue) => `${problemName(issue.path)}: ${issue.message}`);
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const v = parsed.data;

  const dataDir = resolve(v.DATA_DIR);
  const publicUrl = (v.PUBLIC_URL ?? `http://localhost:${v.PORT}`).replace(/\/+$/, '');
  return {
    env: v.NODE_ENV,
    production: v.NODE_ENV === 'production',
    port: v.PORT,
    publicUrl,
    webUrl: (v.WEB_URL ?? publicUrl).replace(/\/+$/, ''),
    webDistDir: resolve(v.WEB_DIST_DIR ?? join(process.cwd(), 'dist', 'apps', 'web')),
    databaseUrl: v.DATABASE_URL ?? null,
    dataDir,
    redisUrl: v.REDIS_URL,
    redisUrlSet: env.REDIS_URL !== undefined,
    queueDriver: v.QUEUE_DRIVER,
    queuePrefix: bullmqPrefix(v.QUEUE_PREFIX, parseRedisUrl(v.REDIS_URL, v.REDIS_CLUSTER).kind === 'cluster'),
    smtpUrl: v.SMTP_URL ?? null,
    mailFrom: v.MAIL_FROM,
    storageUrl: v.STORAGE_URL ?? `file://${join(dataDir, 'files')}`,
    oidcProviders: v.OIDC_PROVIDERS ?? null,
    oidcAllowHttpIssuers: v.OIDC_ALLOW_HTTP_ISSUERS,
    communityAdmission: v.COMMUNITY_ADMISSION,
    bootstrapOfficeEmails: v.BOOTSTRAP_OFFICE_EMAILS,
    sessionSecret: v.SESSION_SECRET ?? developmentSessionSecret(dataDir),
    logLevel: v.LOG_LEVEL ?? (v.NODE_ENV === 'test' ? 'warn' : 'info'),
    graphql: {
      maxDepth: v.GRAPHQL_MAX_DEPTH,
      maxAliases: v.GRAPHQL_MAX_ALIASES,
      maxCost: v.GRAPHQL_MAX_COST,
      maxTokens: v.GRAPHQL_MAX_TOKENS,
      bodyLimit: v.GRAPHQL_BODY_LIMIT,
      concurrency: v.GRAPHQL_CONCURRENCY,
      queueLimit: v.GRAPHQL_QUEUE_LIMIT,
      responseCache: {
        enabled: v.GRAPHQL_RESPONSE_CACHE === 'on',
        maxBytes: v.GRAPHQL_RESPONSE_CACHE_MB * 1024 * 1024,
      },
      trustedDocuments: v.GRAPHQL_TRUSTED_DOCUMENTS,
      executor: v.GRAPHQL_EXECUTOR,
    },
    meetingReminderMinutes: v.MEETING_REMINDER_MINUTES,
    metricsToken: v.METRICS_TOKEN ?? null,
    digests: {
      localTime: v.DIGEST_LOCAL_TIME,
      weekday: v.DIGEST_WEEKDAY,
      defaultTimeZone: v.DIGEST_DEFAULT_TIME_ZONE,
      surveyClosingDays: v.DIGEST_SURVEY_CLOSING_DAYS,
    },
    newsletter: { ratePerSecond: v.NEWSLETTER_RATE_PER_SECOND, concurrency: v.NEWSLETTER_CONCURRENCY },
    jobRetryBaseMs: v.JOB_RETRY_BASE_MS,
    queueBoard: v.QUEUE_BOARD,
    devClock: v.DEV_CLOCK && v.NODE_ENV === 'development',
  };
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
