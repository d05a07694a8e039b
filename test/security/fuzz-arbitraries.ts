import fc from 'fast-check';
import {
  GraphQLField,
  GraphQLInputType,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/**
 * fast-check arbitraries generated from the GraphQL schema: one per argument of a root field,
 * built by walking its input types. Each value mixes valid-looking data (ids that exist, slugs
 * and question keys of the seeded survey, real zones, near dates) with hostile values, so that
 * most runs get past GraphQL coercion and reach the services.
 */

/** What the seeded database offers to make valid-looking values. */
export interface FuzzPools {
  /** Existing ids per table name. */
  ids: Record<string, string[]>;
  slugs: string[];
  codes: string[];
  questionKeys: string[];
  optionKeys: string[];
}

/** Argument names that carry an id of a known table. */
const ID_TABLE_BY_ARGUMENT: Record<string, string> = {
  workingGroupId: 'working_groups',
  workingGroupIds: 'working_groups',
  personId: 'people',
  expertIds: 'people',
  authorId: 'people',
  membershipId: 'memberships',
  meetingId: 'meetings',
  documentIds: 'documents',
  topicIds: 'topics',
  reportId: 'reports',
  sectionId: 'report_sections',
  recommendationId: 'report_recommendations',
  termId: 'expertise_terms',
  sourceIds: 'expertise_terms',
  targetId: 'expertise_terms',
};

/** For an argument named `id`, the table follows from the operation's name. */
const ID_TABLE_BY_OPERATION: [RegExp, string][] = [
  [/ReportSection/i, 'report_sections'],
  [/Expertise/i, 'expertise_terms'],
  [/Recommendation/i, 'report_recommendations'],
  [/^(updateReport|setReportEditors|setReportStatus|publishReport)$/, 'reports'],
  [/Newsletter/i, 'newsletter_issues'],
  [/News/i, 'news_items'],
  [/Meeting|Occurrence/i, 'meetings'],
  [/Survey/i, 'surveys'],
  [/Document/i, 'documents'],
  [/Topic/i, 'topics'],
  [/AccessToken/i, 'access_tokens'],
  [/UseCase/i, 'use_cases'],
  [/WorkingGroup/i, 'working_groups'],
  [/person/i, 'people'],
];

const pick = <T>(values: T[], fallback: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  values.length ? fc.constantFrom(...values) : fallback;

const weighted = <T>(...pairs: [number, fc.Arbitrary<T>][]): fc.Arbitrary<T> =>
  fc.oneof(...pairs.map(([weight, arbitrary]) => ({ weight, arbitrary })));

/** Strings that break naive code: unicode edge cases, control characters, injections. */
const hostileShortString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '   \t\n  ',
    '\u0000',
    'a\u0000b',
    '\u0001\u0002\u0007\u001b[31m\u007f',
    '\r\n\r\n',
    '\u202eevil\u202c', // right-to-left override
    'مرحبا بالعالم עולם',
    'Z\u0351\u0360\u0361\u0488\u0489a\u0301\u0302\u0303\u0304\u0305\u0306',
    '\u200b\u200c\u200d\ufeff',
    '\ud800', // lone surrogates: JSON carries them escaped
    'x\udfffy',
    '\ud83d\ude00\ud835\udd4f\u{1f9d1}\u200d\u{1f52c}', // astral: emoji, math letters, ZWJ
    "'; DROP TABLE people; --",
    "' OR '1'='1",
    '%_\\%\\_',
    '\\',
    '$1 $2 ${7*7} {{7*7}} %s %n',
    '<script>alert(1)</script><img src=x onerror=alert(1)>',
    '[x](javascript:alert(1)) <a href="data:text/html,x">y</a>',
    '../../../../etc/passwd',
    'null',
    'undefined',
    'NaN',
    '-Infinity',
    '0',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** The same and huge ones (past every text limit, under the 2 MB body limit). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileShortString },
  { weight: 1, arbitrary: fc.constantFrom(301, 10_001, 200_000).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(300, 5_000).map((n) => '😀'.repeat(n)) },
  { weight: 1, arbitrary: fc.constant('\n'.repeat(20_000)) },
);

