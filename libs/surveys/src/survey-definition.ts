import { BadUserInputError, InputProblems } from '@cop/platform';
import { WEB_PAGES } from '@cop/web-routes';
import {
  OTHER_OPTION_KEY,
  SURVEY_TEXT_MAX_LENGTH,
  choiceKeys,
  isChoice,
  shownQuestions,
  type ConditionDef,
  type OptionDef,
  type QuestionDef,
  type QuestionKindValue,
  type ResultMeasureValue,
  type SectionDef,
  type SurveyDefinition,
} from '@cop/survey-logic';

// The definition's shape and its conditions live in @cop/survey-logic, shared with the web app.
export * from '@cop/survey-logic';

export type SurveyStatusValue = 'DRAFT' | 'OPEN' | 'CLOSED';

/**
 * The status as everyone sees and obeys it: an OPEN survey is CLOSED once its closesAt has
 * passed (before its opensAt it stays OPEN, taking answers from opensAt on).
 */
export function effectiveStatus(
  s: { status: SurveyStatusValue; closesAt: Date | null },
  now: Date,
): SurveyStatusValue {
  return s.status === 'OPEN' && s.closesAt !== null && now >= s.closesAt ? 'CLOSED' : s.status;
}

/** The shape of SurveyInput (the GraphQL input class or plain seed data). */
export interface SurveyFieldsInput {
  slug: string;
  title: string;
  description?: string | null;
  anonymous?: boolean | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  sections: {
    key: string;
    title: string;
    description?: string | null;
    showIf?: ConditionDef | null;
    questions: {
      key: string;
      text: string;
      kind: QuestionKindValue;
      required?: boolean | null;
      allowOther?: boolean | null;
      options?: OptionDef[] | null;
      scaleMin?: number | null;
      scaleMax?: number | null;
      showIf?: ConditionDef | null;
      resultMeasure?: ResultMeasureValue | null;
    }[];
  }[];
}

export interface SurveyFields {
  slug: string;
  title: string;
  description: string | null;
  anonymous: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
  definition: SurveyDefinition;
}

/** One stored answer: only non-empty answers are stored. */
export interface AnswerValue {
  questionKey: string;
  optionKeys: string[];
  otherText: string | null;
  text: string | null;
  number: number | null;
}

