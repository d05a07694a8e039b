import { personRoleSql, type PlatformRoleValue, type Scope } from '@cop/identity';
import { empty, escapeLike, sql, type Sql } from '@cop/platform';
import type { ExpertiseLevelValue } from './expertise.entity';
import { expertiseVisibleSql } from './expertise-visibility';

/** What a suggestion list asks for (E5: a use case's domains and words, a meeting's group topics and a title). */
export interface ExpertMatchQuery {
  /** ScientificDomain values: people holding the DOMAIN terms of these. */
  domains?: readonly string[];
  /** Topic ids: people holding the TOPIC terms of these. */
  topicIds?: readonly string[];
  /** Free text (a title, a topic's name): people holding any term whose label shares a word, stemmed. */
  words?: string | null;
  /** People left out (already experts, already presenting). */
  excludePersonIds?: readonly string[];
  /**
   * More people left out, as the caller's own SQL: a statement of one column of person ids (a use
   * case's experts), its aliases kept apart from the match's (pe, t, ti, ev, mr, mx and the
   * CTEs qw, labels, word_terms, word_idf, term_idf).
   */
  excludeSql?: Sql;
  /** Only people of these platform roles (the suggestions: MEMBER and OFFICE, never a GUEST). */
  roles?: readonly PlatformRoleValue[];
  /** At most this many people (1..100), counted after everyone left out. */
  limit: number;
}

/** One matched term of a suggestion, to say why: "knows: Data Access Protocols". */
export interface ExpertMatchTerm {
  label: string;
  level: ExpertiseLevelValue;
}

/** A row of expertSuggestionsSql. */
export interface ExpertMatchRow {
  personId: string;
  score: number;
  /** The matched terms, KNOWS first, then by label. */
  matches: ExpertMatchTerm[];
}

/** Weights of the score (documented in the SDL's ExpertSuggestion.score through E5). */
export const MATCH_WEIGHTS = {
  /** A term the person knows counts twice one they want to work on. */
  KNOWS: 2,
  WANTS_TO_WORK_ON: 1,
  /** A domain is broad: a topic or a shared word counts twice as much. */
  DOMAIN: 1,
  SPECIFIC: 2,
} as const;

/** The distinct words of a text, lower case, at most 50 (the match's free text). */
export function wordsOf(text: string | null | undefined): string[] {
  const words = (text ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w !== 'or').slice(0, 50);
}

/**
 * The match contract of the suggestions, ONE statement: people whose expertise the caller may see
 * (expertise-visibility.ts) holding the DOMAIN terms of `domains`, the TOPIC terms of `topicIds`, or
 * any term whose label shares a (stemmed, English) word with `words`; each with a score (KNOWS above
 * WANTS_TO_WORK_ON, topics and words above domains) and the matched terms. Highest score first; among
 * equal scores, the more specific match first: a term matched through a word few terms of the
 * vocabulary share (idf, ln(1 + terms / terms with the word)) outranks one matched through a common
 * word, so "holdings" beats "collection" in "Moving the holdings collection"; then more terms known,
 * then person id (stable). The people left out (`excludePersonIds`, `excludeSql`,
 * `roles`) are left out here, before the limit, so a list is full however many of them would rank
 * first. Run it with TransactionContext.query<ExpertMatchRow>.
 */
export function expertSuggestionsSql(scope: Scope, q: ExpertMatchQuery): Sql {
  const limit = Math.max(1, Math.min(100, Math.floor(q.limit)));
  const w = MATCH_WEIGHTS;
  const excluded = q.excludeSql
    ? sql`
      AND NOT EXISTS (SELECT 1 FROM (${q.excludeSql}) mx(person_id) WHERE mx.person_id = pe.person_id)`
    : empty;
  const roles = q.roles
    ? sql`
      AND ${personRoleSql(sql`pe.person_id`, 'mr')} = ANY(${[...q.roles]}::text[])`
    : empty;
  // Each query word's rarity over the vocabulary, and each word-matched term's rarest word.
  const wordList = wordsOf(q.words);
  // Each label's vector once (2,000 labels and 50 words: 60 ms, against 500 ms per pair), none without words.
  return sql`WITH qw AS (
      SELECT w, plainto_tsquery('english', w) AS q FROM unnest(${wordList}::text[]) w
    ), labels AS MATERIALIZED (
      SELECT t.id, to_tsvector('english', t.label) AS v FROM expertise_terms t
       WHERE cardinality(${wordList}::text[]) > 0
    ), word_terms AS (
      SELECT l.id AS term_id, qw.w FROM labels l JOIN qw ON numnode(qw.q) > 0 AND l.v @@ qw.q
    ), word_idf AS (
      SELECT w, ln(1 + (SELECT count(*) FROM labels)::float / count(*)) AS idf
        FROM word_terms GROUP BY w
    ), term_idf AS (
      SELECT wt.term_id, max(wi.idf) AS idf FROM word_terms wt JOIN word_idf wi USING (w) GROUP BY wt.term_id
    )
    SELECT pe.person_id AS "personId",
      sum(CASE WHEN pe.level = 'KNOWS' THEN ${w.KNOWS}::float ELSE ${w.WANTS_TO_WORK_ON}::float END
        * CASE WHEN t.kind = 'DOMAIN' THEN ${w.DOMAIN}::float ELSE ${w.SPECIFIC}::float END)::float AS score,
      json_agg(json_build_object('label', t.label, 'level', pe.level)
        ORDER BY (pe.level = 'KNOWS') DESC, lower(t.label)) AS matches
    FROM person_expertise pe
    JOIN expertise_terms t ON t.id = pe.term_id
    LEFT JOIN term_idf ti ON ti.term_id = t.id
    WHERE ((t.kind = 'DOMAIN' AND t.domain = ANY(${[...(q.domains ?? [])]}::text[]))
        OR (t.kind = 'TOPIC' AND t.topic_id = ANY(${[...(q.topicIds ?? [])]}::uuid[]))
        OR ti.term_id IS NOT NULL)
      AND NOT (pe.person_id = ANY(${[...(q.excludePersonIds ?? [])]}::uuid[]))${excluded}${roles}
      AND ${expertiseVisibleSql(scope, sql`pe.person_id`)}
    GROUP BY pe.person_id
    ORDER BY score DESC, sum(coalesce(ti.idf, 0)) DESC, count(*) FILTER (WHERE pe.level = 'KNOWS') DESC,
      pe.person_id
    LIMIT ${limit}`;
}

/** A label matching a search: a prefix of the label or of one of its words, or a stemmed word of it. */
export function labelPrefixMatchSql(label: Sql, search: string): Sql {
  const e = escapeLike(search);
  return sql`(${label} ILIKE ${`${e}%`} OR ${label} ILIKE ${`% ${e}%`}
    OR to_tsvector('english', ${label}) @@ plainto_tsquery('english', ${search}))`;
}

/** A label matching the directory's search: a substring (as names are matched), or a stemmed word of it. */
export function labelSubstringMatchSql(label: Sql, search: string): Sql {
  return sql`(${label} ILIKE ${`%${escapeLike(search)}%`}
    OR to_tsvector('english', ${label}) @@ plainto_tsquery('english', ${search}))`;
}
