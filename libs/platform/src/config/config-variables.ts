import { z } from 'zod';
import { parseRedisUrl } from '../queue/redis-cluster';

/**
 * Every environment variable the platform reads at start: its zod schema (what a value must be,
 * and what it becomes), its default in words and its meaning. `loadConfig` parses the environment
 * with these; the README's table is written from them (`npm run docs:config`).
 */
export interface ConfigVariable {
  schema: z.ZodType;
  /** The default in words, as the README shows it. */
  default: string;
  meaning: string;
}

const MB = 1024 * 1024;

const got = (input: unknown) => `(got "${String(input)}")`;

function parsesAsUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** A URL with one of the protocols; unset stays undefined (the default depends on others). */
const url = (...protocols: string[]) =>
  z
    .string()
    .refine(parsesAsUrl, { error: (iss) => `not a valid URL ${got(iss.input)}`, abort: true })
    .refine((v) => protocols.includes(new URL(v).protocol), {
      error: (iss) => `must use ${protocols.join(' or ')} ${got(new URL(String(iss.input)).protocol)}`,
    })
    .optional();

/** A whole number from `min`; `max` with the words that explain it. */
const integer = (min: number, fallback: number, max?: number, maxWords?: string) => {
  const n = z
    .string()
    .refine((v) => /^-?\d+$/.test(v) && Number(v) >= min, {
      error: (iss) => `must be an integer >= ${min} ${got(iss.input)}`,
    })
    .transform(Number);
  const bounded =
    max === undefined
      ? n
      : n.pipe(z.number().max(max, { error: `at most ${max}${maxWords ? ` (${maxWords})` : ''}` }));
  return bounded.default(fallback);
};

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z
    .enum(values, {
      error: (iss) => `must be ${values.slice(0, -1).join(', ')} or ${values.at(-1)} ${got(iss.input)}`,
    })
    .default(fallback as never);

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'], { error: (iss) => `must be true or false ${got(iss.input)}` })
    .default(fallback)
    .transform((v) => v === 'true');

const requiredString = z.string({ error: 'required string' }).trim().min(1, { error: 'required string' });
const strings = z.array(z.string(), { error: 'must be an array of strings' }).optional();

const oidcProvider = z.object({
  id: requiredString.pipe(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'lower-case letters, digits and - only' }),
  ),
  name: requiredString,
  issuer: requiredString.pipe(z.string().refine(parsesAsUrl, { error: 'not a URL' })),
  clientId: requiredString,
  clientSecret: requiredString,
  scopes: strings,
  entitlementsClaim: z.string().optional(),
  memberEntitlements: strings,
  officeEntitlements: strings,
});