const plainText = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 60 });
const keyLike = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);

const RRULES = [
  'FREQ=WEEKLY;COUNT=10',
  'RRULE:FREQ=DAILY;INTERVAL=2;COUNT=5',
  'FREQ=MONTHLY;BYDAY=1MO',
  'FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20270101T000000Z',
  'FREQ=DAILY',
  'FREQ=YEARLY;COUNT=1000000',
  'FREQ=SECONDLY',
  'FREQ=MINUTELY;COUNT=100000',
  'FREQ=HOURLY;INTERVAL=1',
  'FREQ=WEEKLY;COUNT=-1',
  'FREQ=WEEKLY;INTERVAL=0',
  'FREQ=YEARLY;BYMONTH=13',
  'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2',
  'FREQ=DAILY;UNTIL=99999999T999999Z',
  'FREQ=DAILY;UNTIL=19000101T000000Z',
  'FREQ=',
  'RRULE:RRULE:FREQ=DAILY',
  'FREQ=WEEKLY;BYDAY=XX',
  'FREQ=DAILY\nEXDATE:20250101T000000Z',
  'DTSTART:20250101T000000Z\nRRULE:FREQ=DAILY;COUNT=3',
  'FREQ=WEEKLY;COUNT=3;COUNT=4',
  'garbage',
];

const TIME_ZONES_VALID = ['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
const TIME_ZONES_HOSTILE = [
  'Etc/GMT+12',
  'Europe/Atlantis',
  'europe/berlin',
  '+05:00',
  'GMT+5',
  'EST5EDT',
  'Local',
  '../../etc/localtime',
  '',
  'America/Argentina/ComodRivadavia',
];

const EMAILS = [
  'fuzz@example.org',
  'Fuzz.Upper@Example.ORG',
  'plus+tag@example.org',
  `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.org`,
  `${'a'.repeat(290)}@example.org`, // 302 characters
  'üñí@example.org',
  '"quoted local"@example.org',
  'x@[127.0.0.1]',
  'a@b',
  'no-at-sign',
  '@example.org',
  'a@@example.org',
  'a@example..org',
  'a b@example.org',
  'a@example.org\r\nBcc: victim@example.org',
  'a@example.org\u0000',
  '',
];

const URLS = [
  'https://example.org/meet/abc',
  'http://localhost:3000/',
  'https://xn--80ak6aa92e.com/',
  `https://${'a'.repeat(5000)}.org/`,
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'ftp://example.org/x',
  'https://user:pass@example.org:99999/',
  'not a url',
  '//example.org',
  '',
];

const DATE_TIMES_HOSTILE = [
  '0001-01-01T00:00:00Z',
  '1900-01-01T00:00:00-23:59',
  '1970-01-01T00:00:00Z',
  '2038-01-19T03:14:08Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  '2024-02-30T00:00:00Z',
  '2024-06-30T23:59:60Z',
  '2026-03-29T02:30:00+01:00', // a wall time that does not exist in Europe/Berlin
  '2025-13-01T00:00:00Z',
  '2025-01-01',
  '2025-01-01T00:00:00',
  'yesterday',
  '',
];

const DATES_HOSTILE = [
  '0001-01-01',
  '9999-12-31',
  '2024-02-29',
  '2023-02-29',
  '2025-00-10',
  '20250101',
  '',
  'x',
];

const IDS_HOSTILE = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  '',
  '1',
  "1' OR '1'='1",
  '{00000000-0000-0000-0000-000000000000}',
  'x'.repeat(10_000),
  '\u0000',
];