export interface AnswerInputLike {
  questionKey: string;
  optionKeys?: string[] | null;
  otherText?: string | null;
  text?: string | null;
  number?: number | null;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** Slugs a survey cannot take: a fixed page under /surveys/ (the editor's /surveys/new) would shadow it. */
export const RESERVED_SURVEY_SLUGS: readonly string[] = Object.values(WEB_PAGES).flatMap(
  (path) => /^\/surveys\/([a-z0-9-]+)$/.exec(path)?.[1] ?? [],
);
const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/;
export function allQuestions(def: SurveyDefinition): QuestionDef[] {
  return def.sections.flatMap((s) => s.questions);
}

function blank(s: string | null | undefined): boolean {
  return s === null || s === undefined || s.trim() === '';
}

/**
 * Checks a whole survey input and names every problem by its input path (prefix "input"):
 * keys, duplicates, options, scales, and conditions that must refer to an earlier choice
 * question and to its options. Returns the fields to store.
 */
export function checkSurveyInput(input: SurveyFieldsInput, prefix = 'input'): SurveyFields {
  const p = new InputProblems();
  const slug = input.slug.trim();
  p.check(SLUG.test(slug), `${prefix}.slug`, 'must be 1 to 80 lower-case letters, digits and dashes');
  p.check(
    !RESERVED_SURVEY_SLUGS.includes(slug),
    `${prefix}.slug`,
    `"${slug}" is taken by a page of the app: choose another slug`,
  );
  const title = input.title.trim();
  p.check(title.length >= 1 && title.length <= 300, `${prefix}.title`, 'must be 1 to 300 characters');
  p.check(
    input.description == null || input.description.length <= 10_000,
    `${prefix}.description`,
    'must be at most 10000 characters',
  );
  if (input.opensAt && input.closesAt && input.opensAt >= input.closesAt) {
    p.add(`${prefix}.closesAt`, 'must be after opensAt');
  }
  p.check(input.sections.length > 0, `${prefix}.sections`, 'a survey needs at least one section');

  // Every question in order, to check that conditions look back only.
  const order = new Map<string, { index: number; question: QuestionDef }>();
  const sectionKeys = new Set<string>();
  const sections: SectionDef[] = [];
  let index = 0;
  const checkCondition = (cond: ConditionDef | null | undefined, path: string, before: number) => {
    if (!cond) return null;
    const target = order.get(cond.questionKey);
    if (!target) {
      p.add(`${path}.questionKey`, `no question "${cond.questionKey}" in this survey`);
    } else if (target.index >= before) {
      p.add(`${path}.questionKey`, `"${cond.questionKey}" must be an earlier question`);
    } else if (!isChoice(target.question.kind)) {
      p.add(`${path}.questionKey`, `"${cond.questionKey}" is not a choice question`);
    } else {
      const keys = choiceKeys(target.question);
      cond.anyOf.forEach((k, i) => {
        if (!keys.includes(k)) p.add(`${path}.anyOf.${i}`, `"${cond.questionKey}" has no option "${k}"`);
      });
    }
    p.check(cond.anyOf.length > 0, `${path}.anyOf`, 'needs at least one option key');
    return { questionKey: cond.questionKey, anyOf: [...new Set(cond.anyOf)] };
  };

  // First pass: keys and positions, so a condition on a later question is named as such.
  const allKeys = new Set<string>();
  input.sections.forEach((s) =>
    s.questions.forEach((raw) => {
      const q = normalizeQuestion(raw);
      if (!order.has(q.key)) order.set(q.key, { index, question: q });
      index++;
    }),
  );
  let position = 0;
  input.sections.forEach((s, si) => {
    const sp = `${prefix}.sections.${si}`;
    const key = s.key.trim();
    if (!KEY.test(key)) p.add(`${sp}.key`, 'must be 1 to 60 letters, digits, "_" and "-"');
    else if (sectionKeys.has(key)) p.add(`${sp}.key`, `duplicate section key "${key}"`);
    sectionKeys.add(key);
    p.check(
      s.title.trim().length >= 1 && s.title.length <= 300,
      `${sp}.title`,
      'must be 1 to 300 characters',
    );
    p.check(s.questions.length > 0, `${sp}.questions`, 'a section needs at least one question');
    const sectionStart = position;
    const showIf = checkCondition(s.showIf, `${sp}.showIf`, sectionStart);
    const questions: QuestionDef[] = [];
    s.questions.forEach((raw, qi) => {
      const qp = `${sp}.questions.${qi}`;
      const q = normalizeQuestion(raw);
      if (!KEY.test(q.key)) p.add(`${qp}.key`, 'must be 1 to 60 letters, digits, "_" and "-"');
      else if (allKeys.has(q.key)) p.add(`${qp}.key`, `duplicate question key "${q.key}"`);
      allKeys.add(q.key);
      p.check(
        q.text.trim().length >= 1 && q.text.length <= 2000,
        `${qp}.text`,
        'must be 1 to 2000 characters',
      );
      if (isChoice(q.kind)) {
        p.check(q.options.length > 0, `${qp}.options`, 'a choice question needs at least one option');
        const optionKeys = new Set<string>();
        q.options.forEach((o, oi) => {
          if (o.key === OTHER_OPTION_KEY)
            p.add(`${qp}.options.${oi}.key`, `"${OTHER_OPTION_KEY}" is the Other choice: use allowOther`);
          else if (!KEY.test(o.key))
            p.add(`${qp}.options.${oi}.key`, 'must be 1 to 60 letters, digits, "_" and "-"');
          else if (optionKeys.has(o.key)) p.add(`${qp}.options.${oi}.key`, `duplicate option key "${o.key}"`);
          optionKeys.add(o.key);
          p.check(
            o.label.trim().length >= 1 && o.label.length <= 500,
            `${qp}.options.${oi}.label`,
            'must be 1 to 500 characters',
          );
        });
      } else {
        p.check(q.options.length === 0, `${qp}.options`, 'only choice questions have options');
        p.check(!q.allowOther, `${qp}.allowOther`, 'only choice questions have an Other choice');
        p.check(
          q.resultMeasure === 'RATIO',
          `${qp}.resultMeasure`,
          'only choice questions have a share of choices',
        );
      }
      if (q.kind === 'SCALE') {
        if (q.scaleMin === null) p.add(`${qp}.scaleMin`, 'a SCALE question needs scaleMin');
        if (q.scaleMax === null) p.add(`${qp}.scaleMax`, 'a SCALE question needs scaleMax');
        if (q.scaleMin !== null && q.scaleMax !== null && q.scaleMin >= q.scaleMax)
          p.add(`${qp}.scaleMax`, 'must be greater than scaleMin');
      } else {
        p.check(q.scaleMin === null, `${qp}.scaleMin`, 'only SCALE questions have a scale');
        p.check(q.scaleMax === null, `${qp}.scaleMax`, 'only SCALE questions have a scale');
      }
      q.showIf = checkCondition(raw.showIf, `${qp}.showIf`, position);
      position++;
      questions.push(q);
    });
    sections.push({
      key,
      title: s.title.trim(),
      description: blank(s.description) ? null : s.description!,
      showIf,
      questions,
    });
  });
  p.throwIfAny();
  return {
    slug,
    title,
    description: blank(input.description) ? null : input.description!,
    anonymous: input.anonymous ?? false,
    opensAt: input.opensAt ?? null,
    closesAt: input.closesAt ?? null,
    definition: { sections },
  };
}

function normalizeQuestion(q: SurveyFieldsInput['sections'][number]['questions'][number]): QuestionDef {
  return {
    key: q.key.trim(),
    text: q.text.trim(),
    kind: q.kind,
    required: q.required ?? false,
    allowOther: q.allowOther ?? false,
    options: (q.options ?? []).map((o) => ({ key: o.key.trim(), label: o.label.trim() })),
    scaleMin: q.scaleMin ?? null,
    scaleMax: q.scaleMax ?? null,
    showIf: null,
    resultMeasure: q.resultMeasure ?? 'RATIO',
  };
}

/** Why a question is hidden, for the error message. */
function hiddenReason(def: SurveyDefinition, key: string): string {
  for (const s of def.sections) {
    const q = s.questions.find((x) => x.key === key);
    if (!q) continue;
    const cond = q.showIf ?? s.showIf;
    if (cond) return `not shown: it needs "${cond.questionKey}" to be one of ${cond.anyOf.join(', ')}`;
  }
  return 'not shown for these answers';
}

/**
 * Checks answers against the definition and the conditions the answers themselves decide.
 * Names every problem as answers.<questionKey>. Returns the non-empty answers to store and
 * the keys of the questions shown.
 */
export function checkAnswers(
  def: SurveyDefinition,
  input: AnswerInputLike[],
  opts: { enforceRequired: boolean; textLimit?: number },
): { answers: AnswerValue[]; shownKeys: string[] } {
  const limit = opts.textLimit ?? SURVEY_TEXT_MAX_LENGTH;
  const fields: Record<string, string> = {};
  const add = (key: string, message: string) => {
    const path = `answers.${key}`;
    if (!(path in fields)) fields[path] = message;
  };
  const questions = new Map(allQuestions(def).map((q) => [q.key, q]));
  const values = new Map<string, AnswerValue>();
  const seen = new Set<string>();
  for (const a of input) {
    const q = questions.get(a.questionKey);
    if (seen.has(a.questionKey)) {
      add(a.questionKey, 'answered more than once');
      continue;
    }
    seen.add(a.questionKey);
    if (!q) {
      add(a.questionKey, `no question "${a.questionKey}" in this survey`);
      continue;
    }
    const v = checkOne(q, a, limit, (m) => add(q.key, m));
    if (v) values.set(q.key, v);
  }
  const chosen = new Map([...values].map(([key, v]) => [key, v.optionKeys]));
  const shown = shownQuestions(def, chosen);
  const shownKeys = new Set(shown.map((q) => q.key));
  for (const key of values.keys()) {
    if (!shownKeys.has(key)) add(key, hiddenReason(def, key));
  }
  if (opts.enforceRequired) {
    for (const q of shown) if (q.required && !values.has(q.key)) add(q.key, 'required');
  }
  if (Object.keys(fields).length) throw new BadUserInputError(fields);
  return { answers: [...values.values()], shownKeys: shown.map((q) => q.key) };
}

/** One answer's shape; null when it says nothing (not stored, not counted as answered). */
function checkOne(
  q: QuestionDef,
  a: AnswerInputLike,
  limit: number,
  problem: (message: string) => void,
): AnswerValue | null {
  const optionKeys = a.optionKeys ?? [];
  const text = blank(a.text) ? null : a.text!;
  const otherText = blank(a.otherText) ? null : a.otherText!;
  const number = a.number ?? null;
  let ok = true;
  const fail = (m: string) => {
    ok = false;
    problem(m);
  };
  if (isChoice(q.kind)) {
    if (text !== null || number !== null) fail('a choice question takes optionKeys (and otherText) only');
    const keys = choiceKeys(q);
    const unknown = optionKeys.filter((k) => !keys.includes(k));
    if (unknown.length) fail(`no option ${unknown.map((k) => `"${k}"`).join(', ')}`);
    if (new Set(optionKeys).size !== optionKeys.length) fail('an option is chosen twice');
    if (q.kind === 'SINGLE_CHOICE' && optionKeys.length > 1) fail('choose exactly one option');
    if (otherText !== null) {
      if (!q.allowOther) fail('this question has no Other choice');
      else if (!optionKeys.includes(OTHER_OPTION_KEY))
        fail(`otherText needs the "${OTHER_OPTION_KEY}" option`);
      else if (otherText.length > limit) fail(`otherText must be at most ${limit} characters`);
    }
    if (q.kind === 'SINGLE_CHOICE' && optionKeys.length === 0 && otherText !== null)
      fail('choose exactly one option');
    if (!ok || optionKeys.length === 0) return null;
    return { questionKey: q.key, optionKeys, otherText, text: null, number: null };
  }
  if (optionKeys.length || otherText !== null) fail('only choice questions take optionKeys and otherText');
  if (q.kind === 'TEXT') {
    if (number !== null) fail('a text question takes text only');
    if (text !== null && text.length > limit) fail(`must be at most ${limit} characters`);
    if (!ok || text === null) return null;
    return { questionKey: q.key, optionKeys: [], otherText: null, text, number: null };
  }
  if (text !== null) fail('a number question takes number only');
  if (number !== null) {
    if (!Number.isFinite(number)) fail('must be a finite number');
    else if (q.kind === 'SCALE') {
      if (!Number.isInteger(number) || number < q.scaleMin! || number > q.scaleMax!)
        fail(`must be a whole number from ${q.scaleMin} to ${q.scaleMax}`);
    }
  }
  if (!ok || number === null) return null;
  return { questionKey: q.key, optionKeys: [], otherText: null, text: null, number };
}