function duplicateIds(providers: unknown[]): string[] {
  const ids = providers.map((p) => (p as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string');
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

const oidcProviders = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(oidcProvider, { error: 'must be a non-empty JSON array of provider objects' })
      .min(1, { error: 'must be a non-empty JSON array of provider objects' })
      // Checked even when a provider has other problems, so every problem is named at once.
      .refine((providers) => duplicateIds(providers).length === 0, {
        when: () => true,
        error: (iss) =>
          `duplicate id ${duplicateIds(iss.input as unknown[])
            .map((id) => `"${id}"`)
            .join(', ')}`,
      }),
  )
  .optional();

const emailList = z
  .string()
  .default('')
  .transform((raw) =>
    raw
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
  )
  .superRefine((emails, ctx) => {
    for (const email of emails)
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
        ctx.addIssue({ code: 'custom', input: email, message: `"${email}" is not an e-mail address` });
  });

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** An IANA zone name the runtime knows (Intl refuses the others); fixed offsets are not zones. */
export function isIanaZone(zone: string): boolean {
  if (!/^[A-Za-z]+(?:[/_+-][A-Za-z0-9]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const MAIL_ADDRESS = /<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/;

/** In the order problems are reported and the README lists them. */
export const CONFIG_VARIABLES = {
  NODE_ENV: {
    schema: oneOf(['development', 'production', 'test'], 'development'),
    default: '`development`',
    meaning:
      '`production` turns off the development identity provider, introspection and the sandbox; requires `SESSION_SECRET`, `DATABASE_URL`, `PUBLIC_URL` and `REDIS_URL`',
  },
  PORT: {
    schema: z
      .string()
      .refine((v) => /^\d+$/.test(v) && Number(v) <= 65535, {
        error: (iss) => `must be an integer between 0 and 65535 ${got(iss.input)}`,
      })
      .transform(Number)
      .default(3000),
    default: '`3000`',
    meaning: 'HTTP port of the API',
  },
  PUBLIC_URL: {
    schema: url('http:', 'https:'),
    default: '`http://localhost:$PORT`',
    meaning:
      "base of links to the API's own routes (calendar feed files, newsletter and digest unsubscribe links, attachments, OIDC redirect)",
  },
  WEB_URL: {
    schema: url('http:', 'https:'),
    default: '`PUBLIC_URL`',
    meaning:
      "base of links to the web app's pages in e-mails, digests and calendar feeds (a meeting, a working group, the e-mail settings); set it when the app is served from another origin",
  },
  WEB_DIST_DIR: {
    schema: z.string().optional(),
    default: '`./dist/apps/web` (from the working directory)',
    meaning:
      'the built web app (`index.html`, `assets/`) that the API serves at `/`, written there by `npm run build`; without it, pages answer 503 saying so',
  },
  DATABASE_URL: {
    schema: url('postgres:', 'postgresql:'),
    default: 'unset: embedded PostgreSQL (PGlite) in `DATA_DIR`',
    meaning: '`postgres://user:pass@host:5432/db`',
  },
  DATA_DIR: {
    schema: z.string().default('./.data'),
    default: '`./.data`',
    meaning: 'embedded database, uploaded files, `.eml` mails, the development session secret',
  },
  REDIS_URL: {
    schema: z
      .string()
      .superRefine((v, ctx) => {
        try {
          parseRedisUrl(v);
        } catch (e) {
          ctx.addIssue({ code: 'custom', message: `${(e as Error).message} ${got(v)}` });
        }
      })
      .optional()
      .transform((v) => v ?? 'redis://127.0.0.1:6379'),
    default: '`redis://127.0.0.1:6379`',
    meaning: "BullMQ's Redis; required in production (with `QUEUE_DRIVER=auto`, setting it chooses BullMQ)",
  },
  QUEUE_DRIVER: {
    schema: oneOf(['auto', 'bullmq', 'in-process'], 'auto'),
    default: '`auto`',
    meaning:
      '`bullmq` (Redis), `in-process` (jobs kept in PostgreSQL and run by the worker or `npm start`; refused in production) or `auto`: BullMQ when `REDIS_URL` is set or a Redis answers on 127.0.0.1:6379, else in-process',
  },
  QUEUE_PREFIX: {
    schema: z
      .string()
      .regex(/^([A-Za-z0-9_.-]+|\{[A-Za-z0-9_.-]+\})$/, {
        error: 'letters, digits, _ . - only (or those inside {} as a hash tag)',
      })
      .default('cop'),
    default: '`cop`',
    meaning:
      'prefix of every BullMQ key (several deployments on one Redis); on a Redis Cluster it is used as a hash tag, `{cop}`',
  },
  REDIS_CLUSTER: {
    schema: flag('false'),
    default: '`false`',
    meaning:
      "`true`: `REDIS_URL` is a seed node of a Redis Cluster (ioredis's Cluster client, BullMQ keys under `{QUEUE_PREFIX}`); several nodes in `REDIS_URL`, `redis://host1:6379,host2:6379`, mean a cluster too. A Sentinel-managed Redis: `redis+sentinel://[user:pass@]sentinel1:26379,sentinel2:26379/<primary name>`",
  },
  SMTP_URL: {
    schema: url('smtp:', 'smtps:'),
    default: 'unset: mails written as `.eml` files in `DATA_DIR/mail`',
    meaning: '`smtp://user:pass@host:port` (`smtps://` for implicit TLS)',
  },
  STORAGE_URL: {
    schema: url('file:', 's3:'),
    default: '`file://$DATA_DIR/files`',
    meaning:
      '`file:///path` or `s3://bucket/prefix` (with `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `S3_ENDPOINT`)',
  },
  MAIL_FROM: {
    schema: z
      .string()
      .regex(MAIL_ADDRESS, { error: (iss) => `must be an address or "Name <address>" ${got(iss.input)}` })
      .default('CoP platform <no-reply@localhost>'),
    default: '`CoP platform <no-reply@localhost>`',
    meaning: 'sender',
  },
  OIDC_PROVIDERS: {
    schema: oidcProviders,
    default: 'unset: the development identity provider',
    meaning: 'JSON array of federated issuers (see below)',
  },
  OIDC_ALLOW_HTTP_ISSUERS: {
    schema: flag('false'),
    default: '`false`',
    meaning:
      "`true` lets production talk to plain-http issuers (the compose file's Keycloak); never on the internet",
  },
  COMMUNITY_ADMISSION: {
    schema: oneOf(['open', 'approval', 'entitlement'], 'open'),
    default: '`open`',
    meaning:
      '`open`: a new sign-in is MEMBER; `approval`: GUEST until the office admits; `entitlement`: MEMBER on an asserted entitlement',
  },
  BOOTSTRAP_OFFICE_EMAILS: {
    schema: emailList,
    default: 'empty',
    meaning: 'comma-separated verified e-mails that get role OFFICE on sign-in',
  },
  SESSION_SECRET: {
    schema: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
    default: 'generated into `DATA_DIR` in development',
    meaning: 'signs cookies and tokens; at least 32 characters; required in production',
  },
  LOG_LEVEL: {
    schema: z.string().optional(),
    default: '`info` (`warn` for `npm start` and tests)',
    meaning: 'pino level of the JSON logs',
  },
  METRICS_TOKEN: {
    schema: z.string().optional(),
    default: 'unset: `/metrics` open',
    meaning: 'when set, `/metrics` needs `Authorization: Bearer <token>`',
  },
  GRAPHQL_MAX_DEPTH: {
    schema: integer(1, 10),
    default: '`10`',
    meaning: 'deepest selection a GraphQL request may nest',
  },
  GRAPHQL_MAX_ALIASES: {
    schema: integer(0, 30),
    default: '`30`',
    meaning: 'aliases one GraphQL request may use',
  },
  GRAPHQL_MAX_COST: {
    schema: integer(1, 20000),
    default: '`20000`',
    meaning: 'estimated cost (lists count their page size) above which a request is refused',
  },
  GRAPHQL_MAX_TOKENS: {
    schema: integer(10, 3000),
    default: '`3000`',
    meaning: 'tokens a GraphQL document may have',
  },
  GRAPHQL_BODY_LIMIT: {
    schema: z.string().default('2mb'),
    default: '`2mb`',
    meaning: 'largest GraphQL request body (larger bodies get 413)',
  },
  GRAPHQL_CONCURRENCY: {
    schema: integer(1, 8),
    default: '`8`',
    meaning:
      'GraphQL requests and calendar feeds one API process runs at once; the others wait in arrival order',
  },
  GRAPHQL_QUEUE_LIMIT: {
    schema: integer(0, 1000),
    default: '`1000`',
    meaning: 'requests waiting beyond which the API answers 503 with `Retry-After`',
  },
  GRAPHQL_RESPONSE_CACHE: {
    schema: oneOf(['on', 'off'] as const, 'on'),
    default: '`on`',
    meaning:
      '`on`: answers that anonymous callers share (public pages: community, working groups, news, FAQ, calendar) are kept per process and served without executing GraphQL, until PostgreSQL notifies a change of a table they read (5 minutes at most, 1 minute for clock-dependent ones); `off`: every request executes',
  },
  GRAPHQL_RESPONSE_CACHE_MB: {
    schema: integer(1, 32, 4096),
    default: '`32`',
    meaning: 'size bound of the anonymous response cache, in megabytes of answer text, per API process',
  },
  GRAPHQL_TRUSTED_DOCUMENTS: {
    schema: oneOf(['cookie', 'off'] as const, 'cookie'),
    default: '`cookie`',
    meaning:
      "`cookie`: in production a request with a session cookie may run only the web app's persisted operations; `off` lifts that (benchmarks driving the API with their own documents), never in a deployment",
  },
  GRAPHQL_EXECUTOR: {
    schema: oneOf(['jit', 'graphql-js'] as const, 'jit'),
    default: '`jit`',
    meaning:
      '`jit`: a query seen before runs compiled by graphql-jit (cached per document; an answer with errors is run again by graphql-js, whose errors Apollo formats); mutations and first sightings run on graphql-js. `graphql-js`: every operation on graphql-js',
  },
  DOCUMENT_BODY_MAX_BYTES: {
    schema: integer(1, MB),
    default: '1 MB (`1048576`)',
    meaning: "size limit of a document's markdown body",
  },
  ATTACHMENT_MAX_BYTES: {
    schema: integer(1, 50 * MB),
    default: '50 MB (`52428800`)',
    meaning: 'size limit of one attachment (larger uploads get 413)',
  },
  USE_CASE_PART_MAX_CHARS: {
    schema: integer(1, 1_000_000),
    default: '`1000000`',
    meaning: 'size limit of each of the eight parts of a use case',
  },
  MEETING_REMINDER_MINUTES: {
    schema: integer(1, 60, 7 * 24 * 60, 'a week'),
    default: '`60`',
    meaning: 'how long before each meeting occurrence its reminder is mailed (1 to 10080)',
  },
  DIGEST_LOCAL_TIME: {
    schema: z
      .string()
      .default('07:00')
      .pipe(
        z.string().regex(/^([01]\d|2[0-3]):([0-5]\d)$/, {
          error: (iss) => `must be HH:MM, 00:00 to 23:59 ${got(iss.input)}`,
        }),
      )
      .transform((v) => ({ hour: Number(v.slice(0, 2)), minute: Number(v.slice(3, 5)) })),
    default: '`07:00`',
    meaning:
      "HH:MM of each member's digest in their own zone (checked every 15 min; over 12 h late: left to the next)",
  },
  DIGEST_WEEKDAY: {
    schema: z
      .string()
      .default('monday')
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(WEEKDAYS, { error: (iss) => `must be one of ${WEEKDAYS.join(', ')} ${got(iss.input)}` }))
      // ISO numbering, as luxon's `weekday`: 1 is Monday.
      .transform((v) => WEEKDAYS.indexOf(v) + 1),
    default: '`monday`',
    meaning:
      'day of the WEEKLY digests (`monday` … `sunday`); a week ends at the start of that day, local time',
  },
  DIGEST_DEFAULT_TIME_ZONE: {
    schema: z
      .string()
      .refine(isIanaZone, { error: (iss) => `not an IANA time zone ${got(iss.input)}` })
      .default('UTC'),
    default: '`UTC`',
    meaning: 'IANA zone of members who set none, and of the periods `runDigest` names',
  },
  DIGEST_SURVEY_CLOSING_DAYS: {
    schema: integer(1, 3, 60),
    default: '`3`',
    meaning: 'a survey closing within this many days is listed as "closing soon" (1 to 60)',
  },
  NEWSLETTER_RATE_PER_SECOND: {
    schema: z
      .union(
        [
          z.literal('unlimited').transform(() => null),
          z
            .string()
            .regex(/^\d+(\.\d+)?$/)
            .transform(Number)
            .pipe(z.number().gt(0).max(100000)),
        ],
        {
          error: (iss) =>
            `must be a number of messages per second above 0 and at most 100000, or "unlimited" ${got(iss.input)}`,
        },
      )
      .optional()
      .transform((v) => v ?? null),
    default: '`unlimited`',
    meaning:
      "newsletter messages per second across all workers (BullMQ's limiter on the `newsletter` queue; a batch holds about a second of messages)",
  },
  NEWSLETTER_CONCURRENCY: {
    schema: integer(1, 4, 64),
    default: '`4`',
    meaning:
      "newsletter batch jobs one worker runs at once (1 to 64; the worker's database pool grows with it)",
  },
  JOB_RETRY_BASE_MS: {
    schema: integer(10, 2000, 3600000, 'an hour'),
    default: '`2000`',
    meaning:
      'first wait before a failed job (a transient SMTP refusal, Redis or the database away) is retried; it doubles at each attempt',
  },
  QUEUE_BOARD: {
    schema: flag('true'),
    default: '`true`',
    meaning:
      'Bull Board at `/admin/queues`, for the office only (session or access token) in every environment; `false` removes it',
  },
  DEV_CLOCK: {
    schema: flag('false'),
    default: '`false`',
    meaning:
      'development only (refused in production): one clock per process, `POST /dev/clock` to move it and `POST /dev/jobs/:name` to run a periodic job now (journeys)',
  },
} satisfies Record<string, ConfigVariable>;

export type ConfigVariableName = keyof typeof CONFIG_VARIABLES;

/** The schema of the whole environment: one key per variable, in the table's order. */
export const configSchema = z.object(
  Object.fromEntries(Object.entries(CONFIG_VARIABLES).map(([name, v]) => [name, v.schema])) as {
    [K in ConfigVariableName]: (typeof CONFIG_VARIABLES)[K]['schema'];
  },
);

/** The parsed values, one per variable. */
export type ConfigValues = z.output<typeof configSchema>;

/**
 * One variable, parsed by its schema: for the domains that read their own limit when their module
 * loads. loadConfig has already refused a bad value at start, so this throws only when called alone.
 */
export function readConfigVariable<K extends ConfigVariableName>(
  name: K,
  env = process.env,
): ConfigValues[K] {
  const raw = env[name]?.trim() || undefined;
  const parsed = CONFIG_VARIABLES[name].schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data as ConfigValues[K];
}
