import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionContext, sql } from '@cop/platform';
import { memberCountSql, peopleWithAddressSql, personBriefSql } from '@cop/identity';
import {
  MembershipEntity,
  MembershipEventEntity,
  type MembershipEventValue,
  type MembershipRoleValue,
} from './membership.entity';
import { membershipVisibleSql, type SeatScope } from './membership-visibility';
import { WorkingGroupEntity } from './working-group.entity';

/** The sort key of member lists: chairs first, then by request time. */
export interface SeatCursor {
  chairFirst: number;
  requestedAt: string;
  id: string;
}

export interface CommunityStatsRow {
  participants: number;
  people: number;
  members: number;
  workingGroups: number;
}

export interface Recipient {
  id: string;
  displayName: string;
  email: string;
  timeZone: string | null;
}

interface SeatRow {
  id: string;
  person_id: string;
  working_group_id: string;
  role: MembershipRoleValue;
  status: 'PENDING' | 'ACTIVE';
  requested_at: Date;
  joined_at: Date | null;
}

function toEntity(r: SeatRow): MembershipEntity {
  return Object.assign(new MembershipEntity(), {
    id: r.id,
    personId: r.person_id,
    workingGroupId: r.working_group_id,
    role: r.role,
    status: r.status,
    requestedAt: r.requested_at,
    joinedAt: r.joined_at,
  });
}

