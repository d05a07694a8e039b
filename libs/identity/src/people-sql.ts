import { empty, ident, sql, type Sql } from '@cop/platform';

/**
 * Identity's people as SQL for the statements of other domains (issue 24), in the style of
 * community's seat-sql.ts: they compose these instead of reading the people table themselves, so
 * the table stays identity's and what "a member", "a recipient" or "a person's role" means is
 * said here once. A person is given as SQL: a bound value (sql`${id}::uuid`) or a column of the
 * outer statement (sql`f.person_id`). `alias` names the people row inside, kept apart from the
 * outer statement's aliases.
 */

/** The person's platform role, as a scalar subquery: NULL for no such person. */
export function personRoleSql(person: Sql, alias = 'pr'): Sql {
  const p = ident(alias);
  return sql`(SELECT ${p}.role FROM people ${p} WHERE ${p}.id = ${person})`;
}

/** A statement: the person's platform role (a row "role"), none for no such person. */
export function personRoleByIdSql(id: string): Sql {
  return sql`SELECT role FROM people WHERE id = ${id}::uuid`;
}

/** A statement: the ids among these that name people (rows "id"). */
export function personIdsAmongSql(ids: readonly string[]): Sql {
  return sql`SELECT id FROM people WHERE id = ANY(${ids}::uuid[])`;
}

/** A statement: the display names of the people among these ids (rows "id", "displayName"). */
export function displayNamesOfSql(ids: readonly string[]): Sql {
  return sql`SELECT id, display_name AS "displayName" FROM people WHERE id = ANY(${ids}::uuid[])`;
}

/** A statement: everyone with role MEMBER or OFFICE (rows "id"). */
export function memberOrOfficeIdsSql(): Sql {
  return sql`SELECT id FROM people WHERE role IN ('MEMBER', 'OFFICE')`;
}

/** Whether the person of people alias `p` may be mailed what is meant for members: MEMBER or OFFICE, with an address. */
function mailable(p: Sql): Sql {
  return sql`${p}.email IS NOT NULL AND ${p}.role IN ('MEMBER', 'OFFICE')`;
}

/**
 * A derived table (for `JOIN (…) p ON …`) of the people who may be mailed what is meant for
 * members: role MEMBER or OFFICE and an address; with `meetingReminders`, only those who want
 * meeting reminders. Rows: id, role, email, "displayName", "timeZone".
 */
export function mailablePeopleSql(opts: { meetingReminders?: boolean } = {}, alias = 'mp'): Sql {
  const p = ident(alias);
  const reminders = opts.meetingReminders ? sql`AND ${p}.meeting_reminders` : empty;
  return sql`SELECT ${p}.id, ${p}.role, ${p}.email, ${p}.display_name AS "displayName", ${p}.time_zone AS "timeZone"
        FROM people ${p} WHERE ${mailable(p)} ${reminders}`;
}

/**
 * A derived table (for `FROM (…) p`) of everyone as the digests read them: id, role, email,
 * "displayName", "timeZone" (as stored, '' or NULL for none), digest (the frequency chosen:
 * NEVER, DAILY or WEEKLY) and recipient (whether they may be mailed what is meant for members,
 * as mailablePeopleSql decides).
 */
export function digestPeopleSql(alias = 'dp'): Sql {
  const p = ident(alias);
  return sql`SELECT ${p}.id, ${p}.role, ${p}.email, ${p}.display_name AS "displayName", ${p}.time_zone AS "timeZone",
             ${p}.digest, (${mailable(p)}) AS recipient
        FROM people ${p}`;
}

/** A statement: the person's digests stop (digest NEVER); a row "id", none for no such person. */
export function stopDigestsSql(personId: string): Sql {
  return sql`UPDATE people SET digest = 'NEVER' WHERE id = ${personId} RETURNING id`;
}

/** The person's name as lists sort it (lower-cased display name), as a scalar subquery. */
export function nameSortKeySql(person: Sql, alias = 'pn'): Sql {
  const p = ident(alias);
  return sql`(SELECT lower(${p}.display_name) FROM people ${p} WHERE ${p}.id = ${person})`;
}

/** The person's display name, as a scalar subquery: NULL for no such person. */
export function displayNameSql(person: Sql, alias = 'pd'): Sql {
  const p = ident(alias);
  return sql`(SELECT ${p}.display_name FROM people ${p} WHERE ${p}.id = ${person})`;
}

/**
 * A statement: sets the newsletter flag (NotificationSettings.newsletter) of the people `match`
 * picks (a condition on the people row under `alias`) where it differs.
 */
export function setNewsletterFlagSql(value: boolean, match: (p: string) => Sql, alias = 'pnl'): Sql {
  const p = ident(alias);
  return sql`UPDATE people ${p} SET newsletter = ${value} WHERE ${match(alias)} AND ${p}.newsletter <> ${value}`;
}

/** A statement: the person's address (rows email; none for no such person). */
export function personEmailSql(personId: string): Sql {
  return sql`SELECT email FROM people WHERE id = ${personId}`;
}

/** The number of people with the role MEMBER or OFFICE, as a scalar subquery. */
export function memberCountSql(alias = 'pmc'): Sql {
  const p = ident(alias);
  return sql`(SELECT count(*) FROM people ${p} WHERE ${p}.role IN ('MEMBER', 'OFFICE'))`;
}

/** A statement: the person's name and affiliation (rows id, "displayName", affiliation; none for no such person). */
export function personBriefSql(id: string): Sql {
  return sql`SELECT id, display_name AS "displayName", affiliation FROM people WHERE id = ${id}`;
}

/**
 * A derived table (for `FROM (…) p`) of the people with an address, whatever their role: id,
 * role, "displayName", email, "timeZone" (as stored).
 */
export function peopleWithAddressSql(alias = 'pwa'): Sql {
  const p = ident(alias);
  return sql`SELECT ${p}.id, ${p}.role, ${p}.display_name AS "displayName", ${p}.email, ${p}.time_zone AS "timeZone"
        FROM people ${p} WHERE ${p}.email IS NOT NULL`;
}
