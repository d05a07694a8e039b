import { empty, ident, sql, type Sql } from '@cop/platform';

/**
 * Community's seats and groups as SQL for the statements of other domains (issue 24): they
 * compose these instead of reading memberships and working_groups themselves, so the tables
 * stay community's and a change to what "an active seat" means is made here once. A person or a
 * group is given as SQL: a bound value (sql`${id}::uuid`) or a column of the outer statement
 * (sql`p.id`, sql`m.working_group_id`). `alias` names the memberships row inside, kept apart
 * from the outer statement's aliases.
 */

/** The person holds an ACTIVE seat in the group. */
export function holdsActiveSeatSql(group: Sql, person: Sql, alias = 'vs'): Sql {
  const s = ident(alias);
  return sql`EXISTS (SELECT 1 FROM memberships ${s}
      WHERE ${s}.working_group_id = ${group} AND ${s}.person_id = ${person} AND ${s}.status = 'ACTIVE')`;
}

/** The person holds an ACTIVE CHAIR seat in the group. */
export function chairsGroupSql(group: Sql, person: Sql, alias = 'vc'): Sql {
  const s = ident(alias);
  return sql`EXISTS (SELECT 1 FROM memberships ${s}
      WHERE ${s}.working_group_id = ${group} AND ${s}.person_id = ${person} AND ${s}.status = 'ACTIVE' AND ${s}.role = 'CHAIR')`;
}

/**
 * A derived table (for `CROSS JOIN LATERAL (…) c`): the ACTIVE CHAIRs of the group, with when they
 * joined (for ordering). Rows: "personId", "joinedAt".
 */
export function activeChairsOfGroupSql(group: Sql, alias = 'ac'): Sql {
  const s = ident(alias);
  return sql`SELECT ${s}.person_id AS "personId", ${s}.joined_at AS "joinedAt" FROM memberships ${s}
      WHERE ${s}.working_group_id = ${group} AND ${s}.status = 'ACTIVE' AND ${s}.role = 'CHAIR'`;
}

/** A subquery of the ids of the people holding an ACTIVE seat in the group (for `p.id IN (…)`). */
export function activeSeatHolderIdsSql(group: Sql): Sql {
  return sql`SELECT sh.person_id FROM memberships sh WHERE sh.working_group_id = ${group} AND sh.status = 'ACTIVE'`;
}

/**
 * A subquery of the groups the person holds an ACTIVE seat in (for `x.working_group_id IN (…)`),
 * uncorrelated when the person is a bound value.
 */
export function activeSeatGroupIdsSql(person: Sql, alias = 'sg'): Sql {
  const s = ident(alias);
  return sql`SELECT ${s}.working_group_id FROM memberships ${s} WHERE ${s}.person_id = ${person} AND ${s}.status = 'ACTIVE'`;
}

/** A statement: the ACTIVE seats of these groups as rows ("groupId", "personId"). */
export function activeSeatsOfGroupsSql(groupIds: readonly string[]): Sql {
  return sql`SELECT working_group_id AS "groupId", person_id AS "personId" FROM memberships
        WHERE working_group_id = ANY(${groupIds}::uuid[]) AND status = 'ACTIVE'`;
}

/** A statement: the groups (rows "id") the person holds an ACTIVE seat in, or an ACTIVE CHAIR seat. */
export function seatGroupIdsSql(personId: string, opts: { chair?: boolean } = {}): Sql {
  const chair = opts.chair ? sql`AND role = 'CHAIR'` : empty;
  return sql`SELECT working_group_id AS id FROM memberships WHERE person_id = ${personId} AND status = 'ACTIVE' ${chair}`;
}

/** A statement: the working group of this id (rows "id", "code", "name"), none when unknown. */
export function workingGroupByIdSql(id: string): Sql {
  return sql`SELECT id, code, name FROM working_groups WHERE id = ${id}`;
}

/** A statement: the working groups of these codes (rows "id", "code"). */
export function workingGroupIdsByCodesSql(codes: readonly string[]): Sql {
  return sql`SELECT id, code FROM working_groups WHERE code = ANY(${codes}::text[])`;
}

/** The group's code, as a scalar subquery: NULL for no group (a community-wide row). */
export function groupCodeSql(group: Sql, alias = 'gc'): Sql {
  const g = ident(alias);
  return sql`(SELECT ${g}.code FROM working_groups ${g} WHERE ${g}.id = ${group})`;
}

/** A statement: the ids among these that name working groups (rows "id"). */
export function workingGroupIdsAmongSql(ids: readonly string[]): Sql {
  return sql`SELECT id FROM working_groups WHERE id = ANY(${ids}::uuid[])`;
}

/**
 * A derived table (for `JOIN LATERAL (…) r ON true`): the PENDING join requests in the groups
 * the person chairs (an ACTIVE CHAIR seat), kept to those `visible` lets the person see (a seat
 * visibility condition of membership-visibility.ts on the alias `${alias}rq`). Rows: id,
 * "groupId", "groupCode", "requesterId", "requestedAt".
 */
export function pendingRequestsChairedBySql(
  person: Sql,
  visible: (seatAlias: string) => Sql,
  alias = 'pr',
): Sql {
  const ch = ident(`${alias}ch`);
  const rq = ident(`${alias}rq`);
  const g = ident(`${alias}g`);
  return sql`SELECT ${rq}.id, ${g}.id AS "groupId", ${g}.code AS "groupCode", ${rq}.person_id AS "requesterId",
             ${rq}.requested_at AS "requestedAt"
        FROM memberships ${ch}
        JOIN memberships ${rq} ON ${rq}.working_group_id = ${ch}.working_group_id AND ${rq}.status = 'PENDING'
        JOIN working_groups ${g} ON ${g}.id = ${rq}.working_group_id
       WHERE ${ch}.person_id = ${person} AND ${ch}.role = 'CHAIR' AND ${ch}.status = 'ACTIVE'
         AND ${visible(`${alias}rq`)}`;
}
