import { Injectable } from '@nestjs/common';
import { CacheBus, Clock, TransactionContext } from '@cop/platform';
import { PeopleRepository } from './people.repository';
import { SessionsRepository } from './sessions.repository';
import { hashToken, randomToken } from './secrets';
import type { Viewer } from './viewer';
import { ViewerCache } from './viewer-cache';

/** A session lasts 30 days at most and ends after 7 days without use. */
export const SESSION_LIFETIME_MS = 30 * 24 * 3600 * 1000;
export const SESSION_IDLE_MS = 7 * 24 * 3600 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

@Injectable()
export class SessionsService {
  readonly cache: ViewerCache;
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly tx: TransactionContext,
    private readonly sessions: SessionsRepository,
    private readonly people: PeopleRepository,
    private readonly clock: Clock,
    bus: CacheBus,
  ) {
    this.cache = new ViewerCache(() => clock.now().getTime(), bus, 'sessions');
  }

  /** Creates a session; returns the opaque token for the cop_session cookie and its expiry. */
  async create(
    personId: string,
    meta: { provider: string; idToken: string | null; userAgent?: string; ip?: string },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomToken('cop_s');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await this.sessions.insert({
      createdAt: now,
      lastSeenAt: now,
      tokenHash: hashToken(token),
      personId,
      provider: meta.provider,
      idToken: meta.idToken,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      ip: meta.ip ?? null,
    });
    return { token, expiresAt };
  }

  /** The viewer of a session token, or null when it is unknown, revoked, expired or idle. */
  async viewerOf(token: string): Promise<Viewer | null> {
    const hash = hashToken(token);
    const cached = this.cache.get(hash);
    if (cached !== undefined) return cached;
    const now = this.clock.now();
    const session = await this.sessions.findLive(hash, now, new Date(now.getTime() - SESSION_IDLE_MS));
    const person = session ? await this.people.findById(session.personId) : null;
    const viewer: Viewer | null =
      session && person ? { personId: person.id, role: person.role, via: 'session' } : null;
    this.cache.set(hash, viewer);
    if (session && now.getTime() - (this.touched.get(session.id) ?? 0) > TOUCH_EVERY_MS) {
      this.touched.set(session.id, now.getTime());
      await this.sessions.touch(session.id, now);
    }
    return viewer;
  }

  /** Revokes the session of this token; returns its provider and ID token (for end-session). */
  async revoke(token: string): Promise<{ provider: string; idToken: string | null } | null> {
    const hash = hashToken(token);
    this.cache.forget(hash);
    const session = await this.tx.run(() => this.sessions.revoke(hash, this.clock.now()));
    return session ? { provider: session.provider, idToken: session.idToken } : null;
  }
}
