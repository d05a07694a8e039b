import type { ConditionDef } from './survey-definition-types';

/** The part of a definition the conditions read: the client's query result fits it as it is. */
export interface ConditionalQuestion {
  key: string;
  showIf?: ConditionDef | null;
}

export interface ConditionalSection<Q extends ConditionalQuestion = ConditionalQuestion> {
  showIf?: ConditionDef | null;
  questions: readonly Q[];
}

/** The option keys chosen per question; an unanswered or non-choice question has none. */
export type ChosenOptions = ReadonlyMap<string, readonly string[]>;

export function conditionHolds(cond: ConditionDef | null | undefined, chosen: ChosenOptions): boolean {
  if (!cond) return true;
  const picked = chosen.get(cond.questionKey) ?? [];
  return picked.some((k) => cond.anyOf.includes(k));
}

/**
 * The questions the conditions show for these answers, in order. Conditions look back only, so
 * one pass decides them: an answer to a hidden question never shows anything.
 */
export function shownQuestions<Q extends ConditionalQuestion>(
  def: { sections: readonly ConditionalSection<Q>[] },
  chosen: ChosenOptions,
): Q[] {
  const shownChoices = new Map<string, readonly string[]>();
  const shown: Q[] = [];
  for (const section of def.sections) {
    if (!conditionHolds(section.showIf, shownChoices)) continue;
    for (const q of section.questions) {
      if (!conditionHolds(q.showIf, shownChoices)) continue;
      shown.push(q);
      const picked = chosen.get(q.key);
      if (picked) shownChoices.set(q.key, picked);
    }
  }
  return shown;
}

/** The keys of the sections with at least one question shown, in order. */
export function shownSectionKeys<S extends ConditionalSection & { key: string }>(
  def: { sections: readonly S[] },
  chosen: ChosenOptions,
): string[] {
  const shown = new Set(shownQuestions(def, chosen).map((q) => q.key));
  return def.sections.filter((s) => s.questions.some((q) => shown.has(q.key))).map((s) => s.key);
}
