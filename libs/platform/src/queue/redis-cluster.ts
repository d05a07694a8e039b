import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';

/**
 * What REDIS_URL names:
 * - one server, `redis://[user:pass@]host:6379[/db]` (or `rediss://` for TLS);
 * - a Redis Cluster, by several seed nodes separated by commas,
 *   `redis://[user:pass@]host1:6379,host2:6379,host3:6379` (or one seed and REDIS_CLUSTER=true);
 * - a Sentinel-managed primary, `redis+sentinel://[user:pass@]sentinel1:26379,sentinel2:26379/mymaster[/db]`
 *   (the credentials are the primary's; `rediss+sentinel://` for TLS to the primary).
 */
export type RedisTarget =
  | { kind: 'server'; url: string }
  | { kind: 'cluster'; nodes: RedisNode[]; options: RedisOptions }
  | { kind: 'sentinel'; sentinels: RedisNode[]; name: string; options: RedisOptions };

export interface RedisNode {
  host: string;
  port: number;
}

const SCHEMES = ['redis:', 'rediss:', 'redis+sentinel:', 'rediss+sentinel:'];

/** The target REDIS_URL names; throws an Error saying what is wrong. `cluster`: REDIS_CLUSTER. */
export function parseRedisUrl(url: string, cluster = false): RedisTarget {
  const m = /^([a-z+]+:)\/\/(?:([^@/]*)@)?([^/?#]+)(\/[^?#]*)?$/i.exec(url.trim());
  if (!m) throw new Error('not a valid URL');
  const [, scheme, userinfo, hostList, path = ''] = m;
  const protocol = scheme.toLowerCase();
  if (!SCHEMES.includes(protocol)) throw new Error(`must use ${SCHEMES.join(', ')} (got "${protocol}")`);
  const sentinel = protocol.endsWith('+sentinel:');
  const hosts = hostList.split(',').map((h) => h.trim());
  const nodes = hosts.map((host) => {
    let parsed: URL;
    try {
      parsed = new URL(`redis://${host}`);
    } catch {
      throw new Error(`not a valid host:port "${host}"`);
    }
    if (!parsed.hostname || parsed.pathname !== '' || parsed.username)
      throw new Error(`not a valid host:port "${host}"`);
    return {
      host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: Number(parsed.port || (sentinel ? 26379 : 6379)),
    };
  });
  const options: RedisOptions = {};
  if (userinfo) {
    const [user, password] = userinfo.split(':').map(decodeURIComponent);
    if (user) options.username = user;
    if (password !== undefined) options.password = password;
  }
  if (protocol.startsWith('rediss')) options.tls = {};
  const segments = path.split('/').filter(Boolean);
  if (sentinel) {
    const [name, db] = segments;
    if (!name) throw new Error('names no primary: redis+sentinel://host:26379,host2:26379/<primary name>');
    if (db !== undefined) options.db = databaseNumber(db);
    return { kind: 'sentinel', sentinels: nodes, name: decodeURIComponent(name), options };
  }
  if (nodes.length > 1 || cluster) {
    if (segments.length) throw new Error('a Redis Cluster has no database number');
    return { kind: 'cluster', nodes, options };
  }
  if (segments.length > 1) throw new Error(`not a database number "${segments.join('/')}"`);
  if (segments.length) databaseNumber(segments[0]);
  return { kind: 'server', url: url.trim() };
}

function databaseNumber(segment: string): number {
  if (!/^\d+$/.test(segment)) throw new Error(`not a database number "${segment}"`);
  return Number(segment);
}

/** REDIS_CLUSTER, read where a connection is made (loadConfig has refused a bad value at start). */
export function redisClusterFlag(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REDIS_CLUSTER?.trim() === 'true';
}

/** Whether REDIS_URL (with REDIS_CLUSTER) names a Redis Cluster. */
export function isRedisCluster(url: string, cluster = redisClusterFlag()): boolean {
  return parseRedisUrl(url, cluster).kind === 'cluster';
}

/**
 * BullMQ's key prefix: on a Redis Cluster a hash tag, `{prefix}`, so that every key of every queue
 * lands in one slot (BullMQ's scripts touch several keys at once; docs.bullmq.io/patterns/redis-cluster).
 * A prefix already written as a hash tag is kept.
 */
export function bullmqPrefix(prefix: string, cluster: boolean): string {
  if (!cluster || /^\{[^{}]+\}$/.test(prefix)) return prefix;
  return `{${prefix}}`;
}

/**
 * An ioredis client for what the URL names: a Redis, a Cluster client over the seed nodes, or a
 * Redis that asks the Sentinels for the primary. `opts` are per connection (a Cluster passes them
 * to each node's connection, where BullMQ reads maxRetriesPerRequest).
 */
export function openRedis(url: string, opts: RedisOptions, cluster = redisClusterFlag()): Redis | Cluster {
  const target = parseRedisUrl(url, cluster);
  if (target.kind === 'server') return new Redis(url, opts);
  if (target.kind === 'sentinel') {
    const { password, username, tls, ...rest } = target.options;
    return new Redis({
      ...opts,
      ...rest,
      sentinels: target.sentinels,
      name: target.name,
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
      ...(tls ? { enableTLSForSentinelMode: true, tls } : {}),
      // Sentinels unreachable: tried again as a lost connection would be.
      sentinelRetryStrategy: (times) => opts.retryStrategy?.(times) ?? null,
    });
  }
  const { lazyConnect, retryStrategy, ...perNode } = opts;
  const clusterOptions: ClusterOptions = {
    lazyConnect,
    clusterRetryStrategy: retryStrategy ? (times) => retryStrategy(times) : undefined,
    redisOptions: { ...perNode, ...target.options },
    // A managed cluster behind TLS answers with addresses its certificate does not name.
    ...(target.options.tls ? { dnsLookup: (address, callback) => callback(null, address) } : {}),
  };
  return new Cluster(target.nodes, clusterOptions);
}
