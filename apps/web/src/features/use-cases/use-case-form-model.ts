import { z } from 'zod';
import type { RequirementInput, UseCaseInput } from '../../gql/graphql';
import { CATEGORIES, PARTS, UNITS_OF, UNIT_WORDS, CATEGORY_WORDS, type PartKey } from './use-case-words';

/** The server's limits (use-case-rules.ts in libs/use-cases). */
export const MAX_TITLE = 300;
export const MAX_SUMMARY = 5_000;
export const MAX_METRIC = 200;
export const MAX_NOTE = 2_000;
export const MAX_PART = 1_000_000;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const categorySchema = z.enum(CATEGORIES as [string, ...string[]]);

const amount = z
  .union([z.number(), z.string()])
  .refine((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'Enter an amount of 0 or more.');

const year = z
  .union([z.number(), z.string()])
  .refine(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR,
    `Enter a year from ${MIN_YEAR} to ${MAX_YEAR}.`,
  );

export const requirementSchema = z
  .object({
    category: categorySchema,
    metric: z
      .string()
      .refine((v) => v.trim().length > 0, 'Name what is measured.')
      .refine((v) => v.trim().length <= MAX_METRIC, `At most ${MAX_METRIC} characters.`),
    value: amount,
    unit: z.string(),
    year,
    note: z.string().max(MAX_NOTE, `At most ${MAX_NOTE} characters.`),
  })
  .superRefine((r, ctx) => {
    const units = UNITS_OF[r.category as RequirementInput['category']] ?? [];
    if (!units.includes(r.unit as RequirementInput['unit']))
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `${CATEGORY_WORDS[r.category as RequirementInput['category']]} takes ${units.map((u) => UNIT_WORDS[u]).join(', ')}.`,
      });
  });

const part = z.string().max(MAX_PART, `At most ${MAX_PART} characters.`);

export const useCaseFormSchema = z.object({
  title: z
    .string()
    .refine((v) => v.trim().length > 0, 'Enter a title.')
    .refine((v) => v.trim().length <= MAX_TITLE, `At most ${MAX_TITLE} characters.`),
  summary: z.string().refine((v) => v.trim().length <= MAX_SUMMARY, `At most ${MAX_SUMMARY} characters.`),
  domains: z.array(z.string()),
  expertIds: z.array(z.string()),
  workingGroupIds: z.array(z.string()),
  parts: z.object(Object.fromEntries(PARTS.map((p) => [p.key, part])) as Record<PartKey, typeof part>),
  requirements: z.array(requirementSchema),
});

export type UseCaseFormValues = z.infer<typeof useCaseFormSchema>;
export type RequirementRow = UseCaseFormValues['requirements'][number];

export function emptyRequirement(): RequirementRow {
  return {
    category: 'STORAGE',
    metric: '',
    value: '',
    unit: 'PB',
    year: new Date().getFullYear() + 1,
    note: '',
  };
}

export function toUseCaseInput(v: UseCaseFormValues): UseCaseInput {
  return {
    title: v.title.trim(),
    summary: v.summary.trim() || null,
    domains: v.domains as UseCaseInput['domains'],
    expertIds: v.expertIds,
    workingGroupIds: v.workingGroupIds,
    ...Object.fromEntries(PARTS.map((p) => [p.key, v.parts[p.key].trim() ? v.parts[p.key] : null])),
  };
}

export function toRequirementInputs(v: UseCaseFormValues): RequirementInput[] {
  return v.requirements.map((r) => ({
    category: r.category as RequirementInput['category'],
    metric: r.metric.trim(),
    value: r.value as number,
    unit: r.unit as RequirementInput['unit'],
    year: r.year as number,
    note: r.note.trim() || null,
  }));
}

/**
 * The form field a server error path names: `input.title` is `title`, `input.storage` the
 * storage part, `input.expertIds.2` the experts, `requirements.3.unit` that row's unit.
 */
export function formFieldOf(path: string): string | undefined {
  const [head, ...rest] = path.split('.');
  if (head === 'requirements') return rest.length >= 2 ? `requirements.${rest[0]}.${rest[1]}` : undefined;
  const field = head === 'input' ? rest[0] : head;
  if (PARTS.some((p) => p.key === field)) return `parts.${field}`;
  if (['title', 'summary', 'domains', 'expertIds', 'workingGroupIds'].includes(field)) return field;
  return undefined;
}
