// The limit the API is measured against: bare node:http, one pg.Pool, hand-written SQL, the same
// `data` JSON as the API's GraphQL answer for each load scenario. It applies the same visibility
// rules (the domains' own SQL conditions) and nothing else: no session look-up (the viewer's id
// comes in the URL), no GraphQL parsing or validation, no DataLoaders, no ORM.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { groupedByKeys, sql } from '@cop/platform';
import { MARK_START, MARK_STOP, documentVisibleToMemberSql, headlineHtml } from '@cop/knowledge';
import {
  expandOccurrences,
  meetingVisibleToMemberSql,
  renderFeed,
  type MeetingWithExceptions,
} from '@cop/meetings';

export interface RunningBaseline {
  url: string;
  close(): Promise<void>;
}

const DAY_MS = 24 * 3600 * 1000;
// The domains' member rules as text, the viewer's id as this server's own $1.
const MEMBER_DOCS = documentVisibleToMemberSql('d', sql`CAST($1 AS uuid)`).text;
const seatedMeetings = (m: string) => meetingVisibleToMemberSql(m, sql`$1::uuid`).text;

const MEETING_COLUMNS = `m.id, m.title, m.description, m.working_group_id AS "workingGroupId",
  m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.time_zone AS "timeZone", m.rrule,
  m.series_ends_at AS "seriesEndsAt", m.location, m.video_url AS "videoUrl", m.visibility, m.status,
  m.organizer_id AS "organizerId", m.minutes, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  COALESCE((SELECT json_agg(json_build_object('originalStartsAt', e.original_starts_at, 'cancelled', e.cancelled,
    'startsAt', e.starts_at, 'endsAt', e.ends_at, 'updatedAt', e.updated_at))
    FROM meeting_exceptions e WHERE e.meeting_id = m.id), '[]'::json) AS exceptions`;

type RawMeeting = Omit<MeetingWithExceptions, 'exceptions'> & {
  exceptions: {
    originalStartsAt: string;
    cancelled: boolean;
    startsAt: string | null;
    endsAt: string | null;
    updatedAt: string;
  }[];
};

function withExceptions(r: RawMeeting): MeetingWithExceptions {
  return {
    ...r,
    exceptions: r.exceptions.map((e) => ({
      originalStartsAt: new Date(e.originalStartsAt),
      cancelled: e.cancelled,
      startsAt: e.startsAt ? new Date(e.startsAt) : null,
      endsAt: e.endsAt ? new Date(e.endsAt) : null,
      updatedAt: new Date(e.updatedAt),
    })),
  };
}

