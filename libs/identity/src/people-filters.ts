import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import type { Sql } from '@cop/platform';
import type { ScientificDomain } from './models/enums';
import type { Scope } from './scope';

/**
 * A level of expertise. Declared here, below the expertise library, because the directory's
 * `people(level:)` argument is declared with `people` (identity); @cop/expertise re-exports it.
 */
export enum ExpertiseLevel {
  KNOWS = 'KNOWS',
  WANTS_TO_WORK_ON = 'WANTS_TO_WORK_ON',
}
registerEnumType(ExpertiseLevel, {
  name: 'ExpertiseLevel',
  description: 'What a person says of a term: they know it, or want to learn it or work on it.',
  valuesMap: {
    KNOWS: { description: 'Knows it.' },
    WANTS_TO_WORK_ON: { description: 'Wants to learn it or work on it.' },
  },
});

/** The directory's filters beyond paging (people(...)), as the query received them. */
export interface PeopleFilterArgs {
  /** Trimmed, or null. */
  search: string | null;
  workingGroupId: string | null;
  domain: ScientificDomain | null;
  termId: string | null;
  level: ExpertiseLevel | null;
}

/**
 * What a library above identity adds to the directory (people(...)): each registered filter
 * handles the arguments it names, as SQL conditions on the people row `p` (and/or an extra match
 * of the search, OR'ed with the name and the affiliation). The libraries that own the data write
 * the SQL (community: seats, expertise: expertise under its visibility rule), so identity reads
 * no table of theirs. An argument given that no registered filter handles is refused loudly.
 */
export interface PeopleFilter {
  /** The arguments (other than search) this filter turns into conditions. */
  readonly handles: readonly (keyof Omit<PeopleFilterArgs, 'search'>)[];
  /** Conditions on `p` for the handled arguments given; may refuse a bad one (NOT_FOUND, BAD_USER_INPUT). */
  conditions(scope: Scope, args: PeopleFilterArgs): Promise<Sql[]> | Sql[];
  /** An extra match of the search text (already trimmed), OR'ed with name and affiliation. */
  searchMatch?(scope: Scope, search: string): Sql | null;
}

/** The registry of people filters: each library registers its own at module init (onModuleInit). */
@Injectable()
export class PeopleFilters {
  private readonly filters: PeopleFilter[] = [];

  register(filter: PeopleFilter): void {
    if (!this.filters.includes(filter)) this.filters.push(filter);
  }

  /** The conditions and extra search matches of every registered filter for these arguments. */
  async compose(scope: Scope, args: PeopleFilterArgs): Promise<{ conditions: Sql[]; searchMatches: Sql[] }> {
    for (const name of ['workingGroupId', 'domain', 'termId', 'level'] as const) {
      if (args[name] !== null && !this.filters.some((f) => f.handles.includes(name)))
        throw new Error(`people(${name}:) has no registered filter: import the module that provides it`);
    }
    const conditions: Sql[] = [];
    const searchMatches: Sql[] = [];
    for (const filter of this.filters) {
      if (filter.handles.some((name) => args[name] !== null))
        conditions.push(...(await filter.conditions(scope, args)));
      const match = args.search && filter.searchMatch ? filter.searchMatch(scope, args.search) : null;
      if (match) searchMatches.push(match);
    }
    return { conditions, searchMatches };
  }
}