@Injectable()
export class MembershipsRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get seats() {
    return this.tx.manager().getRepository(MembershipEntity);
  }

  private get events() {
    return this.tx.manager().getRepository(MembershipEventEntity);
  }

  findById(id: string): Promise<MembershipEntity | null> {
    return this.seats.findOneBy({ id });
  }

  findSeat(personId: string, workingGroupId: string): Promise<MembershipEntity | null> {
    return this.seats.findOneBy({ personId, workingGroupId });
  }

  /** ACTIVE seats of a group; call with the group row locked when the answer decides a write. */
  countActiveSeats(workingGroupId: string): Promise<number> {
    return this.seats.countBy({ workingGroupId, status: 'ACTIVE' });
  }

  countActiveChairs(workingGroupId: string): Promise<number> {
    return this.seats.countBy({ workingGroupId, status: 'ACTIVE', role: 'CHAIR' });
  }

  isActiveChair(personId: string, workingGroupId: string): Promise<boolean> {
    return this.seats.exists({ where: { personId, workingGroupId, status: 'ACTIVE', role: 'CHAIR' } });
  }

  async insert(seat: Omit<MembershipEntity, 'id'>): Promise<MembershipEntity> {
    return this.seats.save(this.seats.create(seat));
  }

  async update(id: string, fields: Partial<Omit<MembershipEntity, 'id'>>): Promise<void> {
    await this.seats.update({ id }, fields);
  }

  async delete(id: string): Promise<void> {
    await this.seats.delete({ id });
  }

  async recordEvent(
    seat: Pick<MembershipEntity, 'id' | 'personId' | 'workingGroupId' | 'role'>,
    event: MembershipEventValue,
    actorId: string | null,
    occurredAt?: Date,
  ): Promise<void> {
    await this.events.insert({
      membershipId: seat.id,
      personId: seat.personId,
      workingGroupId: seat.workingGroupId,
      role: seat.role,
      event,
      actorId,
      // The seed backdates its seats; everything else happens now (the column's default).
      ...(occurredAt ? { occurredAt } : {}),
    });
  }

  eventsOfGroup(workingGroupId: string): Promise<MembershipEventEntity[]> {
    return this.events.find({ where: { workingGroupId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  /** One page of a group's seat history, newest first, after the event `afterId` (the cursor). */
  async historyPage(
    workingGroupId: string,
    afterId: string | null,
    limit: number,
  ): Promise<MembershipEventEntity[]> {
    if (limit === 0) return [];
    const rows = await this.tx.query<{
      id: string;
      person_id: string;
      actor_id: string | null;
      event: MembershipEventValue;
      role: MembershipRoleValue;
      occurred_at: Date;
    }>(
      sql`SELECT id::text AS id, person_id, actor_id, event, role, occurred_at FROM membership_events
        WHERE working_group_id = ${workingGroupId}
          AND (${afterId}::bigint IS NULL OR (occurred_at, id) <
            (SELECT a.occurred_at, a.id FROM membership_events a WHERE a.id = ${afterId}::bigint))
        ORDER BY occurred_at DESC, id DESC LIMIT ${limit}`,
    );
    return rows.map((r) =>
      Object.assign(new MembershipEventEntity(), {
        id: r.id,
        membershipId: '',
        personId: r.person_id,
        workingGroupId,
        event: r.event,
        role: r.role,
        actorId: r.actor_id,
        occurredAt: r.occurred_at,
      }),
    );
  }

  countHistory(workingGroupId: string): Promise<number> {
    return this.events.countBy({ workingGroupId });
  }

  /**
   * The community month by month, from the first event to the month of `now`: each seat's state
   * at the end of a month is its last status-changing event before then (ROLE_CHANGED keeps it).
   */
  async growth(now: Date): Promise<{ month: Date; participants: number; people: number }[]> {
    const rows = await this.tx.query<{ month: Date; participants: string; people: string }>(
      sql`WITH months AS (
          SELECT generate_series(
            date_trunc('month', min(occurred_at) AT TIME ZONE 'UTC'),
            date_trunc('month', ${now}::timestamptz AT TIME ZONE 'UTC'),
            interval '1 month') AS m
          FROM membership_events
        ), states AS (
          SELECT months.m, s.person_id, s.event FROM months CROSS JOIN LATERAL (
            SELECT DISTINCT ON (e.membership_id) e.person_id, e.event FROM membership_events e
            WHERE e.event <> 'ROLE_CHANGED' AND e.occurred_at < (months.m + interval '1 month') AT TIME ZONE 'UTC'
            ORDER BY e.membership_id, e.occurred_at DESC, e.id DESC
          ) s
        )
        SELECT months.m AT TIME ZONE 'UTC' AS month,
          count(st.person_id) FILTER (WHERE st.event IN ('JOINED', 'APPROVED', 'ADDED')) AS participants,
          count(DISTINCT st.person_id) FILTER (WHERE st.event IN ('JOINED', 'APPROVED', 'ADDED')) AS people
        FROM months LEFT JOIN states st ON st.m = months.m
        GROUP BY months.m ORDER BY months.m`,
    );
    return rows.map((r) => ({
      month: r.month,
      participants: Number(r.participants),
      people: Number(r.people),
    }));
  }

  /** ACTIVE seats per group (public counts). */
  async activeCounts(groupIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.tx.query<{ working_group_id: string; n: string }>(
      sql`SELECT working_group_id, count(*) AS n FROM memberships
        WHERE working_group_id = ANY(${groupIds}::uuid[]) AND status = 'ACTIVE' GROUP BY working_group_id`,
    );
    return new Map(rows.map((r) => [r.working_group_id, Number(r.n)]));
  }

  /** ACTIVE chair seats of the groups, oldest first. */
  async activeChairs(groupIds: readonly string[]): Promise<MembershipEntity[]> {
    if (!groupIds.length) return [];
    return this.tx.query(
      sql`SELECT ${this.tx.columnsOf(MembershipEntity, 'm')} FROM memberships m
        WHERE m.working_group_id = ANY(${groupIds}::uuid[]) AND m.status = 'ACTIVE' AND m.role = 'CHAIR'
        ORDER BY m.joined_at, m.id`,
    );
  }

  /** One page of the seats the scope may see, for each group, in one query (window per group). */
  async pageOfGroups(
    groupIds: readonly string[],
    scope: SeatScope,
    after: SeatCursor | null,
    limit: number,
  ): Promise<MembershipEntity[]> {
    if (!groupIds.length || limit === 0) return [];
    const chairFirst = after?.chairFirst ?? null;
    const rows = await this.tx.query<SeatRow>(
      sql`SELECT * FROM (
         SELECT m.*, row_number() OVER (PARTITION BY m.working_group_id
           ORDER BY (m.role <> 'CHAIR')::int, m.requested_at, m.id) AS rn
         FROM memberships m
         WHERE m.working_group_id = ANY(${groupIds}::uuid[]) AND ${membershipVisibleSql(scope, 'm')}
           AND (${chairFirst}::int IS NULL OR ((m.role <> 'CHAIR')::int, m.requested_at, m.id)
             > (${chairFirst}::int, ${after?.requestedAt ?? null}::timestamptz, ${after?.id ?? null}::uuid))
       ) s WHERE s.rn <= ${limit}
       ORDER BY s.working_group_id, s.rn`,
    );
    return rows.map(toEntity);
  }

  /** How many seats of each group the scope may see (totalCount of member lists). */
  async visibleCounts(groupIds: readonly string[], scope: SeatScope): Promise<Map<string, number>> {
    if (scope.kind === 'none' || !groupIds.length) return new Map();
    const rows = await this.tx.query<{ working_group_id: string; n: string }>(
      sql`SELECT m.working_group_id, count(*) AS n FROM memberships m
        WHERE m.working_group_id = ANY(${groupIds}::uuid[]) AND ${membershipVisibleSql(scope, 'm')}
        GROUP BY m.working_group_id`,
    );
    return new Map(rows.map((r) => [r.working_group_id, Number(r.n)]));
  }

  /** The seats of these people the scope may see (Person.memberships). */
  async visibleOfPeople(
    personIds: readonly string[],
    scope: SeatScope,
  ): Promise<{ seat: MembershipEntity; group: WorkingGroupEntity }[]> {
    if (scope.kind === 'none' || !personIds.length) return [];
    // The group's columns come along (the join is there for the order anyway): the caller primes
    // the request's group loader with them, so Membership.workingGroup costs no statement.
    const rows = await this.tx.query<Omit<SeatRow, 'id'> & WorkingGroupEntity & { seat_id: string }>(
      sql`SELECT m.id AS seat_id, m.person_id, m.working_group_id, m.role, m.status, m.requested_at, m.joined_at,
          ${this.tx.columnsOf(WorkingGroupEntity, 'g')}
        FROM memberships m JOIN working_groups g ON g.id = m.working_group_id
        WHERE m.person_id = ANY(${personIds}::uuid[]) AND ${membershipVisibleSql(scope, 'm')}
        ORDER BY length(g.code), g.code`,
    );
    // columnsOf names the group's columns by property, the seat's are snake_case: no name is shared.
    return rows.map(
      ({ seat_id, person_id, working_group_id, role, status, requested_at, joined_at, ...group }) => ({
        seat: toEntity({ id: seat_id, person_id, working_group_id, role, status, requested_at, joined_at }),
        group: Object.assign(new WorkingGroupEntity(), group),
      }),
    );
  }

  /** One person's seats in these groups (viewerMembership). */
  seatsOfPersonIn(personId: string, groupIds: readonly string[]): Promise<MembershipEntity[]> {
    if (!groupIds.length) return Promise.resolve([]);
    return this.seats.findBy({ personId, workingGroupId: In([...groupIds]) });
  }

  async stats(): Promise<CommunityStatsRow> {
    const [row] = await this.tx.query<Record<keyof CommunityStatsRow, string>>(
      sql`SELECT
         (SELECT count(*) FROM memberships WHERE status = 'ACTIVE') AS participants,
         (SELECT count(DISTINCT person_id) FROM memberships WHERE status = 'ACTIVE') AS people,
         ${memberCountSql()} AS members,
         (SELECT count(*) FROM working_groups) AS "workingGroups"`,
    );
    return {
      participants: Number(row.participants),
      people: Number(row.people),
      members: Number(row.members),
      workingGroups: Number(row.workingGroups),
    };
  }

  /** Name and affiliation for e-mails (the worker runs without the identity module). */
  async personBrief(
    id: string,
  ): Promise<{ id: string; displayName: string; affiliation: string | null } | null> {
    const [row] = await this.tx.query<{ id: string; displayName: string; affiliation: string | null }>(
      personBriefSql(id),
    );
    return row ?? null;
  }

  /** Who is told of a join request: the group's active chairs and the office, with an address. */
  recipientsOfRequest(workingGroupId: string): Promise<Recipient[]> {
    return this.tx.query<Recipient>(
      sql`SELECT p.id, p."displayName", p.email, p."timeZone" FROM (${peopleWithAddressSql()}) p
        WHERE (p.role = 'OFFICE' OR EXISTS (
          SELECT 1 FROM memberships c WHERE c.person_id = p.id AND c.working_group_id = ${workingGroupId}
            AND c.role = 'CHAIR' AND c.status = 'ACTIVE'))
        ORDER BY p.id`,
    );
  }
}
