/** What oidc-provider stores: tokens, codes, sessions, interactions, grants, as opaque payloads. */
interface StoredPayload {
  uid?: string;
  userCode?: string;
  grantId?: string;
  consumed?: number;
  [key: string]: unknown;
}

/** Models whose records a revoked grant takes with it. */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/**
 * An oidc-provider storage adapter keeping everything in one Map per provider instance, with
 * expiry. Enough for the development provider and test issuers (one process, nothing to keep
 * across restarts); unlike the library's default it is not shared by every provider in the
 * process and prints no warning.
 */
export function inMemoryOidcAdapter() {
  const entries = new Map<string, { payload: StoredPayload; expiresAt: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  return class InMemoryOidcAdapter {
    constructor(private readonly model: string) {}

    private key(id: string): string {
      return `${this.model}:${id}`;
    }

    async upsert(id: string, payload: StoredPayload, expiresIn?: number): Promise<void> {
      const expiresAt = expiresIn ? Date.now() + expiresIn * 1000 : Number.POSITIVE_INFINITY;
      entries.set(this.key(id), { payload, expiresAt });
      if (this.model === 'Session' && payload.uid) {
        entries.set(`sessionUid:${payload.uid}`, { payload: { id }, expiresAt });
      }
      if (payload.userCode) entries.set(`userCode:${payload.userCode}`, { payload: { id }, expiresAt });
    }

    async find(id: string): Promise<StoredPayload | undefined> {
      return live(this.key(id));
    }

    async findByUid(uid: string): Promise<StoredPayload | undefined> {
      const ref = live(`sessionUid:${uid}`);
      return ref ? live(this.key(String(ref.id))) : undefined;
    }

    async findByUserCode(userCode: string): Promise<StoredPayload | undefined> {
      const ref = live(`userCode:${userCode}`);
      return ref ? live(this.key(String(ref.id))) : undefined;
    }

    async consume(id: string): Promise<void> {
      const payload = live(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      entries.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [key, entry] of entries) {
        if (entry.payload.grantId === grantId && GRANTABLE.has(key.slice(0, key.indexOf(':'))))
          entries.delete(key);
      }
    }
  };
}
