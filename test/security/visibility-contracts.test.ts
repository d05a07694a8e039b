import { scopeForPerson, type Scope, type Viewer } from '@cop/identity';
import { DocumentVisibility, documentScope, documentVisible, documentVisibleSql } from '@cop/knowledge';
import { MeetingRepository, MeetingVisibility, meetingScope, meetingVisible } from '@cop/meetings';
import { MembershipVisibility, type MembershipEntity } from '@cop/community';
import { ReportVisibility } from '@cop/reports';
import { SurveyVisibility } from '@cop/surveys';
import { UseCaseVisibility } from '@cop/use-cases';
import { TransactionContext, sql } from '@cop/platform';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { GROUP_A, type SecurityFixture, seedSecurityFixture } from './security-fixture';

/**
 * The visibility contracts (issue 24): a domain's batched `visibleIdsAmong` says, for every
 * role, exactly what its single-object predicate says, on the security fixture's documents and
 * meetings (every visibility, a deleted document, two groups); and the meetings' recipients
 * (minutes, reminders) are the contract's readers: each is a MEMBER or OFFICE of the audience
 * the predicate lets see the meeting, and none of those is left out.
 */
describe('visibility contracts: the batch agrees with the predicate for every role', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: SecurityFixture;
  /** Each kind of caller, by name: null is anonymous. */
  let callers: Record<string, Viewer | null>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedSecurityFixture(api, env);
    // A GUEST who holds an ACTIVE seat in A (a member demoted on a lost entitlement, say).
    await fx.db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at)
       VALUES ($1, $2, 'MEMBER', 'ACTIVE', now())`,
      [fx.ids.newcomer, GROUP_A],
    );
    const p = fx.ids.people;
    const viewer = (personId: string, role: Viewer['role']): Viewer => ({ personId, role, via: 'session' });
    callers = {
      anonymous: null,
      'GUEST without a seat': viewer(p.GUEST, 'GUEST'),
      'GUEST with a seat in A': viewer(fx.ids.newcomer, 'GUEST'),
      'MEMBER with a seat in A': viewer(p.MEMBER, 'MEMBER'),
      'MEMBER without a seat': viewer(fx.ids.free, 'MEMBER'),
      'chair of A': viewer(p.CHAIR, 'MEMBER'),
      OFFICE: viewer(p.OFFICE, 'OFFICE'),
    };
  }, 120_000);

  afterAll(async () => {
    await fx?.close();
    await api?.close();
    await env?.cleanup();
  });

  const activeGroupsOf = async (personId: string | null): Promise<string[]> =>
    personId
      ? (
          await fx.db.query<{ id: string }>(
            `SELECT working_group_id AS id FROM memberships WHERE person_id = $1 AND status = 'ACTIVE'`,
            [personId],
          )
        ).rows.map((r) => r.id)
      : [];

  const scopeOfCaller = (name: string): Scope => scopeForPerson(callers[name]);
  const names = () => Object.keys(callers);

  it('documents: visibleIdsAmong = documentVisible, for every role', async () => {
    const docs = (
      await fx.db.query<{ id: string; visibility: string; deletedAt: Date | null; groups: string[] }>(
        `SELECT d.id, d.visibility, d.deleted_at AS "deletedAt",
                COALESCE(array_agg(g.working_group_id) FILTER (WHERE g.working_group_id IS NOT NULL), '{}') AS groups
           FROM documents d LEFT JOIN document_working_groups g ON g.document_id = d.id GROUP BY d.id`,
      )
    ).rows;
    expect(new Set(docs.map((d) => d.visibility))).toEqual(new Set(['PUBLIC', 'COMMUNITY', 'WORKING_GROUP']));
    expect(docs.some((d) => d.deletedAt)).toBe(true);
    const contract = api.app.get(DocumentVisibility);
    const seen: Record<string, number> = {};
    for (const name of names()) {
      const scope = scopeOfCaller(name);
      const active = await activeGroupsOf(scope.personId);
      // A non-UUID and an unknown id are simply not visible.
      const batch = await contract.visibleIdsAmong(scope, [
        ...docs.map((d) => d.id),
        'not-a-uuid',
        '00000000-0000-4000-8000-000000000000',
      ]);
      const predicate = new Set(
        docs
          .filter((d) => documentVisible(documentScope(scope), d as never, d.groups, active))
          .map((d) => d.id),
      );
      expect({ name, ids: [...batch].sort() }).toEqual({ name, ids: [...predicate].sort() });
      // Both SQL shapes of the rule (VisibilityShape) over the whole table, as lists and search use it.
      for (const shape of ['set', 'row'] as const) {
        const rows = await api.app
          .get(TransactionContext)
          .query<{ id: string }>(
            sql`SELECT d.id FROM documents d WHERE ${documentVisibleSql(documentScope(scope), 'd', shape)}`,
          );
        expect({ name, shape, ids: rows.map((r) => r.id).sort() }).toEqual({
          name,
          shape,
          ids: [...predicate].sort(),
        });
      }
      // The contract's own predicate is the same rule.
      expect(docs.filter((d) => contract.visible(scope, d as never, d.groups, active)).length).toBe(
        predicate.size,
      );
      seen[name] = batch.size;
    }
    // Not vacuous: the public < a member without a seat < one with a seat < the office.
    expect(seen['GUEST with a seat in A']).toBe(seen.anonymous);
    expect(seen['GUEST without a seat']).toBe(seen.anonymous);
    expect(seen['MEMBER without a seat']).toBeGreaterThan(seen.anonymous);
    expect(seen['MEMBER with a seat in A']).toBeGreaterThan(seen['MEMBER without a seat']);
    expect(seen.OFFICE).toBeGreaterThanOrEqual(seen['chair of A']);
  });

  it('meetings: visibleIdsAmong = meetingVisible, for every role; recipients are its readers', async () => {
    const meetings = (
      await fx.db.query<{ id: string; visibility: string; workingGroupId: string | null }>(
        `SELECT id, visibility, working_group_id AS "workingGroupId" FROM meetings`,
      )
    ).rows;
    expect(new Set(meetings.map((m) => m.visibility))).toEqual(
      new Set(['PUBLIC', 'COMMUNITY', 'WORKING_GROUP']),
    );
    const contract = api.app.get(MeetingVisibility);
    const seen: Record<string, Set<string>> = {};
    for (const name of names()) {
      const scope = scopeOfCaller(name);
      const active = new Set(await activeGroupsOf(scope.personId));
      const batch = await contract.visibleIdsAmong(scope, [...meetings.map((m) => m.id), 'x']);
      const predicate = new Set(
        meetings.filter((m) => meetingVisible(meetingScope(scope), m, active)).map((m) => m.id),
      );
      expect({ name, ids: [...batch].sort() }).toEqual({ name, ids: [...predicate].sort() });
      expect(meetings.filter((m) => contract.visible(scope, m, active)).length).toBe(predicate.size);
      seen[name] = batch;
    }
    expect(seen['GUEST with a seat in A'].has(fx.ids.groupMeeting)).toBe(false);
    expect(seen['GUEST with a seat in A']).toEqual(seen.anonymous);
    expect(seen['MEMBER with a seat in A'].has(fx.ids.groupMeeting)).toBe(true);
    expect(seen['MEMBER without a seat'].has(fx.ids.groupMeeting)).toBe(false);
    expect(seen['MEMBER without a seat'].has(fx.ids.communityMeeting)).toBe(true);
    expect(seen.OFFICE.size).toBe(meetings.length);

    // Recipients of the minutes and reminders, per meeting: exactly the MEMBER and OFFICE people
    // with an address, of the meeting's audience (its group's ACTIVE seats, or everyone), whom
    // the predicate lets see it.
    const people = (
      await fx.db.query<{ id: string; role: Viewer['role']; email: string | null }>(
        `SELECT id, role, email FROM people`,
      )
    ).rows;
    const repository = api.app.get(MeetingRepository);
    for (const m of meetings) {
      const expected: string[] = [];
      for (const p of people) {
        if (!p.email || (p.role !== 'MEMBER' && p.role !== 'OFFICE')) continue;
        const active = new Set(await activeGroupsOf(p.id));
        if (m.workingGroupId && !active.has(m.workingGroupId)) continue;
        const scope = scopeForPerson({ personId: p.id, role: p.role, via: 'session' });
        if (meetingVisible(meetingScope(scope), m, active)) expected.push(p.id);
      }
      const recipients = (await repository.minutesRecipients(m)).map((r) => r.id);
      expect({ meeting: m.id, recipients: recipients.sort() }).toEqual({
        meeting: m.id,
        recipients: expected.sort(),
      });
    }
    const groupRecipients = (await repository.minutesRecipients({ id: fx.ids.groupMeeting })).map(
      (r) => r.id,
    );
    expect(groupRecipients).toContain(fx.ids.people.CHAIR);
    expect(groupRecipients).not.toContain(fx.ids.newcomer);
  });

  it('surveys, use cases, reports and seats: visibleIdsAmong = the predicate, for every role', async () => {
    const ids = async (table: string) =>
      (await fx.db.query<{ id: string }>(`SELECT id FROM ${table}`)).rows.map((r) => r.id);
    const surveys = (await fx.db.query<{ id: string; status: string }>(`SELECT id, status FROM surveys`))
      .rows;
    const seats = (
      await fx.db.query<{
        id: string;
        personId: string;
        status: MembershipEntity['status'];
        groupId: string;
      }>(`SELECT id, person_id AS "personId", status, working_group_id AS "groupId" FROM memberships`)
    ).rows;
    const useCases = await ids('use_cases');
    const reports = await ids('reports');
    expect(surveys.some((x) => x.status === 'DRAFT') && useCases.length > 0 && reports.length > 0).toBe(true);
    expect(seats.some((x) => x.status === 'PENDING')).toBe(true);
    const contracts = {
      surveys: api.app.get(SurveyVisibility),
      useCases: api.app.get(UseCaseVisibility),
      reports: api.app.get(ReportVisibility),
      seats: api.app.get(MembershipVisibility),
    };
    const sorted = (xs: Iterable<string>) => [...xs].sort();
    const sizes: Record<string, number[]> = {};
    for (const name of names()) {
      const scope = scopeOfCaller(name);
      const chaired = new Set(
        scope.personId
          ? (
              await fx.db.query<{ id: string }>(
                `SELECT working_group_id AS id FROM memberships WHERE person_id = $1 AND status = 'ACTIVE' AND role = 'CHAIR'`,
                [scope.personId],
              )
            ).rows.map((r) => r.id)
          : [],
      );
      const got = {
        surveys: sorted(
          await contracts.surveys.visibleIdsAmong(
            scope,
            surveys.map((x) => x.id),
          ),
        ),
        useCases: sorted(await contracts.useCases.visibleIdsAmong(scope, useCases)),
        reports: sorted(await contracts.reports.visibleIdsAmong(scope, reports)),
        seats: sorted(
          await contracts.seats.visibleIdsAmong(
            scope,
            seats.map((x) => x.id),
          ),
        ),
      };
      const want = {
        surveys: sorted(surveys.filter((x) => contracts.surveys.visible(scope, x)).map((x) => x.id)),
        useCases: sorted(useCases.filter(() => contracts.useCases.visible(scope))),
        reports: sorted(reports.filter(() => contracts.reports.visible(scope))),
        seats: sorted(
          seats.filter((x) => contracts.seats.visible(scope, x, chaired.has(x.groupId))).map((x) => x.id),
        ),
      };
      expect({ name, ...got }).toEqual({ name, ...want });
      sizes[name] = [got.surveys.length, got.useCases.length, got.reports.length, got.seats.length];
    }
    // Not vacuous: the office sees every one of them, a GUEST (seat or none) no use case nor report.
    expect(sizes.OFFICE).toEqual([surveys.length, useCases.length, reports.length, seats.length]);
    expect(sizes['GUEST with a seat in A'].slice(1, 3)).toEqual([0, 0]);
    expect(sizes['MEMBER without a seat'][0]).toBeLessThan(surveys.length);
    expect(sizes['chair of A'][3]).toBeGreaterThan(sizes['MEMBER without a seat'][3]);
  });
});
