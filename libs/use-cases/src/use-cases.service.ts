import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  byKeys,
  decodeCursor,
  encodeCursor,
  pageSize,
  renderMarkdown,
  requestLoader,
  groupedByKeys,
  isUuid,
} from '@cop/platform';
import {
  isOffice,
  PeopleRepository,
  PeopleService,
  type Person,
  type PersonEntity,
  type ScientificDomain,
  type Scope,
  type Viewer,
} from '@cop/identity';
import { WorkingGroupsService, type WorkingGroup } from '@cop/community';
import type { RequirementInput, UseCaseInput } from './inputs/use-case.input';
import {
  RequirementCategory,
  RequirementUnit,
  UseCaseStatus,
  type Requirement,
  type RequirementContribution,
  type RequirementTotal,
  type UseCasePart,
  type UseCase,
  type UseCaseConnection,
} from './models/use-case.model';
import type { RequirementEntity, UseCaseEntity } from './use-case.entity';
import {
  DEFAULT_PART_MAX_CHARS,
  MAX_EXPERTS,
  MAX_WORKING_GROUPS,
  SUMMARY_MAX_CHARS,
  TEMPLATE_PARTS,
  TITLE_MAX_CHARS,
  allowedNextStatuses,
  checkRequirements,
  completeness,
  emptyParts,
  isAllowedTransition,
  mayEditUseCase,
  type TemplateParts,
} from './use-case-rules';
import { UseCasesRepository, type UseCaseCursor, type UseCaseFields } from './use-cases.repository';

/** Injection token of the size limit of one template part, in characters (default 1,000,000). */
export const USE_CASE_PART_MAX_CHARS = Symbol('USE_CASE_PART_MAX_CHARS');

/** The compendium: proposing and editing use cases, their status, requirements and totals. */
@Injectable()
export class UseCasesService {
  private readonly partMaxChars: number;

  constructor(
    private readonly useCases: UseCasesRepository,
    private readonly people: PeopleService,
    private readonly peopleRepository: PeopleRepository,
    private readonly groups: WorkingGroupsService,
    private readonly clock: Clock,
    @Optional() @Inject(USE_CASE_PART_MAX_CHARS) partMaxChars?: number,
  ) {
    this.partMaxChars = partMaxChars ?? DEFAULT_PART_MAX_CHARS;
  }

  // ------------------------------------------------------------------ reading

