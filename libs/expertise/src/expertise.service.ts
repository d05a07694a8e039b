import { Injectable } from '@nestjs/common';
import { TopicsLookup, type Topic } from '@cop/community';
import { PeopleService, ScientificDomain, type Person, type Scope, type SignedInScope } from '@cop/identity';
import {
  BadUserInputError,
  Clock,
  ForbiddenError,
  InputProblems,
  byKeys,
  groupedByKeys,
  isUuid,
  requestLoader,
} from '@cop/platform';
import type { ExpertiseLevelValue, ExpertiseTermKindValue } from './expertise.entity';
import type { ExpertMatchQuery, ExpertMatchRow } from './expertise-match';
import { ExpertiseRepository, type EntryRow, type TermRow } from './expertise.repository';
import { MAX_MERGE_SOURCES, entryRefs, reusedTermId, tagLabel } from './expertise-rules';
import type { ExpertiseVisibilityValue } from './expertise-visibility';
import type { MyExpertiseInput } from './inputs/expertise.input';
import {
  ExpertiseEntry,
  ExpertiseLevel,
  ExpertiseTerm,
  ExpertiseTermKind,
  ExpertiseVisibility,
} from './models/expertise.model';

export function toTerm(row: TermRow): ExpertiseTerm {
  return {
    id: row.id,
    kind: row.kind as ExpertiseTermKind,
    label: row.label,
    domain: row.domain as ScientificDomain | null,
    topicId: row.topicId,
  };
}

function toEntry(row: EntryRow): ExpertiseEntry {
  return { term: toTerm(row), level: row.level as ExpertiseLevel };
}

