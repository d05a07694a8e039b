import { parse } from 'graphql';
import { PinningDocumentStore } from './persisted-documents';

describe('PinningDocumentStore', () => {
  const trusted = 'a'.repeat(64);
  const store = new PinningDocumentStore(new Map([[trusted, 'query Trusted { community { name } }']]));

  it("keeps the web app's documents through a flood of others that evicts those", async () => {
    const document = parse('query Trusted { community { name } }');
    await store.set(`schemahash:${trusted}`, document);
    const big = parse(`{ ${Array.from({ length: 2_000 }, (_, i) => `f${i}: __typename`).join(' ')} }`);
    for (let i = 0; i < 500; i++) await store.set(`schemahash:${String(i).padStart(64, '0')}`, big);
    expect(await store.get(`schemahash:${trusted}`)).toBe(document);
    expect(await store.get(`schemahash:${'0'.repeat(64)}`)).toBeUndefined();
    expect(await store.get(`schemahash:${String(499).padStart(64, '0')}`)).toBe(big);
  });
});
