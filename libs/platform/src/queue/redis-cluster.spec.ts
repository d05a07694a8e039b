import { Cluster, Redis } from 'ioredis';
import { ConfigError, loadConfig } from '../config/config';
import { bullmqPrefix, isRedisCluster, openRedis, parseRedisUrl } from './redis-cluster';

describe('REDIS_URL: one server, a Redis Cluster or Sentinels', () => {
  it('reads one server as ioredis does', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6379')).toEqual({
      kind: 'server',
      url: 'redis://127.0.0.1:6379',
    });
    expect(parseRedisUrl('rediss://:pw@redis.example.org:6380/2').kind).toBe('server');
  });

  it('reads several nodes, or one with REDIS_CLUSTER, as a cluster with the credentials and TLS', () => {
    expect(parseRedisUrl('rediss://app:p%40ss@node1:7000, node2:7001,node3')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'node1', port: 7000 },
        { host: 'node2', port: 7001 },
        { host: 'node3', port: 6379 },
      ],
      options: { username: 'app', password: 'p@ss', tls: {} },
    });
    expect(parseRedisUrl('redis://node1:7000', true)).toEqual({
      kind: 'cluster',
      nodes: [{ host: 'node1', port: 7000 }],
      options: {},
    });
    expect(isRedisCluster('redis://a:1,b:2', false)).toBe(true);
    expect(isRedisCluster('redis://a:1', false)).toBe(false);
  });

  it('reads Sentinels and the primary they watch', () => {
    expect(parseRedisUrl('redis+sentinel://:secret@s1:26379,s2/mymaster/3')).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26379 },
      ],
      name: 'mymaster',
      options: { password: 'secret', db: 3 },
    });
  });

  it('says what is wrong', () => {
    expect(() => parseRedisUrl('not a url')).toThrow('not a valid URL');
    expect(() => parseRedisUrl('http://a:1')).toThrow(/must use redis:/);
    expect(() => parseRedisUrl('redis://a:1,b:port')).toThrow('not a valid host:port "b:port"');
    expect(() => parseRedisUrl('redis://a:1,b:2/1')).toThrow('a Redis Cluster has no database number');
    expect(() => parseRedisUrl('redis+sentinel://s1:26379')).toThrow(/names no primary/);
    expect(() => parseRedisUrl('redis://a:1/x')).toThrow('not a database number "x"');
  });

  it('opens the client each names, without connecting here', () => {
    const clients = [
      openRedis('redis://127.0.0.1:6399', { lazyConnect: true }, false),
      openRedis(
        'redis://127.0.0.1:6399,127.0.0.1:6398',
        { lazyConnect: true, maxRetriesPerRequest: null },
        false,
      ),
      openRedis('redis+sentinel://127.0.0.1:26399/mymaster', { lazyConnect: true }, false),
    ];
    try {
      expect(clients[0]).toBeInstanceOf(Redis);
      expect(clients[1]).toBeInstanceOf(Cluster);
      // BullMQ reads maxRetriesPerRequest from a Cluster's per-node options.
      expect((clients[1] as Cluster).options.redisOptions?.maxRetriesPerRequest).toBeNull();
      expect((clients[2] as Redis).options).toMatchObject({ name: 'mymaster', sentinels: [{ port: 26399 }] });
    } finally {
      for (const c of clients) c.disconnect();
    }
  });
});

describe('the BullMQ prefix on a cluster', () => {
  it('is a hash tag in cluster mode only, and a tag is kept', () => {
    expect(bullmqPrefix('cop', false)).toBe('cop');
    expect(bullmqPrefix('cop', true)).toBe('{cop}');
    expect(bullmqPrefix('{cop}', true)).toBe('{cop}');
  });

  const base = { NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/cop-redis-cluster-spec' };
  it('follows REDIS_URL and REDIS_CLUSTER in the configuration', () => {
    expect(loadConfig({ ...base, REDIS_URL: 'redis://a:1' }).queuePrefix).toBe('cop');
    expect(loadConfig({ ...base, REDIS_URL: 'redis://a:1,b:2', QUEUE_PREFIX: 'x' }).queuePrefix).toBe('{x}');
    expect(loadConfig({ ...base, REDIS_URL: 'redis://a:1', REDIS_CLUSTER: 'true' }).queuePrefix).toBe(
      '{cop}',
    );
    expect(loadConfig({ ...base, REDIS_URL: 'redis+sentinel://s:26379/m' }).queuePrefix).toBe('cop');
    // A prefix passed on already tagged (the worker child process of a test) stays as it is.
    expect(loadConfig({ ...base, REDIS_URL: 'redis://a:1,b:2', QUEUE_PREFIX: '{x}' }).queuePrefix).toBe(
      '{x}',
    );
  });

  it('refuses a bad REDIS_URL or REDIS_CLUSTER in one line each', () => {
    try {
      loadConfig({ ...base, REDIS_URL: 'redis://a:1,:2', REDIS_CLUSTER: 'yes' });
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([
        'REDIS_URL: not a valid host:port ":2" (got "redis://a:1,:2")',
        'REDIS_CLUSTER: must be true or false (got "yes")',
      ]);
    }
  });
});
