import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  CacheBus,
  Clock,
  ConflictError,
  InputProblems,
  NotFoundError,
  isUuid,
} from '@cop/platform';
import { AccessTokenEntity } from './access-token.entity';
import { AccessTokensRepository } from './access-tokens.repository';
import { PeopleRepository } from './people.repository';
import { hashToken, randomToken } from './secrets';
import type { Viewer } from './viewer';
import { ViewerCache } from './viewer-cache';

const MAX_LIVE_TOKENS = 50;
const TOKEN_PREFIX = 'cop_pat';

@Injectable()
export class AccessTokensService {
  readonly cache: ViewerCache;

  constructor(
    private readonly tokens: AccessTokensRepository,
    private readonly people: PeopleRepository,
    private readonly clock: Clock,
    bus: CacheBus,
  ) {
    this.cache = new ViewerCache(() => clock.now().getTime(), bus, 'tokens');
  }

  /** Creates a token; the secret is returned once and only its hash is stored. */
  async create(
    viewer: Viewer,
    name: string,
    expiresAt: Date | null,
  ): Promise<{ token: AccessTokenEntity; secret: string }> {
    const problems = new InputProblems();
    const trimmed = name.trim();
    problems.check(trimmed.length >= 1 && trimmed.length <= 100, 'name', 'must be 1 to 100 characters');
    problems.check(!/[\u0000-\u001f\u007f]/.test(trimmed), 'name', 'must not contain control characters');
    if (expiresAt)
      problems.check(expiresAt.getTime() > this.clock.now().getTime(), 'expiresAt', 'must be in the future');
    problems.throwIfAny();
    if ((await this.tokens.listLiveOf(viewer.personId)).length >= MAX_LIVE_TOKENS) {
      throw new ConflictError(`You already have ${MAX_LIVE_TOKENS} access tokens; revoke one first.`);
    }
    const secret = randomToken(TOKEN_PREFIX);
    const token = await this.tokens.insert({
      tokenHash: hashToken(secret),
      personId: viewer.personId,
      name: trimmed,
      expiresAt,
    });
    return { token, secret };
  }

  listOf(viewer: Viewer): Promise<AccessTokenEntity[]> {
    return this.tokens.listLiveOf(viewer.personId);
  }

  async revoke(viewer: Viewer, id: string): Promise<boolean> {
    if (!isUuid(id)) throw BadUserInputError.field('id', 'not an access token id');
    if (!(await this.tokens.revokeOwn(viewer.personId, id, this.clock.now())))
      throw new NotFoundError('Access token', id);
    this.cache.forgetPerson(viewer.personId);
    return true;
  }

  looksLikeAccessToken(bearer: string): boolean {
    return bearer.startsWith(`${TOKEN_PREFIX}_`);
  }

  /** The viewer of a bearer token, or null when unknown, revoked or expired. */
  async viewerOf(secret: string): Promise<Viewer | null> {
    const hash = hashToken(secret);
    const cached = this.cache.get(hash);
    if (cached !== undefined) return cached;
    const now = this.clock.now();
    const token = await this.tokens.findLive(hash, now);
    const person = token ? await this.people.findById(token.personId) : null;
    const viewer: Viewer | null =
      token && person ? { personId: person.id, role: person.role, via: 'token' } : null;
    this.cache.set(hash, viewer);
    if (token) await this.tokens.touch(token.id, now);
    return viewer;
  }
}