const CURSORS = [
  '',
  'bm90IGEgY3Vyc29y', // base64 of "not a cursor"
  Buffer.from('{"k":[1e308,null]}').toString('base64'),
  Buffer.from('[]').toString('base64url'),
  Buffer.from("'; SELECT pg_sleep(10); --").toString('base64'),
  '!!!',
  'x'.repeat(10_000),
];

/** Near the present (most services refuse the far past), as ISO strings. */
const nearDateTime = fc
  .integer({ min: -400, max: 800 })
  .chain((days) =>
    fc.integer({ min: 0, max: 96 }).map((quarter) => new Date(Date.UTC(2026, 11, 1 + days, 0, quarter * 15))),
  )
  .map((d) => d.toISOString());

/** A number field that the services range-check; boundaries first. */
const intArbitrary = weighted<unknown>(
  [
    6,
    fc.constantFrom(
      0,
      1,
      -1,
      2,
      5,
      10,
      15,
      30,
      59,
      60,
      90,
      100,
      1440,
      10080,
      1900,
      2025,
      2030,
      9999,
      2147483647,
      -2147483648,
    ),
  ],
  [3, fc.integer()],
  [1, fc.constantFrom(2147483648, -2147483649, 1.5, 'NaN', 'Infinity', '7', true)],
);

