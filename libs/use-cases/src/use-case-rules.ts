import { InputProblems } from '@cop/platform';
import type { RequirementInput } from './inputs/use-case.input';
import { RequirementCategory, RequirementUnit, UseCaseStatus } from './models/use-case.model';

/** The eight parts of the use-case template, in the template's order. */
export const TEMPLATE_PARTS = [
  'scientificChallenge',
  'storage',
  'dataTransport',
  'compute',
  'workflowManagement',
  'accessAndAnalysis',
  'gapAnalysis',
  'nonTechnicalChallenges',
] as const;
export type TemplatePart = (typeof TEMPLATE_PARTS)[number];
export type TemplateParts = Record<TemplatePart, string | null>;

/**
 * Who may edit a use case (updateUseCase, setUseCaseRequirements, and UseCase.viewerMayEdit that
 * shows the edit button): the office, its creator, or one of its experts. The experts are asked
 * last and only then (a read batches them per request, a mutation asks for the one person).
 */
export async function mayEditUseCase(
  viewer: { role: string; personId: string } | null,
  createdBy: string,
  isExpert: (personId: string) => Promise<boolean>,
): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === 'OFFICE' || createdBy === viewer.personId) return true;
  return isExpert(viewer.personId);
}

/** Default limit of one template part: 1 MB of text, counted in characters. */
export const DEFAULT_PART_MAX_CHARS = 1_000_000;
export const TITLE_MAX_CHARS = 300;
export const SUMMARY_MAX_CHARS = 5_000;
export const METRIC_MAX_CHARS = 200;
export const NOTE_MAX_CHARS = 2_000;
export const MAX_REQUIREMENTS = 500;
export const MAX_EXPERTS = 100;
export const MAX_WORKING_GROUPS = 50;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Blank and white-space-only parts count as empty. */
export function isFilled(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.trim() !== '';
}

export function emptyParts(parts: TemplateParts): TemplatePart[] {
  return TEMPLATE_PARTS.filter((p) => !isFilled(parts[p]));
}

/** Share of the eight parts filled in, 0 to 1. */
export function completeness(parts: TemplateParts): number {
  return (TEMPLATE_PARTS.length - emptyParts(parts).length) / TEMPLATE_PARTS.length;
}

/** The units each category may be given in. */
export const UNITS_OF: Record<RequirementCategory, RequirementUnit[]> = {
  [RequirementCategory.STORAGE]: [RequirementUnit.TB, RequirementUnit.PB, RequirementUnit.EB],
  [RequirementCategory.DATA_TRANSPORT]: [RequirementUnit.GBIT_PER_S, RequirementUnit.TBIT_PER_S],
  [RequirementCategory.COMPUTE]: [RequirementUnit.CORE_HOURS, RequirementUnit.GPU_HOURS],
};

const ORDER = [
  UseCaseStatus.PROPOSED,
  UseCaseStatus.SELECTED,
  UseCaseStatus.IN_ANALYSIS,
  UseCaseStatus.COMPLETE,
];

/** One step forward, or (the office only ever moves status) one step back. */
export function isAllowedTransition(from: UseCaseStatus, to: UseCaseStatus): boolean {
  return Math.abs(ORDER.indexOf(to) - ORDER.indexOf(from)) === 1;
}

export function allowedNextStatuses(from: UseCaseStatus): UseCaseStatus[] {
  const i = ORDER.indexOf(from);
  return [ORDER[i + 1], ORDER[i - 1]].filter((s) => s !== undefined);
}

/** The metric as totals group it: lower-case, runs of white space as one space, trimmed. */
export function metricKey(metric: string): string {
  return metric.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Checks a requirement list; paths are "requirements.<i>.<field>". */
export function checkRequirements(requirements: RequirementInput[], problems: InputProblems): void {
  problems.check(
    requirements.length <= MAX_REQUIREMENTS,
    'requirements',
    `at most ${MAX_REQUIREMENTS} requirements`,
  );
  requirements.forEach((r, i) => {
    const at = (field: string) => `requirements.${i}.${field}`;
    const metric = typeof r.metric === 'string' ? r.metric.trim() : '';
    problems.check(metric !== '', at('metric'), 'must not be blank');
    problems.check(
      metric.length <= METRIC_MAX_CHARS,
      at('metric'),
      `must be at most ${METRIC_MAX_CHARS} characters`,
    );
    problems.check(
      typeof r.value === 'number' && Number.isFinite(r.value),
      at('value'),
      'must be a finite number',
    );
    problems.check(!(r.value < 0), at('value'), 'must not be negative');
    problems.check(
      UNITS_OF[r.category]?.includes(r.unit) ?? false,
      at('unit'),
      `${r.category} takes ${(UNITS_OF[r.category] ?? []).join(', ')}, not ${r.unit}`,
    );
    problems.check(
      Number.isInteger(r.year) && r.year >= MIN_YEAR && r.year <= MAX_YEAR,
      at('year'),
      `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`,
    );
    problems.check(
      r.note === null || r.note === undefined || r.note.length <= NOTE_MAX_CHARS,
      at('note'),
      `must be at most ${NOTE_MAX_CHARS} characters`,
    );
  });
}
