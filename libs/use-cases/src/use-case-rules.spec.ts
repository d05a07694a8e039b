import { BadUserInputError, InputProblems } from '@cop/platform';
import type { RequirementInput } from './inputs/use-case.input';
import { RequirementCategory, RequirementUnit, UseCaseStatus } from './models/use-case.model';
import {
  TEMPLATE_PARTS,
  allowedNextStatuses,
  checkRequirements,
  completeness,
  emptyParts,
  isAllowedTransition,
  mayEditUseCase,
  metricKey,
  type TemplateParts,
} from './use-case-rules';

const good: RequirementInput = {
  category: RequirementCategory.STORAGE,
  metric: 'raw data',
  value: 1,
  unit: RequirementUnit.PB,
  year: 2030,
};

function problemsOf(requirements: RequirementInput[]): Record<string, string> {
  const problems = new InputProblems();
  checkRequirements(requirements, problems);
  try {
    problems.throwIfAny();
    return {};
  } catch (e) {
    return (e as BadUserInputError).fields;
  }
}

describe('use-case rules', () => {
  it('counts blank and white-space parts as empty', () => {
    const parts = Object.fromEntries(TEMPLATE_PARTS.map((p) => [p, null])) as TemplateParts;
    expect(completeness(parts)).toBe(0);
    parts.storage = 'x';
    parts.compute = ' \n\t';
    parts.gapAnalysis = '';
    expect(completeness(parts)).toBe(1 / 8);
    expect(emptyParts(parts)).not.toContain('storage');
    expect(emptyParts(parts)).toContain('compute');
  });

  it('allows one step forward or back, nothing else', () => {
    expect(isAllowedTransition(UseCaseStatus.PROPOSED, UseCaseStatus.SELECTED)).toBe(true);
    expect(isAllowedTransition(UseCaseStatus.COMPLETE, UseCaseStatus.IN_ANALYSIS)).toBe(true);
    expect(isAllowedTransition(UseCaseStatus.PROPOSED, UseCaseStatus.IN_ANALYSIS)).toBe(false);
    expect(isAllowedTransition(UseCaseStatus.SELECTED, UseCaseStatus.SELECTED)).toBe(false);
    expect(allowedNextStatuses(UseCaseStatus.PROPOSED)).toEqual([UseCaseStatus.SELECTED]);
    expect(allowedNextStatuses(UseCaseStatus.IN_ANALYSIS)).toEqual([
      UseCaseStatus.COMPLETE,
      UseCaseStatus.SELECTED,
    ]);
  });

  it('normalizes metrics like the generated metric_key column', () => {
    expect(metricKey('  Raw \t  DATA  per year ')).toBe('raw data per year');
  });

  it('rejects non-finite and negative values, naming the field', () => {
    expect(problemsOf([good, { ...good, value: Number.NaN }])).toEqual({
      'requirements.1.value': 'must be a finite number',
    });
    expect(Object.keys(problemsOf([{ ...good, value: Number.POSITIVE_INFINITY }]))).toEqual([
      'requirements.0.value',
    ]);
    expect(Object.keys(problemsOf([{ ...good, value: -1 }]))).toEqual(['requirements.0.value']);
    expect(problemsOf([{ ...good, value: 0 }])).toEqual({});
  });

  it('checks units against the category and the year range', () => {
    expect(Object.keys(problemsOf([{ ...good, unit: RequirementUnit.GPU_HOURS }]))).toEqual([
      'requirements.0.unit',
    ]);
    expect(Object.keys(problemsOf([{ ...good, year: 2000.5 }]))).toEqual(['requirements.0.year']);
    expect(
      problemsOf([
        { ...good, year: 2000 },
        { ...good, year: 2100 },
      ]),
    ).toEqual({});
  });
});

describe('mayEditUseCase', () => {
  const creator = 'person-creator';
  const asked: string[] = [];
  const experts = new Set(['person-expert']);
  const isExpert = async (personId: string) => {
    asked.push(personId);
    return experts.has(personId);
  };

  beforeEach(() => asked.splice(0));

  it('lets the office and the creator edit without asking for experts', async () => {
    await expect(
      mayEditUseCase({ role: 'OFFICE', personId: 'person-office' }, creator, isExpert),
    ).resolves.toBe(true);
    await expect(mayEditUseCase({ role: 'MEMBER', personId: creator }, creator, isExpert)).resolves.toBe(
      true,
    );
    expect(asked).toEqual([]);
  });

  it('lets an expert edit, and nobody else', async () => {
    await expect(
      mayEditUseCase({ role: 'MEMBER', personId: 'person-expert' }, creator, isExpert),
    ).resolves.toBe(true);
    await expect(
      mayEditUseCase({ role: 'MEMBER', personId: 'person-other' }, creator, isExpert),
    ).resolves.toBe(false);
    expect(asked).toEqual(['person-expert', 'person-other']);
  });

  it('refuses the signed-out caller', async () => {
    await expect(mayEditUseCase(null, creator, isExpert)).resolves.toBe(false);
    expect(asked).toEqual([]);
  });
});
