import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PeopleFilters, type PeopleFilter, type PeopleFilterArgs, type Scope } from '@cop/identity';
import { NotFoundError, empty, isUuid, sql, type Sql } from '@cop/platform';
import { labelSubstringMatchSql } from './expertise-match';
import { ExpertiseRepository } from './expertise.repository';
import { expertiseVisibleSql } from './expertise-visibility';

/**
 * The directory's expertise filters (people(domain:, termId:, level:) and its search over expertise
 * labels), registered in identity's people filters. Every condition holds the expertise visibility
 * rule: a PRIVATE person is never found by their expertise (their name still finds them).
 */
@Injectable()
export class ExpertisePeopleFilter implements PeopleFilter, OnModuleInit {
  readonly handles = ['domain', 'termId', 'level'] as const;

  constructor(
    private readonly filters: PeopleFilters,
    private readonly repository: ExpertiseRepository,
  ) {}

  onModuleInit(): void {
    this.filters.register(this);
  }

  async conditions(scope: Scope, args: PeopleFilterArgs): Promise<Sql[]> {
    const visible = expertiseVisibleSql(scope, sql`p.id`);
    const level = args.level ? sql`AND pe.level = ${args.level}` : empty;
    const conditions: Sql[] = [];
    if (args.termId) {
      const termId = isUuid(args.termId) ? await this.repository.liveTermId(args.termId.toLowerCase()) : null;
      if (!termId) throw new NotFoundError('Expertise term', args.termId);
      conditions.push(sql`EXISTS (SELECT 1 FROM person_expertise pe
        WHERE pe.person_id = p.id AND pe.term_id = ${termId}::uuid ${level} AND ${visible})`);
    }
    if (args.domain) {
      const held = sql`EXISTS (SELECT 1 FROM person_expertise pe JOIN expertise_terms t ON t.id = pe.term_id
        WHERE pe.person_id = p.id AND t.kind = 'DOMAIN' AND t.domain = ${args.domain} ${level} AND ${visible})`;
      // The profile's domains are public to members; a level asks about expertise only.
      conditions.push(args.level ? held : sql`(${args.domain} = ANY(p.domains) OR ${held})`);
    }
    if (args.level && !args.termId && !args.domain) {
      conditions.push(sql`EXISTS (SELECT 1 FROM person_expertise pe
        WHERE pe.person_id = p.id ${level} AND ${visible})`);
    }
    return conditions;
  }

  searchMatch(scope: Scope, search: string): Sql {
    return sql`EXISTS (SELECT 1 FROM person_expertise pe JOIN expertise_terms t ON t.id = pe.term_id
      WHERE pe.person_id = p.id AND ${labelSubstringMatchSql(sql`t.label`, search)}
        AND ${expertiseVisibleSql(scope, sql`p.id`)})`;
  }
}