  async page(args: {
    status?: UseCaseStatus | null;
    domain?: ScientificDomain | null;
    first?: number | null;
    after?: string | null;
  }): Promise<UseCaseConnection> {
    const limit = pageSize(args.first, 20);
    const { rows, total } = await this.useCases.page({
      status: args.status ?? null,
      domain: args.domain ?? null,
      after: parseCursor(args.after),
      limit: limit + 1,
    });
    const edges = rows.slice(0, limit).map((u) => ({
      cursor: encodeCursor([u.updatedAt.toISOString(), u.id]),
      node: toUseCase(u),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** Null for an unknown id (or one that is not an id at all). */
  async byId(id: string): Promise<UseCase | null> {
    if (!isUuid(id)) return null;
    const found = await this.useCases.findById(id);
    return found ? toUseCase(found) : null;
  }

  async totals(year: number | null | undefined, category: RequirementCategory | null | undefined) {
    return (await this.useCases.totals({
      year: year ?? null,
      category: category ?? null,
    })) as RequirementTotal[];
  }

  // ------------------------------------------------ relations (DataLoaders)

  async createdBy(scope: Scope, useCase: UseCase): Promise<Person> {
    const person = await this.people.load(scope.loaders, useCase.createdById);
    if (!person) throw new NotFoundError('Person', useCase.createdById);
    return this.people.toModel(person, scope.viewer);
  }

  async experts(scope: Scope, useCaseId: string): Promise<Person[]> {
    const links = await this.expertIdsLoader(scope.loaders).load(useCaseId);
    // A loader of its own, so experts never share (or not) a batch with createdBy by timing.
    const loader = requestLoader<string, PersonEntity | null>(
      scope.loaders,
      'useCases.expertPeople',
      async (ids) => byKeys(ids, await this.peopleRepository.findByIds(ids), (p) => p.id),
    );
    const people = await Promise.all(links.map((id) => loader.load(id)));
    return people.filter((p) => p !== null).map((p) => this.people.toModel(p, scope.viewer));
  }

  async workingGroups(req: object, useCaseId: string): Promise<WorkingGroup[]> {
    const ids = await requestLoader<string, string[]>(req, 'useCases.groupIds', async (keys) => {
      const rows = await this.useCases.workingGroupsOf(keys);
      return groupedByKeys(
        keys,
        rows,
        (r) => r.useCaseId,
        (r) => r.workingGroupId,
      );
    }).load(useCaseId);
    const groups = await Promise.all(ids.map((id) => this.groups.load(req, id)));
    return groups.filter((g) => g !== null);
  }

  async requirements(req: object, useCaseId: string): Promise<Requirement[]> {
    const rows = await requestLoader<string, RequirementEntity[]>(
      req,
      'useCases.requirements',
      async (ids) => {
        const all = await this.useCases.requirementsOf(ids);
        return groupedByKeys(ids, all, (r) => r.useCaseId);
      },
    ).load(useCaseId);
    return rows.map(toRequirement);
  }

  /** The eight parts in the template's order, each with its sanitized HTML (rendered on request only). */
  parts(useCase: UseCase): UseCasePart[] {
    return TEMPLATE_PARTS.map((key) => {
      const markdown = useCase[key];
      return { key, markdown, html: markdown === null ? null : renderMarkdown(markdown) };
    });
  }

  /** Whether the viewer may updateUseCase / setUseCaseRequirements: creator, experts or OFFICE. */
  viewerMayEdit(scope: Scope, useCase: UseCase): Promise<boolean> {
    return mayEditUseCase(scope.viewer, useCase.createdById, async (personId) =>
      (await this.expertIdsLoader(scope.loaders).load(useCase.id)).includes(personId),
    );
  }

  /** A total's use cases, each with its share; one batch of use cases for all totals of a request. */
  async contributions(req: object, total: RequirementTotal): Promise<RequirementContribution[]> {
    const loader = requestLoader<string, UseCaseEntity | null>(req, 'useCases.byId', async (ids) =>
      byKeys(ids, await this.useCases.findByIds(ids), (u) => u.id),
    );
    const found = await Promise.all(
      total.contributionRows.map(async (c) => ({ entity: await loader.load(c.useCaseId), total: c.total })),
    );
    return found
      .filter((c) => c.entity !== null)
      .map((c) => ({ useCase: toUseCase(c.entity!), total: c.total }));
  }

  // ----------------------------------------------------------------- writing

  /** MEMBER: a new use case, PROPOSED, created by the viewer. */
  async propose(viewer: Viewer, input: UseCaseInput): Promise<UseCase> {
    const checked = await this.checkInput(input, null);
    const now = this.clock.now();
    // Proposing, checkInput returns every field (left-out ones as null or empty).
    const f = checked.fields as UseCaseFields;
    const created = await this.useCases.insert({
      title: f.title,
      summary: f.summary,
      domains: f.domains,
      ...pick(f),
      status: 'PROPOSED',
      createdBy: viewer.personId,
      createdAt: now,
      updatedAt: now,
      isExample: false,
    } as UseCaseFields & { createdAt: Date });
    await this.useCases.replaceExperts(created.id, checked.expertIds ?? []);
    await this.useCases.replaceWorkingGroups(created.id, checked.workingGroupIds ?? []);
    return toUseCase((await this.useCases.findById(created.id))!);
  }

  /**
   * Creator, experts or OFFICE. Fields left out of the input keep their value; null clears them
   * (an empty list for the id lists).
   */
  async update(viewer: Viewer, id: string, input: UseCaseInput): Promise<UseCase> {
    const useCase = await this.lockOrThrow(id);
    await this.assertMayEdit(viewer, useCase);
    const checked = await this.checkInput(input, useCase);
    if (useCase.status === 'COMPLETE') {
      const empty = emptyParts({ ...partsOf(useCase), ...pick(checked.fields) });
      if (empty.length)
        throw new EmptyPartsError(
          `A COMPLETE use case keeps every template part filled; empty: ${empty.join(', ')}.`,
          empty,
          'a complete use case keeps every part written',
        );
    }
    await this.useCases.update(useCase.id, { ...checked.fields, updatedAt: this.clock.now() });
    if (checked.expertIds) await this.useCases.replaceExperts(useCase.id, checked.expertIds);
    if (checked.workingGroupIds)
      await this.useCases.replaceWorkingGroups(useCase.id, checked.workingGroupIds);
    return toUseCase((await this.useCases.findById(useCase.id))!);
  }

  /** OFFICE: one step forward, or one step back; COMPLETE needs every template part filled. */
  async setStatus(viewer: Viewer, id: string, status: UseCaseStatus): Promise<UseCase> {
    if (!isOffice(viewer)) throw new ForbiddenError('Only the project office moves use cases along.');
    const useCase = await this.lockOrThrow(id);
    const from = useCase.status as UseCaseStatus;
    if (!isAllowedTransition(from, status))
      throw new ConflictError(
        `A ${from} use case can move to ${allowedNextStatuses(from).join(' or ')}, not to ${status}.`,
      );
    if (status === UseCaseStatus.COMPLETE) {
      const empty = emptyParts(partsOf(useCase));
      if (empty.length)
        throw new EmptyPartsError(
          `Fill in every template part before COMPLETE; empty: ${empty.join(', ')}.`,
          empty,
          'must be written before the use case is complete',
        );
    }
    await this.useCases.update(useCase.id, { status, updatedAt: this.clock.now() });
    return toUseCase((await this.useCases.findById(useCase.id))!);
  }

  /** Creator, experts or OFFICE: replaces the whole list, in this order. */
  async setRequirements(viewer: Viewer, id: string, requirements: RequirementInput[]): Promise<UseCase> {
    const useCase = await this.lockOrThrow(id);
    await this.assertMayEdit(viewer, useCase);
    const problems = new InputProblems();
    checkRequirements(requirements, problems);
    problems.throwIfAny();
    await this.useCases.replaceRequirements(
      useCase.id,
      requirements.map((r) => ({
        category: r.category,
        metric: r.metric.trim(),
        value: r.value,
        unit: r.unit,
        year: r.year,
        note: r.note?.trim() || null,
      })),
    );
    await this.useCases.update(useCase.id, { updatedAt: this.clock.now() });
    return toUseCase((await this.useCases.findById(useCase.id))!);
  }

  // ------------------------------------------------------------------ helpers

  private expertIdsLoader(req: object) {
    return requestLoader<string, string[]>(req, 'useCases.expertIds', async (ids) => {
      const rows = await this.useCases.expertsOf(ids);
      return groupedByKeys(
        ids,
        rows,
        (r) => r.useCaseId,
        (r) => r.personId,
      );
    });
  }

  private async lockOrThrow(id: string): Promise<UseCaseEntity> {
    const found = isUuid(id) ? await this.useCases.lockById(id) : null;
    if (!found) throw new NotFoundError('Use case', id);
    return found;
  }

  private async assertMayEdit(viewer: Viewer, useCase: UseCaseEntity): Promise<void> {
    if (
      await mayEditUseCase(viewer, useCase.createdBy, (personId) =>
        this.useCases.isExpert(useCase.id, personId),
      )
    )
      return;
    throw new ForbiddenError('Only its creator, its experts and the office may edit a use case.');
  }

  /**
   * Every problem of the input at once, as "input.<field>" paths. `current` is null when
   * proposing (every field is then set); when updating, fields left out are not returned.
   */
  private async checkInput(
    input: UseCaseInput,
    current: UseCaseEntity | null,
  ): Promise<{ fields: Partial<UseCaseFields>; expertIds?: string[]; workingGroupIds?: string[] }> {
    const problems = new InputProblems();
    const fields: Partial<UseCaseFields> = {};
    const given = (v: unknown) => current === null || v !== undefined;

    const title = typeof input.title === 'string' ? input.title.trim() : '';
    problems.check(title !== '', 'input.title', 'must not be blank');
    problems.check(
      title.length <= TITLE_MAX_CHARS,
      'input.title',
      `must be at most ${TITLE_MAX_CHARS} characters`,
    );
    fields.title = title;

    if (given(input.summary)) {
      const summary = input.summary?.trim() || null;
      problems.check(
        (summary?.length ?? 0) <= SUMMARY_MAX_CHARS,
        'input.summary',
        `must be at most ${SUMMARY_MAX_CHARS} characters`,
      );
      fields.summary = summary;
    }
    if (given(input.domains)) fields.domains = [...new Set(input.domains ?? [])];

    for (const part of TEMPLATE_PARTS) {
      const text = input[part];
      if (!given(text)) continue;
      problems.check(
        (text?.length ?? 0) <= this.partMaxChars,
        `input.${part}`,
        `must be at most ${this.partMaxChars} characters`,
      );
      // Kept as written (markdown), but a blank part is stored as empty.
      fields[part] = text?.trim() ? text : null;
    }

    const ids = async (
      list: string[] | null | undefined,
      field: 'expertIds' | 'workingGroupIds',
      max: number,
      what: string,
      exists: (ids: string[]) => Promise<Set<string>>,
    ): Promise<string[] | undefined> => {
      if (!given(list)) return undefined;
      const unique = [...new Set(list ?? [])];
      problems.check(unique.length <= max, `input.${field}`, `at most ${max} ${what}s`);
      const found = await exists(unique.filter(isUuid));
      unique.forEach((id) => {
        if (!found.has(id))
          problems.add(`input.${field}.${list!.indexOf(id)}`, `no ${what} has the id "${id}"`);
      });
      return unique;
    };
    const expertIds = await ids(input.expertIds, 'expertIds', MAX_EXPERTS, 'person', (l) =>
      this.useCases.existingPeople(l),
    );
    const workingGroupIds = await ids(
      input.workingGroupIds,
      'workingGroupIds',
      MAX_WORKING_GROUPS,
      'working group',
      (l) => this.useCases.existingWorkingGroups(l),
    );

    problems.throwIfAny();
    return { fields, expertIds, workingGroupIds };
  }
}

/** CONFLICT naming the empty template parts in extensions.fields, so a page can point at each. */
export class EmptyPartsError extends ConflictError {
  constructor(
    message: string,
    readonly parts: readonly string[],
    private readonly partMessage: string,
  ) {
    super(message);
  }
  override extensions() {
    return { fields: Object.fromEntries(this.parts.map((p) => [p, this.partMessage])) };
  }
}

function parseCursor(after: string | null | undefined): UseCaseCursor | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [updatedAt, id] = key;
  if (
    typeof updatedAt !== 'string' ||
    Number.isNaN(Date.parse(updatedAt)) ||
    typeof id !== 'string' ||
    !isUuid(id)
  )
    throw BadUserInputError.field('after', 'not a cursor returned by this API');
  return { updatedAt, id };
}

function partsOf(u: UseCaseEntity): TemplateParts {
  return Object.fromEntries(TEMPLATE_PARTS.map((p) => [p, u[p]])) as TemplateParts;
}

function pick(fields: Partial<UseCaseFields>): Partial<TemplateParts> {
  return Object.fromEntries(TEMPLATE_PARTS.filter((p) => p in fields).map((p) => [p, fields[p] ?? null]));
}

export function toUseCase(u: UseCaseEntity): UseCase {
  const parts = partsOf(u);
  return {
    id: u.id,
    title: u.title,
    summary: u.summary,
    status: u.status as UseCaseStatus,
    domains: u.domains as ScientificDomain[],
    ...parts,
    completeness: completeness(parts),
    updatedAt: u.updatedAt,
    createdById: u.createdBy,
  };
}

function toRequirement(r: RequirementEntity): Requirement {
  return {
    id: r.id,
    category: r.category as RequirementCategory,
    metric: r.metric,
    value: r.value,
    unit: r.unit as RequirementUnit,
    year: r.year,
    note: r.note,
  };
}