/** A person's expertise, the vocabulary, the office's tag upkeep, and the suggestions' match. */
@Injectable()
export class ExpertiseService {
  constructor(
    private readonly repository: ExpertiseRepository,
    private readonly people: PeopleService,
    private readonly topics: TopicsLookup,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------------ reads

  /** expertiseTerms: the vocabulary for a picker (MEMBER). */
  async terms(
    scope: Scope,
    args: { search?: string | null; kind?: ExpertiseTermKind | null; first?: number | null },
  ): Promise<ExpertiseTerm[]> {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw BadUserInputError.field('first', 'must be 1 to 100');
    const search = args.search?.trim() || null;
    if (search && search.length > 200)
      throw BadUserInputError.field('search', 'must be at most 200 characters');
    const rows = await this.repository.searchTerms(scope, {
      search,
      kind: (args.kind ?? null) as ExpertiseTermKindValue | null,
      limit: first,
    });
    return rows.map((r) => ({ ...toTerm(r), peopleCount: r.peopleCount }));
  }

  /** Person.expertise: what the caller may see of it (one statement per list of people). */
  expertiseOf(scope: Scope, personId: string): Promise<ExpertiseEntry[]> {
    if (scope.personId === null) return Promise.resolve([]);
    return requestLoader<string, ExpertiseEntry[]>(scope.loaders, 'expertise.ofPerson', async (ids) =>
      groupedByKeys(ids, await this.repository.entriesOfPeople(scope, ids), (r) => r.personId, toEntry),
    ).load(personId);
  }

  /** Person.expertiseVisibility: the person themself only (null for everyone else, without a query). */
  async visibilityOf(scope: Scope, personId: string): Promise<ExpertiseVisibility | null> {
    if (scope.personId !== personId) return null;
    return ((await this.repository.visibilityOf(personId)) ?? 'PRIVATE') as ExpertiseVisibility;
  }

  /** ExpertiseTerm.peopleCount: holders the caller may see (one statement per list of terms). */
  async peopleCountOf(scope: Scope, term: ExpertiseTerm): Promise<number> {
    if (term.peopleCount !== undefined) return term.peopleCount;
    if (scope.personId === null) return 0;
    const counts = await requestLoader<string, number>(
      scope.loaders,
      'expertise.peopleCount',
      async (ids) => {
        const rows = await this.repository.peopleCounts(scope, ids);
        return byKeys(ids, rows, (r) => r.termId).map((r) => r?.n ?? 0);
      },
    ).load(term.id);
    return counts;
  }

  /** ExpertiseTerm.topic through community's loader. */
  topicOf(scope: Scope, term: ExpertiseTerm): Promise<Topic | null> {
    return term.topicId ? this.topics.load(scope, term.topicId) : Promise.resolve(null);
  }

  /** The suggestions' match (expertise-match.ts): one statement under the caller's visibility. */
  expertMatches(scope: Scope, q: ExpertMatchQuery): Promise<ExpertMatchRow[]> {
    return this.repository.match(scope, q);
  }

  // ----------------------------------------------------------------- writes

  /**
   * setMyExpertise: replaces the caller's entries (in the order given) and sets who sees them.
   * Every problem is named at once (input.entries.<i>…); nothing is written unless all is well.
   */
  async setMyExpertise(scope: SignedInScope, input: MyExpertiseInput): Promise<Person> {
    const problems = new InputProblems();
    const refs = entryRefs(input.entries ?? [], problems);
    const termIds = refs.flatMap((r) => (r && 'termId' in r ? [r.termId] : []));
    const labels = refs.flatMap((r) => (r && 'label' in r ? [r.label] : []));
    const [terms, byLabel] = await Promise.all([
      this.repository.termsByIds(termIds),
      this.repository.termsByLabels(labels),
    ]);
    const termById = new Map(terms.map((t) => [t.id, t]));
    // Each entry's term id, or the lower-case label of a tag still to create.
    const keys = refs.map((ref, i): string | null => {
      if (!ref) return null;
      if ('termId' in ref) {
        const term = termById.get(ref.termId);
        if (!term) {
          problems.add(`input.entries.${i}.termId`, 'is not an expertise term');
          return null;
        }
        return term.mergedInto ?? term.id;
      }
      const lower = ref.label.toLowerCase();
      return reusedTermId(byLabel.filter((t) => t.label.toLowerCase() === lower)) ?? `new:${lower}`;
    });
    const seen = new Map<string, number>();
    keys.forEach((key, i) => {
      if (key === null) return;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.add(`input.entries.${i}`, `repeats entry ${earlier + 1}`);
      else seen.set(key, i);
    });
    problems.throwIfAny();
    const newLabels = new Map<string, string>();
    refs.forEach((ref, i) => {
      if (ref && 'label' in ref && keys[i]!.startsWith('new:')) newLabels.set(keys[i]!, ref.label);
    });
    const created = await this.repository.insertTags([...newLabels.values()]);
    const createdId = new Map(created.map((t) => [`new:${t.label.toLowerCase()}`, t.id]));
    const entries = keys.map((key, i) => ({
      termId: key!.startsWith('new:') ? createdId.get(key!)! : key!,
      level: input.entries[i].level as ExpertiseLevelValue,
    }));
    const now = this.clock.now();
    await this.repository.replaceEntries(scope.personId, entries, now);
    await this.repository.setVisibility(scope.personId, input.visibility as ExpertiseVisibilityValue, now);
    return this.people.toModel(await this.people.viewerPerson(scope.viewer), scope.viewer);
  }

  /** mergeExpertiseTags (OFFICE): source TAGs into any live term; holders move, KNOWS wins. */
  async mergeTags(scope: Scope, sourceIds: string[], targetId: string): Promise<ExpertiseTerm> {
    this.assertOffice(scope);
    const problems = new InputProblems();
    problems.check(sourceIds.length >= 1, 'sourceIds', 'name at least one tag');
    problems.check(sourceIds.length <= MAX_MERGE_SOURCES, 'sourceIds', `at most ${MAX_MERGE_SOURCES} tags`);
    const ids = sourceIds.map((id) => id.toLowerCase());
    const target = isUuid(targetId) ? targetId.toLowerCase() : null;
    const locked = await this.repository.lockTerms([
      ...new Set([...ids.filter(isUuid), ...(target ? [target] : [])]),
    ]);
    const byId = new Map(locked.map((t) => [t.id, t]));
    const targetTerm = target ? byId.get(target) : undefined;
    if (!targetTerm) problems.add('targetId', 'is not an expertise term');
    else if (targetTerm.mergedInto)
      problems.add('targetId', 'was merged into another term: merge into that one');
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const path = `sourceIds.${i}`;
      const term = byId.get(id);
      if (!term) problems.add(path, 'is not an expertise term');
      else if (term.kind !== 'TAG')
        problems.add(path, `"${term.label}" is a ${term.kind.toLowerCase()}, not a tag`);
      else if (term.mergedInto) problems.add(path, `"${term.label}" was merged already`);
      else if (id === target) problems.add(path, 'is the target');
      else if (seen.has(id)) problems.add(path, 'is listed twice');
      seen.add(id);
    });
    problems.throwIfAny();
    await this.repository.mergeTerms(ids, target!);
    return toTerm(targetTerm!);
  }

  /** renameExpertiseTag (OFFICE): TAGs only; a label another live term has is refused (merge instead). */
  async renameTag(scope: Scope, id: string, rawLabel: string): Promise<ExpertiseTerm> {
    this.assertOffice(scope);
    const [term] = isUuid(id) ? await this.repository.lockTerms([id.toLowerCase()]) : [];
    if (!term) throw BadUserInputError.field('id', 'is not an expertise term');
    if (term.kind !== 'TAG')
      throw BadUserInputError.field('id', `is a ${term.kind.toLowerCase()}, not a tag`);
    if (term.mergedInto) throw BadUserInputError.field('id', 'was merged into another term');
    const checked = tagLabel(rawLabel);
    if ('problem' in checked) throw BadUserInputError.field('label', checked.problem);
    const clash = (await this.repository.termsByLabels([checked.label])).find(
      (t) => t.id !== term.id && t.mergedInto === null,
    );
    if (clash)
      throw BadUserInputError.field(
        'label',
        `the ${clash.kind.toLowerCase()} "${clash.label}" has this label: merge the tag into it instead`,
      );
    return toTerm(await this.repository.renameTerm(term.id, checked.label));
  }

  private assertOffice(scope: Scope): void {
    if (scope.role !== 'OFFICE') throw new ForbiddenError();
  }
}
