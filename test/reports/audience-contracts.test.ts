import type { Viewer } from '@cop/identity';
import type { VisibilityValue } from '@cop/knowledge';
import {
  documentScope,
  documentSourcesSql,
  documentVisible,
  documentVisibleToAudience,
  documentVisibleToAudienceSql,
} from '@cop/knowledge';
import {
  meetingScope,
  meetingSourcesSql,
  meetingVisible,
  meetingVisibleToAudience,
  meetingVisibleToAudienceSql,
} from '@cop/meetings';
import { Visibility } from '@cop/platform';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { GROUP_A, type SecurityFixture, seedSecurityFixture } from '../security/security-fixture';

/**
 * The audience a report's published notes are cut for (issue 24): every reader of a publication
 * at a visibility, asked of the documents' and meetings' contracts as SQL (composed in the
 * statements the evidence runs) and as a predicate. On the security fixture's documents and
 * meetings (every visibility, a deleted document, two groups): the SQL says what the predicate
 * says, and the audience never sees what one of its readers (of a report owned by group A) may not.
 */
describe('audiences: the published notes see what every reader sees', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: SecurityFixture;
  let readersOf: Record<Visibility, Viewer[]>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedSecurityFixture(api, env);
    const p = fx.ids.people;
    const viewer = (personId: string, role: Viewer['role']): Viewer => ({ personId, role, via: 'session' });
    const seatedInA = [viewer(p.MEMBER, 'MEMBER'), viewer(p.CHAIR, 'MEMBER'), viewer(p.OFFICE, 'OFFICE')];
    readersOf = {
      [Visibility.WORKING_GROUP]: seatedInA,
      [Visibility.COMMUNITY]: [...seatedInA, viewer(fx.ids.free, 'MEMBER')],
      [Visibility.PUBLIC]: [...seatedInA, viewer(fx.ids.free, 'MEMBER'), viewer(p.GUEST, 'GUEST')],
    };
  }, 120_000);

  afterAll(async () => {
    await fx?.close();
    await api?.close();
    await env?.cleanup();
  });

  const activeGroupsOf = async (personId: string): Promise<string[]> =>
    (
      await fx.db.query<{ id: string }>(
        `SELECT working_group_id AS id FROM memberships WHERE person_id = $1 AND status = 'ACTIVE'`,
        [personId],
      )
    ).rows.map((r) => r.id);

  it('documents: the SQL is the predicate, and a reader of each visibility sees all the audience sees', async () => {
    const docs = (
      await fx.db.query<{
        id: string;
        visibility: VisibilityValue;
        deletedAt: Date | null;
        groups: string[];
      }>(
        `SELECT d.id, d.visibility, d.deleted_at AS "deletedAt",
                COALESCE(array_agg(g.working_group_id) FILTER (WHERE g.working_group_id IS NOT NULL), '{}') AS groups
           FROM documents d LEFT JOIN document_working_groups g ON g.document_id = d.id GROUP BY d.id`,
      )
    ).rows;
    expect(new Set(docs.map((d) => d.visibility))).toEqual(new Set(['PUBLIC', 'COMMUNITY', 'WORKING_GROUP']));
    expect(docs.some((d) => d.deletedAt)).toBe(true);
    expect(docs.some((d) => d.visibility === 'WORKING_GROUP' && d.groups.includes(GROUP_A))).toBe(true);
    const seen: Record<string, Set<string>> = {};
    for (const audience of Object.values(Visibility)) {
      const statement = documentSourcesSql(
        docs.map((d) => d.id),
        (d) => documentVisibleToAudienceSql(audience, d),
      );
      const rows = (
        await fx.db.query<{ id: string; visible: boolean }>(statement.text, [...statement.values])
      ).rows;
      const bySql = new Set(rows.filter((r) => r.visible).map((r) => r.id));
      const byPredicate = new Set(
        docs.filter((d) => documentVisibleToAudience(audience, d)).map((d) => d.id),
      );
      expect({ audience, ids: [...bySql].sort() }).toEqual({ audience, ids: [...byPredicate].sort() });
      let byAll = new Set(docs.map((d) => d.id));
      for (const reader of readersOf[audience]) {
        const active = await activeGroupsOf(reader.personId);
        const sees = new Set(
          docs.filter((d) => documentVisible(documentScope(reader), d, d.groups, active)).map((d) => d.id),
        );
        byAll = new Set([...byAll].filter((id) => sees.has(id)));
      }
      for (const id of bySql)
        expect({ audience, id, seenByEveryReader: byAll.has(id) }).toMatchObject({ seenByEveryReader: true });
      // PUBLIC and COMMUNITY: exactly what all their readers see; WORKING_GROUP quotes nothing of a group.
      if (audience !== Visibility.WORKING_GROUP) expect([...bySql].sort()).toEqual([...byAll].sort());
      seen[audience] = bySql;
    }
    expect(seen.PUBLIC.size).toBeGreaterThan(0);
    expect(seen.COMMUNITY.size).toBeGreaterThan(seen.PUBLIC.size);
    expect(seen.WORKING_GROUP).toEqual(seen.COMMUNITY);
  });

  it('meetings: the SQL is the predicate, and a reader of each visibility sees all the audience sees', async () => {
    const meetings = (
      await fx.db.query<{ id: string; visibility: string; workingGroupId: string | null }>(
        `SELECT id, visibility, working_group_id AS "workingGroupId" FROM meetings`,
      )
    ).rows;
    expect(meetings.some((m) => m.visibility === 'WORKING_GROUP' && m.workingGroupId === GROUP_A)).toBe(true);
    const seen: Record<string, Set<string>> = {};
    for (const audience of Object.values(Visibility)) {
      const statement = meetingSourcesSql(
        meetings.map((m) => m.id),
        (m) => meetingVisibleToAudienceSql(audience, m),
      );
      const rows = (
        await fx.db.query<{ id: string; visible: boolean }>(statement.text, [...statement.values])
      ).rows;
      const bySql = new Set(rows.filter((r) => r.visible).map((r) => r.id));
      const byPredicate = new Set(
        meetings.filter((m) => meetingVisibleToAudience(audience, m)).map((m) => m.id),
      );
      expect({ audience, ids: [...bySql].sort() }).toEqual({ audience, ids: [...byPredicate].sort() });
      let byAll = new Set(meetings.map((m) => m.id));
      for (const reader of readersOf[audience]) {
        const active = new Set(await activeGroupsOf(reader.personId));
        const sees = new Set(
          meetings.filter((m) => meetingVisible(meetingScope(reader), m, active)).map((m) => m.id),
        );
        byAll = new Set([...byAll].filter((id) => sees.has(id)));
      }
      for (const id of bySql)
        expect({ audience, id, seenByEveryReader: byAll.has(id) }).toMatchObject({ seenByEveryReader: true });
      if (audience !== Visibility.WORKING_GROUP) expect([...bySql].sort()).toEqual([...byAll].sort());
      seen[audience] = bySql;
    }
    expect(seen.PUBLIC.size).toBeGreaterThan(0);
    expect(seen.COMMUNITY.size).toBeGreaterThan(seen.PUBLIC.size);
    expect(seen.WORKING_GROUP).toEqual(seen.COMMUNITY);
  });
});
