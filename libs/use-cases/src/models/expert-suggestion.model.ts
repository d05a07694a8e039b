import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Person } from '@cop/identity';
import type { ExpertMatchRow } from '@cop/expertise';

@ObjectType({
  description:
    'A person whose expertise matches (UseCase.expertSuggestions, presenterSuggestions), with why: only expertise the viewer may see counts, and a PRIVATE person or a GUEST is never suggested.',
})
export class ExpertSuggestion {
  @Field(() => Person)
  person: Person;

  @Field(() => [String], {
    description:
      'The matched terms, known ones first: "knows: Data Access Protocols", "wants to work on: Radio astronomy".',
  })
  reasons: string[];

  @Field(() => Float, {
    description:
      'Higher is a better match: each matched term counts 2 when known and 1 when wanted, twice that for a topic or a shared word than for a domain. Among equal scores, a match through a word few terms share ranks first.',
  })
  score: number;
}

const LEVEL_WORDS = { KNOWS: 'knows', WANTS_TO_WORK_ON: 'wants to work on' } as const;

/** The reasons of a match row, in the row's order (known terms first). */
export function reasonsOf(row: Pick<ExpertMatchRow, 'matches'>): string[] {
  return row.matches.map((m) => `${LEVEL_WORDS[m.level]}: ${m.label}`);
}
