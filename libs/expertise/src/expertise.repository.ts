import { Injectable } from '@nestjs/common';
import type { Scope } from '@cop/identity';
import { TransactionContext, empty, sql } from '@cop/platform';
import type { ExpertiseLevelValue, ExpertiseTermKindValue } from './expertise.entity';
import { expertiseVisibleSql, type ExpertiseVisibilityValue } from './expertise-visibility';
import {
  expertSuggestionsSql,
  labelPrefixMatchSql,
  type ExpertMatchQuery,
  type ExpertMatchRow,
} from './expertise-match';

export interface TermRow {
  id: string;
  kind: ExpertiseTermKindValue;
  label: string;
  domain: string | null;
  topicId: string | null;
  mergedInto: string | null;
}

export interface EntryRow extends TermRow {
  personId: string;
  level: ExpertiseLevelValue;
}

const TERM = sql`t.id, t.kind, t.label, t.domain, t.topic_id AS "topicId", t.merged_into AS "mergedInto"`;

/** The only code that touches the expertise tables. */
@Injectable()
export class ExpertiseRepository {
  constructor(private readonly tx: TransactionContext) {}

  // ------------------------------------------------------------------ terms

  termsByIds(ids: readonly string[]): Promise<TermRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.query(sql`SELECT ${TERM} FROM expertise_terms t WHERE t.id = ANY(${ids}::uuid[])`);
  }

  /** These terms, locked for a merge or a rename. */
  lockTerms(ids: readonly string[]): Promise<TermRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT ${TERM} FROM expertise_terms t WHERE t.id = ANY(${ids}::uuid[]) ORDER BY t.id FOR UPDATE`,
    );
  }

  /** Every term (merged tags included) whose label equals one of these, case aside. */
  termsByLabels(labels: readonly string[]): Promise<TermRow[]> {
    if (!labels.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT ${TERM} FROM expertise_terms t
        WHERE lower(t.label) = ANY(${labels.map((l) => l.toLowerCase())}::text[])`,
    );
  }

  /**
   * The vocabulary as a picker lists it: unmerged terms, optionally of one kind and matching a
   * search, most held first (holders the caller may see), then by label.
   */
  searchTerms(
    scope: Scope,
    q: { search: string | null; kind: ExpertiseTermKindValue | null; limit: number },
  ): Promise<(TermRow & { peopleCount: number })[]> {
    return this.tx.query(
      sql`SELECT ${TERM}, (SELECT count(*) FROM person_expertise pe
            WHERE pe.term_id = t.id AND ${expertiseVisibleSql(scope, sql`pe.person_id`)})::int AS "peopleCount"
        FROM expertise_terms t
        WHERE t.merged_into IS NULL
          ${q.kind ? sql`AND t.kind = ${q.kind}` : empty}
          ${q.search ? sql`AND ${labelPrefixMatchSql(sql`t.label`, q.search)}` : empty}
        ORDER BY "peopleCount" DESC, lower(t.label), t.id
        LIMIT ${q.limit}`,
    );
  }

  /** How many holders of each term the caller may see. */
  peopleCounts(scope: Scope, termIds: readonly string[]): Promise<{ termId: string; n: number }[]> {
    if (!termIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT pe.term_id AS "termId", count(*)::int AS n FROM person_expertise pe
        WHERE pe.term_id = ANY(${termIds}::uuid[]) AND ${expertiseVisibleSql(scope, sql`pe.person_id`)}
        GROUP BY pe.term_id`,
    );
  }

  /** New free tags (an unmerged tag with the same label, case aside, is answered instead). */
  insertTags(labels: readonly string[]): Promise<TermRow[]> {
    if (!labels.length) return Promise.resolve([]);
    return this.tx.query(
      sql`INSERT INTO expertise_terms AS t (kind, label)
        SELECT 'TAG', l FROM unnest(${labels}::text[]) AS l
        ON CONFLICT (lower(label)) WHERE kind = 'TAG' AND merged_into IS NULL
          DO UPDATE SET label = t.label
        RETURNING ${TERM}`,
    );
  }

  async renameTerm(id: string, label: string): Promise<TermRow> {
    const [row] = await this.tx.query<TermRow>(
      sql`UPDATE expertise_terms AS t SET label = ${label} WHERE t.id = ${id}::uuid RETURNING ${TERM}`,
    );
    return row;
  }

  /**
   * Moves the holders of the source tags to the target (a person holding both keeps one entry:
   * KNOWS wins), then marks the sources (and tags merged into them before) merged into the target.
   */
  async mergeTerms(sourceIds: readonly string[], targetId: string): Promise<void> {
    await this.tx.query(
      sql`INSERT INTO person_expertise AS pe (person_id, term_id, level, position, created_at)
        SELECT DISTINCT ON (s.person_id) s.person_id, ${targetId}::uuid, s.level, s.position, s.created_at
          FROM person_expertise s WHERE s.term_id = ANY(${sourceIds}::uuid[])
          ORDER BY s.person_id, (s.level = 'KNOWS') DESC, s.position
        ON CONFLICT (person_id, term_id) DO UPDATE
          SET level = CASE WHEN EXCLUDED.level = 'KNOWS' THEN 'KNOWS' ELSE pe.level END`,
    );
    await this.tx.query(sql`DELETE FROM person_expertise WHERE term_id = ANY(${sourceIds}::uuid[])`);
    await this.tx.query(
      sql`UPDATE expertise_terms SET merged_into = ${targetId}::uuid
        WHERE id = ANY(${sourceIds}::uuid[]) OR merged_into = ANY(${sourceIds}::uuid[])`,
    );
  }

  // ---------------------------------------------------------------- entries

  /** The entries of these people the caller may see, in each person's order. */
  entriesOfPeople(scope: Scope, personIds: readonly string[]): Promise<EntryRow[]> {
    if (!personIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT pe.person_id AS "personId", pe.level, ${TERM}
        FROM person_expertise pe JOIN expertise_terms t ON t.id = pe.term_id
        WHERE pe.person_id = ANY(${personIds}::uuid[]) AND ${expertiseVisibleSql(scope, sql`pe.person_id`)}
        ORDER BY pe.person_id, pe.position`,
    );
  }

  /** Every entry of one person, whoever asks (their own data: export, tests). */
  entriesOf(personId: string): Promise<EntryRow[]> {
    return this.tx.query(
      sql`SELECT pe.person_id AS "personId", pe.level, ${TERM}
        FROM person_expertise pe JOIN expertise_terms t ON t.id = pe.term_id
        WHERE pe.person_id = ${personId}::uuid ORDER BY pe.position`,
    );
  }

  /** Replaces a person's entries with these, in this order. */
  async replaceEntries(
    personId: string,
    entries: readonly { termId: string; level: ExpertiseLevelValue }[],
    now: Date,
  ): Promise<void> {
    await this.tx.query(sql`DELETE FROM person_expertise WHERE person_id = ${personId}::uuid`);
    if (!entries.length) return;
    await this.tx.query(
      sql`INSERT INTO person_expertise (person_id, term_id, level, position, created_at)
        SELECT ${personId}::uuid, e.term_id, e.level, e.position::int, ${now}
        FROM unnest(${entries.map((e) => e.termId)}::uuid[], ${entries.map((e) => e.level)}::text[])
          WITH ORDINALITY AS e(term_id, level, position)`,
    );
  }

  async visibilityOf(personId: string): Promise<ExpertiseVisibilityValue | null> {
    const [row] = await this.tx.query<{ visibility: ExpertiseVisibilityValue }>(
      sql`SELECT visibility FROM expertise_visibility WHERE person_id = ${personId}::uuid`,
    );
    return row?.visibility ?? null;
  }

  async setVisibility(personId: string, visibility: ExpertiseVisibilityValue, now: Date): Promise<void> {
    await this.tx.query(
      sql`INSERT INTO expertise_visibility (person_id, visibility, updated_at)
        VALUES (${personId}::uuid, ${visibility}, ${now})
        ON CONFLICT (person_id) DO UPDATE SET visibility = EXCLUDED.visibility, updated_at = EXCLUDED.updated_at`,
    );
  }

  /** Removes a person's expertise and their choice of visibility (erasure). */
  async eraseOf(personId: string): Promise<void> {
    await this.tx.query(sql`DELETE FROM person_expertise WHERE person_id = ${personId}::uuid`);
    await this.tx.query(sql`DELETE FROM expertise_visibility WHERE person_id = ${personId}::uuid`);
  }

  // -------------------------------------------------------------- matching

  /** The suggestions' match (expertise-match.ts), one statement. */
  match(scope: Scope, q: ExpertMatchQuery): Promise<ExpertMatchRow[]> {
    return this.tx.query(expertSuggestionsSql(scope, q));
  }

  /** Whether a filter's term exists; a merged tag answers the tag it was merged into. */
  async liveTermId(id: string): Promise<string | null> {
    const [row] = await this.tx.query<{ id: string }>(
      sql`SELECT coalesce(t.merged_into, t.id) AS id FROM expertise_terms t WHERE t.id = ${id}::uuid`,
    );
    return row?.id ?? null;
  }
}
