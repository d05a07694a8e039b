import DataLoader from 'dataloader';

const loaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader per request and name (DESIGN rule 5): lists resolve relations in one batched
 * query per level, and nothing is cached across requests. `request` is the GraphQL context's
 * request object (any object that lives exactly as long as the request).
 */
export function requestLoader<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let byName = loaders.get(request);
  if (!byName) {
    byName = new Map();
    loaders.set(request, byName);
  }
  let loader = byName.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    // A batch is one statement with its keys in one array parameter: up to 10,000 keys (uuids:
    // 370 kB) a level stays one statement. At 1,000, the chairs of the scale-10 list of
    // working groups (3,000 people) took three (issue 10).
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 10_000 });
    byName.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows found by key into the keys' order (null where missing), as DataLoader needs. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/**
 * Groups rows found for many keys into one list per key, in the keys' order (empty where none), as a
 * one-to-many DataLoader batch needs; `valueOf` picks what each list holds. One pass over the rows.
 */
export function groupedByKeys<K, V, T = V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
  valueOf: (row: V) => T = (row) => row as unknown as T,
): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(valueOf(row));
    else groups.set(key, [valueOf(row)]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