const floatArbitrary = weighted<unknown>(
  [5, fc.constantFrom(0, -0, 1, -1, 0.5, 1e-10, 5e-324, 1e15, 1e308, -1e308, 2 ** 53 + 2, 100, 1000)],
  [3, fc.double({ noNaN: true, noDefaultInfinity: true })],
  // JSON cannot carry NaN or Infinity: as strings they must fail coercion, never reach SQL.
  [1, fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', null)],
);

function stringFor(name: string, ctx: FuzzContext): fc.Arbitrary<unknown> {
  const { pools } = ctx;
  // Inside lists only short hostile strings: a list of huge strings only tests the body limit.
  const hostile: [number, fc.Arbitrary<unknown>] = [2, ctx.inList ? hostileShortString : hostileString];
  switch (name) {
    case 'slug':
      return weighted([5, pick(pools.slugs, keyLike)], [2, keyLike], hostile);
    case 'code':
      return weighted(
        [3, pick(pools.codes, keyLike)],
        [3, fc.stringMatching(/^[A-Z][A-Z0-9]{1,9}$/)],
        hostile,
      );
    case 'recurrence':
      return weighted([6, fc.constantFrom(...RRULES)], hostile);
    case 'questionKey':
      return weighted([6, pick(pools.questionKeys, keyLike)], [1, keyLike], hostile);
    case 'optionKeys':
    case 'anyOf':
      return weighted([6, pick(pools.optionKeys, keyLike)], hostile);
    case 'key':
      return weighted([5, keyLike], hostile);
    case 'orcid':
      return weighted([3, fc.constantFrom('0000-0002-1825-0097', '0000-0002-1825-009X')], hostile);
    case 'country':
      return weighted([3, fc.constantFrom('DE', 'de', 'Germany', 'XX', 'ÅLAND')], hostile);
    case 'after':
      return weighted([4, fc.constantFrom(...CURSORS)], hostile);
    default:
      return weighted([4, plainText], hostile);
  }
}

function scalarFor(type: string, name: string, ctx: FuzzContext): fc.Arbitrary<unknown> {
  const { pools, operation } = ctx;
  switch (type) {
    case 'String':
      return stringFor(name, ctx);
    case 'ID': {
      const table = name === 'id' ? ID_TABLE_BY_OPERATION.find(([re]) => re.test(operation))?.[1] : undefined;
      const ids = pools.ids[ID_TABLE_BY_ARGUMENT[name] ?? table ?? ''] ?? [];
      return weighted<unknown>(
        [6, pick(ids, fc.uuid())],
        [2, fc.uuid()],
        [2, fc.constantFrom(...IDS_HOSTILE)],
      );
    }
    case 'Int':
      return intArbitrary;
    case 'Float':
      return floatArbitrary;
    case 'Boolean':
      return weighted<unknown>([9, fc.boolean()], [1, fc.constantFrom('true', 0)]);
    case 'DateTime':
      return weighted<unknown>(
        [6, nearDateTime],
        [3, fc.constantFrom(...DATE_TIMES_HOSTILE)],
        [1, intArbitrary],
      );
    case 'Date':
      return weighted<unknown>(
        [5, nearDateTime.map((iso) => iso.slice(0, 10))],
        [3, fc.constantFrom(...DATES_HOSTILE)],
        [1, hostileShortString],
      );
    case 'TimeZone':
      return weighted([6, fc.constantFrom(...TIME_ZONES_VALID)], [4, fc.constantFrom(...TIME_ZONES_HOSTILE)]);
    case 'EmailAddress':
      return fc.constantFrom(...EMAILS);
    case 'URL':
      return fc.constantFrom(...URLS);
    default:
      throw new Error(`fuzz: no arbitrary for scalar ${type}; add one`);
  }
}

/** Where a value is generated: the operation, the pools, and whether inside a list. */
interface FuzzContext {
  operation: string;
  pools: FuzzPools;
  inList: boolean;
}

/** A value of an input type; `name` is the argument's or the input field's name. */
function valueFor(type: GraphQLInputType, name: string, ctx: FuzzContext): fc.Arbitrary<unknown> {
  // Non-null: almost always present (a null only tests coercion). Nullable: sometimes null,
  // sometimes left out (undefined is dropped from the JSON).
  if (isNonNullType(type)) {
    return weighted([30, presentValue(type.ofType, name, ctx)], [1, fc.constant(null)]);
  }
  return weighted<unknown>(
    [8, presentValue(type, name, ctx)],
    [1, fc.constant(null)],
    [1, fc.constant(undefined)],
  );
}

function presentValue(type: GraphQLInputType, name: string, ctx: FuzzContext): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueFor(type.ofType, name, { ...ctx, inList: true });
    if (ctx.inList) return fc.array(item, { maxLength: 3 });
    return weighted<unknown>(
      [6, fc.array(item, { maxLength: 4 })],
      // duplicated entries: the same item many times
      [2, item.chain((v) => fc.integer({ min: 2, max: 40 }).map((n) => Array.from({ length: n }, () => v)))],
      [1, fc.array(item, { minLength: 150, maxLength: 300 })],
      // deep: lists nested in lists, which coercion must refuse
      [1, item.map((v) => [[[[[[[[[[v]]]]]]]]]])],
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) shape[f.name] = valueFor(f.type, f.name, ctx);
    const required = fields
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => f.name);
    const record = fc.record(shape, { requiredKeys: required });
    return weighted<unknown>(
      [12, record],
      [1, record.map((r) => ({ ...r, notInTheSchema: 'x' }))],
      [1, fc.constantFrom('a string', 42, [])],
    );
  }
  if (isEnumType(type)) {
    return weighted<unknown>(
      [9, fc.constantFrom(...type.getValues().map((v) => v.value as string))],
      [1, fc.constantFrom('NOT_A_VALUE', 'member', '')],
    );
  }
  if (isScalarType(type)) return scalarFor(type.name, name, ctx);
  throw new Error(`fuzz: unexpected input type ${String(type)}`);
}

/** The variables of one call to `field` (undefined ones are left out of the JSON). */
export function argumentsFor(
  field: GraphQLField<unknown, unknown>,
  pools: FuzzPools,
): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const ctx = { operation: field.name, pools, inList: false };
  for (const arg of field.args) shape[arg.name] = valueFor(arg.type, arg.name, ctx);
  return fc.record(shape);
}

/** `mutation Fuzz($a: T!) { field(a: $a) { __typename } }`: the operation the fuzzer sends. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}
