import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TransactionContext,
  byKeys,
  decodeCursor,
  encodeCursor,
  pageSize,
  requestLoader,
  isUuid,
} from '@cop/platform';
import type { NotificationSettingsInput, ProfileInput } from './inputs/profile.input';
import {
  ComputingRole,
  DigestFrequency,
  PlatformRole,
  RoleSource,
  ScientificDomain,
  TargetGroup,
} from './models/enums';
import type { Person, PersonConnection } from './models/person.model';
import type { NotificationSettings } from './models/viewer.model';
import { PeopleRepository } from './people.repository';
import type { PersonEntity } from './person.entity';
import { SessionsService } from './sessions.service';
import { AccessTokensService } from './access-tokens.service';
import { isMember, isOffice, type Viewer } from './viewer';
import { PeopleFilters, type ExpertiseLevel } from './people-filters';
import type { Scope } from './scope';

/** How many GUESTs admitMembers takes at once. */
export const MAX_ADMISSIONS = 100;

@Injectable()
export class PeopleService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly repository: PeopleRepository,
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokensService,
    private readonly filters: PeopleFilters,
  ) {}

  /** A person as this viewer may see them: the e-mail only for themself, members and the office. */
  toModel(entity: PersonEntity, viewer: Viewer | null): Person {
    const seesEmail = viewer !== null && (viewer.personId === entity.id || isMember(viewer));
    const seesAdministration = seesAdministrationOf(viewer, entity.id);
    return {
      id: entity.id,
      displayName: entity.displayName,
      affiliation: entity.affiliation,
      country: entity.country,
      orcid: entity.orcid,
      bio: entity.bio,
      domains: entity.domains as ScientificDomain[],
      computingRoles: entity.computingRoles as ComputingRole[],
      targetGroup: entity.targetGroup as TargetGroup | null,
      timeZone: entity.timeZone,
      role: entity.role as PlatformRole,
      roleSource: seesAdministration ? (entity.roleSource as RoleSource) : null,
      email: seesEmail ? entity.email : null,
      joinedAt: entity.joinedAt,
    };
  }

  /** Loads people by id through the request's DataLoader (one query per list level). */
  load(request: object, id: string): Promise<PersonEntity | null> {
    return requestLoader<string, PersonEntity | null>(request, 'people.byId', async (ids) =>
      byKeys(ids, await this.repository.findByIds(ids), (p) => p.id),
    ).load(id);
  }

  async viewerPerson(viewer: Viewer): Promise<PersonEntity> {
    const person = await this.repository.findById(viewer.personId);
    if (!person) throw new NotFoundError('Person', viewer.personId);
    return person;
  }

  async person(viewer: Viewer, id: string): Promise<Person | null> {
    if (!isUuid(id)) return null;
    const person = await this.repository.findById(id);
    return person ? this.toModel(person, viewer) : null;
  }

  /**
   * The directory: name and affiliation search, and what the registered people filters add
   * (people-filters.ts: community's workingGroupId, expertise's domain, termId, level and the search
   * over expertise labels), each under its own library's visibility rule.
   */
  async page(
    scope: Scope,
    args: {
      search?: string | null;
      first?: number | null;
      after?: string | null;
      restrictToIds?: string[] | null;
      workingGroupId?: string | null;
      domain?: ScientificDomain | null;
      termId?: string | null;
      level?: ExpertiseLevel | null;
    },
  ): Promise<PersonConnection> {
    const limit = pageSize(args.first, 50);
    const search = args.search?.trim() || null;
    if (search && search.length > 200)
      throw BadUserInputError.field('search', 'must be at most 200 characters');
    const cursor = decodeCursor(args.after);
    const after = cursor ? { name: String(cursor[0]), id: String(cursor[1]) } : null;
    if (after && !isUuid(after.id))
      throw BadUserInputError.field('after', 'not a cursor returned by this API');
    const { conditions, searchMatches } = await this.filters.compose(scope, {
      search,
      workingGroupId: args.workingGroupId ?? null,
      domain: args.domain ?? null,
      termId: args.termId ?? null,
      level: args.level ?? null,
    });
    const { rows, total } = await this.repository.page({
      search,
      restrictToIds: args.restrictToIds ?? null,
      conditions,
      searchMatches,
      after,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const edges = page.map((p) => ({
      cursor: encodeCursor([p.displayName, p.id]),
      node: this.toModel(p, scope.viewer),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async pendingAdmissions(viewer: Viewer): Promise<Person[]> {
    return (await this.repository.findByRole('GUEST')).map((p) => this.toModel(p, viewer));
  }

  async updateProfile(viewer: Viewer, input: ProfileInput): Promise<Person> {
    if (input.orcid && !validOrcidChecksum(input.orcid)) {
      throw BadUserInputError.field('input.orcid', 'the ORCID iD checksum does not match');
    }
    if (input.displayName === null) throw BadUserInputError.field('input.displayName', 'must not be null');
    const fields: Partial<PersonEntity> = {};
    const set = <K extends keyof ProfileInput & keyof PersonEntity>(key: K, value: PersonEntity[K]) => {
      if (input[key] !== undefined) (fields as Record<string, unknown>)[key] = value;
    };
    set('displayName', input.displayName?.trim() as string);
    set('affiliation', input.affiliation?.trim() || null);
    set('country', input.country?.trim() || null);
    set('orcid', input.orcid || null);
    set('bio', input.bio?.trim() || null);
    set('domains', [...new Set(input.domains ?? [])]);
    set('computingRoles', [...new Set(input.computingRoles ?? [])]);
    set('targetGroup', input.targetGroup ?? null);
    set('timeZone', input.timeZone ?? null);
    if (Object.keys(fields).length) await this.repository.update(viewer.personId, fields);
    return this.toModel(await this.viewerPerson(viewer), viewer);
  }

  settingsOf(person: PersonEntity): NotificationSettings {
    return {
      digest: person.digest as DigestFrequency,
      meetingReminders: person.meetingReminders,
      newsletter: person.newsletter,
    };
  }

  async updateNotificationSettings(
    viewer: Viewer,
    input: NotificationSettingsInput,
  ): Promise<NotificationSettings> {
    const fields: Partial<PersonEntity> = {};
    if (input.digest !== undefined && input.digest !== null) fields.digest = input.digest;
    if (input.meetingReminders !== undefined && input.meetingReminders !== null)
      fields.meetingReminders = input.meetingReminders;
    if (input.newsletter !== undefined && input.newsletter !== null) fields.newsletter = input.newsletter;
    if (Object.keys(fields).length) await this.repository.update(viewer.personId, fields);
    if (fields.newsletter !== undefined) await this.newsletterSync?.(viewer.personId, fields.newsletter);
    return this.settingsOf(await this.viewerPerson(viewer));
  }

  /** Set by the newsletter module: NotificationSettings.newsletter is the person's subscription. */
  private newsletterSync?: (personId: string, subscribed: boolean) => Promise<void>;

  onNewsletterSettingChange(sync: (personId: string, subscribed: boolean) => Promise<void>): void {
    this.newsletterSync = sync;
  }

  /** OFFICE admits a GUEST as MEMBER. */
  async admitMember(viewer: Viewer, personId: string): Promise<Person> {
    const person = await this.findOrThrow(personId);
    if (person.role !== 'GUEST')
      throw new ConflictError(`${person.displayName} is already admitted (${person.role}).`);
    await this.repository.update(person.id, { role: 'MEMBER', roleSource: 'OFFICE' });
    this.forgetViewer(person.id);
    return this.toModel((await this.repository.findById(person.id))!, viewer);
  }

  /** OFFICE admits several GUESTs at once: all of them, or none and the first bad id named. */
  async admitMembers(viewer: Viewer, personIds: string[]): Promise<Person[]> {
    if (personIds.length < 1 || personIds.length > MAX_ADMISSIONS)
      throw BadUserInputError.field('personIds', `list 1 to ${MAX_ADMISSIONS} people`);
    const bad: Record<string, string> = {};
    const seen = new Set<string>();
    personIds.forEach((id, i) => {
      if (!isUuid(id)) bad[`personIds.${i}`] = 'is not the id of a person';
      else if (seen.has(id.toLowerCase())) bad[`personIds.${i}`] = 'is listed twice';
      seen.add(id.toLowerCase());
    });
    const ids = personIds.filter((id) => isUuid(id));
    const people = new Map((await this.repository.lockByIds(ids)).map((p) => [p.id, p]));
    personIds.forEach((id, i) => {
      if (bad[`personIds.${i}`]) return;
      const person = people.get(id.toLowerCase());
      if (!person) bad[`personIds.${i}`] = 'is not the id of a person';
      else if (person.role !== 'GUEST')
        bad[`personIds.${i}`] = `${person.displayName} is not waiting for admission (${person.role})`;
    });
    if (Object.keys(bad).length) throw new BadUserInputError(bad);
    const admitted = [...people.keys()];
    await this.repository.setRoles(admitted, 'MEMBER', 'OFFICE');
    for (const id of admitted) this.forgetViewer(id);
    return personIds.map((id) =>
      this.toModel({ ...people.get(id.toLowerCase())!, role: 'MEMBER', roleSource: 'OFFICE' }, viewer),
    );
  }

  /** OFFICE sets a role; the last OFFICE cannot be demoted, whoever asks. */
  async setPlatformRole(viewer: Viewer, personId: string, role: PlatformRole): Promise<Person> {
    if (!isOffice(viewer)) throw new ForbiddenError();
    const person = await this.findOrThrow(personId);
    if (person.role === 'OFFICE' && role !== 'OFFICE') {
      const offices = await this.repository.lockOfficeHolders();
      if (offices.length <= 1)
        throw new ConflictError('The last member of the office cannot be demoted: appoint another first.');
    }
    await this.repository.update(person.id, { role, roleSource: 'OFFICE' });
    this.forgetViewer(person.id);
    return this.toModel((await this.repository.findById(person.id))!, viewer);
  }

  private async findOrThrow(personId: string): Promise<PersonEntity> {
    const person = isUuid(personId) ? await this.repository.findById(personId) : null;
    if (!person) throw new NotFoundError('Person', personId);
    return person;
  }

  private forgetViewer(personId: string): void {
    this.sessions.cache.forgetPerson(personId);
    this.tokens.cache.forgetPerson(personId);
  }
}

/** What only the person themself and the office see of a person (role source, identities, sign-ins). */
export function seesAdministrationOf(viewer: Viewer | null, personId: string): boolean {
  return viewer !== null && (viewer.personId === personId || isOffice(viewer));
}

/** ISO 7064 MOD 11-2, the check digit of an ORCID iD. */
export function validOrcidChecksum(orcid: string): boolean {
  const digits = orcid.replace(/-/g, '');
  let total = 0;
  for (const c of digits.slice(0, -1)) total = (total + Number(c)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits.at(-1) === (check === 10 ? 'X' : String(check));
}