/** Occurrences of the rows in [from, to), by start then meeting id, as MeetingsService orders them. */
function occurrences(rows: MeetingWithExceptions[], from: Date, to: Date) {
  const out: {
    row: MeetingWithExceptions;
    originalStartsAt: Date;
    startsAt: Date;
    endsAt: Date;
    cancelled: boolean;
  }[] = [];
  for (const row of rows) {
    for (const o of expandOccurrences(row, row.exceptions, from, to)) {
      out.push({ row, ...o, cancelled: o.cancelled || row.status === 'CANCELLED' });
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.row.id.localeCompare(b.row.id));
}

export async function startBaseline(
  databaseUrl: string,
  opts: { poolSize?: number; publicUrl: string },
): Promise<RunningBaseline> {
  const pool = new Pool({ connectionString: databaseUrl, max: opts.poolSize ?? 10 });
  const q = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await pool.query(sql, params)).rows as T[];

  /** The meetings the member may see that may occur in [from, to), with their exceptions. */
  async function meetingsInWindow(
    viewer: string,
    from: Date,
    to: Date,
    filter: { groupIds?: string[]; mine?: boolean },
  ): Promise<MeetingWithExceptions[]> {
    const rows = await q<RawMeeting>(
      `SELECT ${MEETING_COLUMNS} FROM meetings m
        WHERE ${seatedMeetings('m')}
          AND ((m.starts_at < $3 AND (m.series_ends_at IS NULL OR m.series_ends_at > $2))
            OR EXISTS (SELECT 1 FROM meeting_exceptions x WHERE x.meeting_id = m.id AND x.starts_at < $3 AND x.ends_at > $2))
          AND ($4::uuid[] IS NULL OR m.working_group_id = ANY($4::uuid[]))
          AND (NOT $5 OR m.working_group_id IS NULL OR EXISTS (SELECT 1 FROM memberships ms
                WHERE ms.working_group_id = m.working_group_id AND ms.person_id = $1 AND ms.status = 'ACTIVE'))
        ORDER BY m.starts_at, m.id`,
      [viewer, from, to, filter.groupIds ?? null, filter.mine ?? false],
    );
    return rows.map(withExceptions);
  }

  const routes: Record<string, (p: URLSearchParams) => Promise<unknown>> = {
    /** workingGroups { id code name description joinPolicy seatLimit memberCount topics { id name } chairs { id displayName affiliation } } */
    async 'working-groups'() {
      const [groups, topics, chairs, counts] = await Promise.all([
        q<Record<string, unknown>>(
          `SELECT id, code, name, description, join_policy AS "joinPolicy", seat_limit AS "seatLimit"
             FROM working_groups ORDER BY length(code), code`,
        ),
        q<{ g: string; id: string; name: string }>(
          `SELECT working_group_id AS g, id, name FROM topics ORDER BY created_at, id`,
        ),
        q<{ g: string; id: string; displayName: string; affiliation: string | null }>(
          `SELECT m.working_group_id AS g, p.id, p.display_name AS "displayName", p.affiliation
             FROM memberships m JOIN people p ON p.id = m.person_id
            WHERE m.status = 'ACTIVE' AND m.role = 'CHAIR' ORDER BY m.joined_at, m.id`,
        ),
        q<{ g: string; n: number }>(
          `SELECT working_group_id AS g, count(*)::int AS n FROM memberships WHERE status = 'ACTIVE' GROUP BY 1`,
        ),
      ]);
      const n = new Map(counts.map((c) => [c.g, c.n]));
      return {
        workingGroups: groups.map((g) => ({
          ...g,
          memberCount: n.get(g.id as string) ?? 0,
          topics: topics.filter((t) => t.g === g.id).map((t) => ({ id: t.id, name: t.name })),
          chairs: chairs
            .filter((c) => c.g === g.id)
            .map((c) => ({ id: c.id, displayName: c.displayName, affiliation: c.affiliation })),
        })),
      };
    },

    /**
     * `workingGroups(first: N)`, the same fields: the page's groups (the list's order, ended by the
     * id), then their topics, chairs and seat counts in one round trip, grouped in one pass.
     */
    async 'working-groups-page'(p) {
      const groups = await q<{ id: string } & Record<string, unknown>>(
        `SELECT id, code, name, description, join_policy AS "joinPolicy", seat_limit AS "seatLimit"
           FROM working_groups ORDER BY length(code), code, id LIMIT $1`,
        [Number(p.get('first'))],
      );
      const ids = groups.map((g) => g.id);
      const [topics, chairs, counts] = await Promise.all([
        q<{ g: string; id: string; name: string }>(
          `SELECT working_group_id AS g, id, name FROM topics WHERE working_group_id = ANY($1::uuid[])
            ORDER BY created_at, id`,
          [ids],
        ),
        q<{ g: string; id: string; displayName: string; affiliation: string | null }>(
          `SELECT m.working_group_id AS g, p.id, p.display_name AS "displayName", p.affiliation
             FROM memberships m JOIN people p ON p.id = m.person_id
            WHERE m.working_group_id = ANY($1::uuid[]) AND m.status = 'ACTIVE' AND m.role = 'CHAIR'
            ORDER BY m.joined_at, m.id`,
          [ids],
        ),
        q<{ g: string; n: number }>(
          `SELECT working_group_id AS g, count(*)::int AS n FROM memberships
            WHERE working_group_id = ANY($1::uuid[]) AND status = 'ACTIVE' GROUP BY 1`,
          [ids],
        ),
      ]);
      const n = new Map(counts.map((c) => [c.g, c.n]));
      const topicsOf = groupedByKeys(
        ids,
        topics,
        (t) => t.g,
        (t) => ({ id: t.id, name: t.name }),
      );
      const chairsOf = groupedByKeys(
        ids,
        chairs,
        (c) => c.g,
        (c) => ({ id: c.id, displayName: c.displayName, affiliation: c.affiliation }),
      );
      return {
        workingGroups: groups.map((g, i) => ({
          ...g,
          memberCount: n.get(g.id) ?? 0,
          topics: topicsOf[i],
          chairs: chairsOf[i],
        })),
      };
    },

    /** The member dashboard: seats, each group's next 5 occurrences and 5 newest documents. */
    async dashboard(p) {
      const viewer = p.get('viewer')!;
      const [person, seats, docs] = await Promise.all([
        q<{ id: string; displayName: string }>(
          `SELECT id, display_name AS "displayName" FROM people WHERE id = $1`,
          [viewer],
        ),
        q<{ role: string; status: string; id: string; code: string; name: string }>(
          `SELECT m.role, m.status, g.id, g.code, g.name FROM memberships m JOIN working_groups g ON g.id = m.working_group_id
            WHERE m.person_id = $1 ORDER BY length(g.code), g.code`,
          [viewer],
        ),
        q<{ g: string; id: string; title: string; kind: string; updatedAt: Date }>(
          `SELECT s.working_group_id AS g, x.* FROM memberships s CROSS JOIN LATERAL (
             SELECT d.id, d.title, d.kind, d.updated_at AS "updatedAt"
               FROM document_working_groups dg JOIN documents d ON d.id = dg.document_id
              WHERE dg.working_group_id = s.working_group_id AND ${MEMBER_DOCS}
              ORDER BY dg.document_updated_at DESC, dg.document_id DESC LIMIT 5) x
            WHERE s.person_id = $1`,
          [viewer],
        ),
      ]);
      // The next six weeks first, a year only for groups with fewer than five (as the API does).
      const from = new Date();
      const next = async (groupIds: string[], days: number) => {
        const to = new Date(from.getTime() + days * DAY_MS);
        const found = occurrences(await meetingsInWindow(viewer, from, to, { groupIds }), from, to).filter(
          (o) => !o.cancelled && o.startsAt >= from,
        );
        return new Map(groupIds.map((g) => [g, found.filter((o) => o.row.workingGroupId === g).slice(0, 5)]));
      };
      const soon = await next(
        seats.map((s) => s.id),
        42,
      );
      const short = seats.map((s) => s.id).filter((g) => soon.get(g)!.length < 5);
      const later = short.length ? await next(short, 366) : null;
      const upcomingOf = (g: string) => later?.get(g) ?? soon.get(g)!;
      return {
        viewer: {
          person: {
            id: person[0].id,
            displayName: person[0].displayName,
            memberships: seats.map((s) => ({
              role: s.role,
              status: s.status,
              workingGroup: {
                id: s.id,
                code: s.code,
                name: s.name,
                upcomingMeetings: upcomingOf(s.id).map((o) => ({
                  startsAt: o.startsAt,
                  endsAt: o.endsAt,
                  meeting: { id: o.row.id, title: o.row.title },
                })),
                documents: {
                  edges: docs
                    .filter((d) => d.g === s.id)
                    .map((d) => ({
                      node: { id: d.id, title: d.title, kind: d.kind, updatedAt: d.updatedAt },
                    })),
                },
              },
            })),
          },
        },
      };
    },

    /** searchDocuments(query, first: 20) { totalCount hits { rank headline document { id title } } } */
    async search(p) {
      const viewer = p.get('viewer')!;
      const words = p.get('q')!.trim().split(/\s+/);
      const last = words.pop()!.toLowerCase();
      const tsq = `(websearch_to_tsquery('english', cop_unaccent($2)) && to_tsquery('english',
        regexp_replace(cop_unaccent($3), '[^[:alnum:]]', '', 'g') || ':*'))`;
      // The last word whole: its matches, when more than the cap, are the ones counted (as the API does).
      const whole = `(websearch_to_tsquery('english', cop_unaccent($2)) && to_tsquery('english',
        regexp_replace(cop_unaccent($3), '[^[:alnum:]]', '', 'g')))`;
      const params = [viewer, words.join(' '), last];
      const options = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
      // The API's bounded search (issue 6), written out by hand: visible matches read up to 1,001
      // (the count, capped at 1,000; the last word's whole-word matches when they pass the cap), and ts_rank_cd on the full vector only for the 200 best
      // title/summary/tags matches and the 200 most recent matches.
      const rows = await q<{
        total: number;
        id: string | null;
        title: string;
        rank: number;
        headline: string;
      }>(
        `WITH q AS MATERIALIZED (SELECT ${tsq} AS query, ${whole} AS whole),
         whole_matches AS MATERIALIZED (
           SELECT d.id, d.updated_at FROM documents d, q WHERE d.search @@ q.whole AND ${MEMBER_DOCS} LIMIT 1001),
         matches AS MATERIALIZED (
           SELECT id, updated_at FROM whole_matches WHERE (SELECT count(*) FROM whole_matches) > 1000
           UNION ALL (
           SELECT d.id, d.updated_at FROM documents d, q WHERE d.search @@ q.query AND ${MEMBER_DOCS}
             AND (SELECT count(*) FROM whole_matches) <= 1000 LIMIT 1001)),
         head_matches AS MATERIALIZED (
           SELECT d.id FROM documents d WHERE d.search_head @@ ${tsq} AND ${MEMBER_DOCS}
           ORDER BY ts_rank_cd(d.search_head, ${tsq}) DESC, d.updated_at DESC, d.id DESC LIMIT 200),
         candidates AS MATERIALIZED (
           (SELECT id FROM matches ORDER BY updated_at DESC, id DESC LIMIT 200) UNION SELECT id FROM head_matches),
         hits AS (
           SELECT d.id, d.title, d.summary, d.body, d.updated_at, ts_rank_cd(d.search, ${tsq}) AS rank
           FROM candidates c JOIN documents d ON d.id = c.id WHERE (d.search @@ ${tsq}) IS TRUE
           ORDER BY rank DESC, d.updated_at DESC, d.id DESC LIMIT 20)
         SELECT t.total, hits.id, hits.title, hits.rank, ts_headline('english',
             translate(left(coalesce(nullif(concat_ws(' ', hits.summary, hits.body), ''), hits.title), 50000), $4, ''),
             ${tsq}, $5) AS headline
         FROM (SELECT count(*)::int AS total FROM matches) t LEFT JOIN hits ON true
         ORDER BY hits.rank DESC, hits.updated_at DESC, hits.id DESC`,
        [...params, MARK_START + MARK_STOP, options],
      );
      const hits = rows.filter((r) => r.id !== null);
      const count = [{ n: Math.min(rows[0]?.total ?? 0, 1000) }];
      return {
        searchDocuments: {
          totalCount: count[0].n,
          hits: hits.map((h) => ({
            rank: Number(h.rank),
            headline: headlineHtml(h.headline),
            document: { id: h.id, title: h.title },
          })),
        },
      };
    },

    /** calendar(from, to, mine: true) { originalStartsAt startsAt endsAt cancelled meeting { id title timeZone } } */
    async calendar(p) {
      const viewer = p.get('viewer')!;
      const from = new Date(p.get('from')!);
      const to = new Date(p.get('to')!);
      const rows = await meetingsInWindow(viewer, from, to, { mine: true });
      return {
        calendar: occurrences(rows, from, to).map((o) => ({
          originalStartsAt: o.originalStartsAt,
          startsAt: o.startsAt,
          endsAt: o.endsAt,
          cancelled: o.cancelled,
          meeting: { id: o.row.id, title: o.row.title, timeZone: o.row.timeZone },
        })),
      };
    },

    /** surveyResults(slug) { responses questions { question { key } shown answered noAnswer mean options { key count ratio share } texts(first: 5) } } */
    async 'survey-results'(p) {
      const [survey] = await q<{ id: string; definition: SurveyDefinition }>(
        `SELECT id, definition FROM surveys WHERE slug = $1`,
        [p.get('slug')],
      );
      const questions = survey.definition.sections.flatMap((s) => s.questions);
      const textKeys = questions.filter((x) => x.kind === 'TEXT' || x.allowOther).map((x) => x.key);
      const [count, shown, groups, texts] = await Promise.all([
        q<{ n: number }>(
          `SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1 AND submitted_at IS NOT NULL`,
          [survey.id],
        ),
        q<{ key: string; n: number }>(
          `SELECT k AS key, sum(g.n)::int AS n FROM (SELECT shown_keys, count(*) AS n FROM survey_responses
             WHERE survey_id = $1 AND submitted_at IS NOT NULL GROUP BY shown_keys) g
           CROSS JOIN LATERAL unnest(g.shown_keys) AS k GROUP BY k`,
          [survey.id],
        ),
        q<{ key: string; options: string[]; n: number; s: number | null; c: number }>(
          `SELECT question_key AS key, option_keys AS options, count(*)::int AS n, sum(number) AS s, count(number)::int AS c
             FROM survey_answers WHERE survey_id = $1 AND submitted_at IS NOT NULL GROUP BY question_key, option_keys`,
          [survey.id],
        ),
        q<{ key: string; t: string }>(
          `SELECT k.key, x.t FROM unnest($2::text[]) AS k(key) CROSS JOIN LATERAL (
             SELECT coalesce(a.text, a.other_text) AS t, a.submitted_at, a.response_id FROM survey_answers a
              WHERE a.survey_id = $1 AND a.question_key = k.key AND a.submitted_at IS NOT NULL
                AND (a.text IS NOT NULL OR a.other_text IS NOT NULL)
              ORDER BY a.submitted_at DESC, a.response_id DESC LIMIT 5) x
           ORDER BY k.key, x.submitted_at DESC, x.response_id DESC`,
          [survey.id, textKeys],
        ),
      ]);
      const shownBy = new Map(shown.map((s) => [s.key, s.n]));
      const agg = new Map<
        string,
        { answered: number; sum: number; numbers: number; tally: Map<string, number> }
      >();
      for (const g of groups) {
        const a = agg.get(g.key) ?? { answered: 0, sum: 0, numbers: 0, tally: new Map() };
        a.answered += g.n;
        a.sum += g.s === null ? 0 : Number(g.s);
        a.numbers += g.c;
        for (const o of g.options) a.tally.set(o, (a.tally.get(o) ?? 0) + g.n);
        agg.set(g.key, a);
      }
      return {
        surveyResults: {
          responses: count[0].n,
          questions: questions.map((x) => {
            const s = shownBy.get(x.key) ?? 0;
            const a = agg.get(x.key);
            const tally = a?.tally ?? new Map<string, number>();
            const sum = [...tally.values()].reduce((m, n) => m + n, 0);
            const choice = x.kind === 'SINGLE_CHOICE' || x.kind === 'MULTIPLE_CHOICE';
            const keys = choice ? [...x.options.map((o) => o.key), ...(x.allowOther ? ['other'] : [])] : [];
            return {
              question: { key: x.key },
              shown: s,
              answered: a?.answered ?? 0,
              noAnswer: s - (a?.answered ?? 0),
              mean:
                x.kind === 'NUMBER' || x.kind === 'SCALE' ? (a?.numbers ? a.sum / a.numbers : null) : null,
              options: keys.map((key) => {
                const n = tally.get(key) ?? 0;
                return { key, count: n, ratio: s ? n / s : 0, share: sum ? n / sum : 0 };
              }),
              texts: texts.filter((t) => t.key === x.key).map((t) => t.t),
            };
          }),
        },
      };
    },
  };

  /** The personal feed of the viewer, rendered by the meetings domain's own renderer. */
  async function feed(p: URLSearchParams): Promise<string> {
    const viewer = p.get('viewer')!;
    const now = Date.now();
    const from = new Date(now - 365 * DAY_MS);
    const to = new Date(now + 2 * 365 * DAY_MS);
    const rows = await meetingsInWindow(viewer, from, to, { mine: true });
    return renderFeed(rows, {
      name: 'My meetings',
      from,
      to,
      withVideoLinks: true,
      uidHost: new URL(opts.publicUrl).hostname || 'localhost',
      webUrl: opts.publicUrl,
    }).body;
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://baseline');
    const name = url.pathname.slice(1);
    const answer =
      name === 'feed.ics'
        ? feed(url.searchParams).then((body) => ({ type: 'text/calendar; charset=utf-8', body }))
        : routes[name]
          ? routes[name](url.searchParams).then((data) => ({
              type: 'application/json',
              body: JSON.stringify({ data }),
            }))
          : Promise.resolve(null);
    answer.then(
      (r) => {
        if (!r) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': r.type, 'content-length': Buffer.byteLength(r.body) });
        res.end(r.body);
      },
      (err: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(err.message);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

interface SurveyDefinition {
  sections: {
    questions: { key: string; kind: string; allowOther: boolean; options: { key: string }[] }[];
  }[];
}
