/**
 * Hostile GraphQL requests that the API must refuse before any resolver runs (depth, alias,
 * cost, token and batch limits, body size): shared by test/security/abuse.test.ts, which
 * proves each is refused without SQL, and bench/abuse.bench.ts, which times the refusals.
 */

/** workingGroups → members → person → memberships → workingGroup, `rounds` times over. */
export function nestedCycle(rounds: number): string {
  let inner = 'name';
  for (let i = 0; i < rounds; i++) {
    inner = `members { edges { node { person { memberships { workingGroup { ${inner} } } } } } }`;
  }
  return `{ workingGroups { ${inner} } }`;
}

export interface AbuseRequest {
  name: string;
  /** The JSON body as sent. */
  body: string;
  /** What one of the errors must say (names the limit). */
  message: RegExp;
  status: number;
}

const json = (value: unknown) => JSON.stringify(value);

export function abuseRequests(): AbuseRequest[] {
  const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: community { name }`).join(' ');
  const fewAliases = Array.from({ length: 31 }, (_, i) => `a${i}: community { name }`).join(' ');
  return [
    // 1,000 aliases are past the token limit too, which the parser meets first
    { name: '1,000 aliases', body: json({ query: `{ ${aliases} }` }), message: /tokens|alias/i, status: 400 },
    {
      name: '31 aliases',
      body: json({ query: `{ ${fewAliases} }` }),
      message: /aliases limit of 30/i,
      status: 400,
    },
    {
      name: 'a 10-deep cycle of nested fields',
      body: json({ query: nestedCycle(10) }),
      message: /depth limit of 10/i,
      status: 400,
    },
    {
      name: 'two rounds of the cycle (depth 14)',
      body: json({ query: nestedCycle(2) }),
      message: /depth limit of 10/i,
      status: 400,
    },
    {
      name: 'a query over the cost limit (nested first: 500)',
      body: json({
        query: `{ people(first: 500) { edges { node { memberships { workingGroup { members(first: 500) { edges { node { id } } } } } } } } }`,
      }),
      message: /cost limit of 20000/i,
      status: 400,
    },
    {
      name: '4,000 tokens',
      body: json({ query: `{ community { ${'name '.repeat(4000)} } }` }),
      message: /tokens/i,
      status: 400,
    },
    {
      name: '100 operations in one batch',
      body: json(Array.from({ length: 100 }, () => ({ query: '{ workingGroups { name } }' }))),
      message: /batch/i,
      status: 400,
    },
    {
      name: 'a 10 MB body',
      body: json({ query: `{ community { name } } # ${'x'.repeat(10 * 1024 * 1024)}` }),
      message: /too large/i,
      status: 413,
    },
  ];
}
