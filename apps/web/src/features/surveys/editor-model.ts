// The survey editor's state and the SurveyInput it makes. Pure (no React). Sections, questions
// and options carry a local id, so conditions point at a question and its options by id (they
// survive renaming a key or moving a question) and the server's errors, named by index
// (input.sections.1.questions.0.key), stay beside their item after a move.
import type { QuestionKind, ResultMeasure, SurveyInput } from '../../gql/graphql';
import { fromZonedInput, toZonedInput } from '../calendar/zoned-time';

export type EditorCondition = { questionId: string; optionIds: string[] };

export type EditorOption = { id: string; key: string; keyEdited: boolean; label: string };

export type EditorQuestion = {
  id: string;
  key: string;
  /** False while the key follows the text. */
  keyEdited: boolean;
  text: string;
  kind: QuestionKind;
  required: boolean;
  allowOther: boolean;
  options: EditorOption[];
  scaleMin: string;
  scaleMax: string;
  showIf: EditorCondition | null;
  /** Which percentage its results show (choice questions). */
  resultMeasure: ResultMeasure;
};

export type EditorSection = {
  id: string;
  key: string;
  keyEdited: boolean;
  title: string;
  description: string;
  showIf: EditorCondition | null;
  questions: EditorQuestion[];
};

export type EditorValues = {
  title: string;
  slug: string;
  slugEdited: boolean;
  description: string;
  anonymous: boolean;
  /** YYYY-MM-DDTHH:mm on the viewer's clocks, or ''. */
  opensAt: string;
  closesAt: string;
  sections: EditorSection[];
};

/** The free-text "Other (please specify)" choice's key, as the server names it. */
export const OTHER_KEY = 'other';

export const KIND_LABEL: Record<QuestionKind, string> = {
  SINGLE_CHOICE: 'Single choice',
  MULTIPLE_CHOICE: 'Multiple choice',
  TEXT: 'Text',
  NUMBER: 'Number',
  SCALE: 'Scale',
};

export const isChoiceKind = (kind: QuestionKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

let counter = 0;
export const newId = (prefix: string) => `${prefix}${++counter}`;

/** "Which infrastructure do you manage?" -> "which_infrastructure_do_you_manage" (a key: 60 at most). */
export function keyFromText(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, max)
    .replace(/_+$/, '');
}

/** A slug from a title: lower-case letters, digits and dashes. */
export function slugFromTitle(title: string): string {
  return keyFromText(title, 60).replace(/_/g, '-');
}

export function newOption(label = ''): EditorOption {
  return { id: newId('o'), key: keyFromText(label), keyEdited: false, label };
}

export function newQuestion(kind: QuestionKind = 'SINGLE_CHOICE'): EditorQuestion {
  return {
    id: newId('q'),
    key: '',
    keyEdited: false,
    text: '',
    kind,
    required: false,
    allowOther: false,
    options: isChoiceKind(kind) ? [newOption(), newOption()] : [],
    scaleMin: '1',
    scaleMax: '5',
    showIf: null,
    resultMeasure: 'RATIO',
  };
}

export function newSection(): EditorSection {
  return {
    id: newId('s'),
    key: '',
    keyEdited: false,
    title: '',
    description: '',
    showIf: null,
    questions: [newQuestion()],
  };
}

export function newSurveyValues(): EditorValues {
  return {
    title: '',
    slug: '',
    slugEdited: false,
    description: '',
    anonymous: false,
    opensAt: '',
    closesAt: '',
    sections: [newSection()],
  };
}

/** The survey as the API gives it to the editor. */
export type SurveySource = {
  slug: string;
  title: string;
  description?: string | null;
  anonymous: boolean;
  opensAt?: string | null;
  closesAt?: string | null;
  sections: {
    key: string;
    title: string;
    description?: string | null;
    position: number;
    showIf?: { questionKey: string; anyOf: string[] } | null;
    questions: {
      key: string;
      text: string;
      kind: QuestionKind;
      required: boolean;
      allowOther: boolean;
      options: { key: string; label: string }[];
      scaleMin?: number | null;
      scaleMax?: number | null;
      showIf?: { questionKey: string; anyOf: string[] } | null;
      resultMeasure: ResultMeasure;
    }[];
  }[];
};

/** An existing survey's editor state; its keys count as written (they no longer follow the text). */
export function surveyValues(s: SurveySource, zone: string): EditorValues {
  const questions = new Map<string, EditorQuestion>();
  const condition = (c: { questionKey: string; anyOf: string[] } | null | undefined) => {
    if (!c) return null;
    const q = questions.get(c.questionKey);
    if (!q) return null;
    const optionIds = c.anyOf.map((k) =>
      k === OTHER_KEY ? OTHER_KEY : q.options.find((o) => o.key === k)?.id,
    );
    return { questionId: q.id, optionIds: optionIds.filter((id): id is string => Boolean(id)) };
  };
  const sections = [...s.sections]
    .sort((a, b) => a.position - b.position)
    .map((sec): EditorSection => {
      // A section's condition looks at questions before it: read it before its own questions.
      const showIf = condition(sec.showIf);
      const qs = sec.questions.map((q): EditorQuestion => {
        const made: EditorQuestion = {
          id: newId('q'),
          key: q.key,
          keyEdited: true,
          text: q.text,
          kind: q.kind,
          required: q.required,
          allowOther: q.allowOther,
          options: q.options.map((o) => ({ id: newId('o'), key: o.key, keyEdited: true, label: o.label })),
          scaleMin: q.scaleMin == null ? '' : String(q.scaleMin),
          scaleMax: q.scaleMax == null ? '' : String(q.scaleMax),
          showIf: condition(q.showIf),
          resultMeasure: q.resultMeasure,
        };
        questions.set(q.key, made);
        return made;
      });
      return {
        id: newId('s'),
        key: sec.key,
        keyEdited: true,
        title: sec.title,
        description: sec.description ?? '',
        showIf,
        questions: qs,
      };
    });
  return {
    title: s.title,
    slug: s.slug,
    slugEdited: true,
    description: s.description ?? '',
    anonymous: s.anonymous,
    opensAt: s.opensAt ? toZonedInput(s.opensAt, zone) : '',
    closesAt: s.closesAt ? toZonedInput(s.closesAt, zone) : '',
    sections,
  };
}

/** A choice question before the item, in order: what a condition may look at. */
export type ConditionSource = { question: EditorQuestion; number: number };

/**
 * The choice questions before a section (its first question) or before a question, in the
 * survey's order, numbered as the editor shows them.
 */
export function earlierChoiceQuestions(values: EditorValues, sectionId: string, questionId?: string) {
  const out: ConditionSource[] = [];
  let number = 0;
  for (const s of values.sections) {
    if (s.id === sectionId && !questionId) return out;
    for (const q of s.questions) {
      if (q.id === questionId) return out;
      number++;
      if (isChoiceKind(q.kind)) out.push({ question: q, number });
    }
  }
  return out;
}

/** The choices a condition may pick of a question: its options, and Other when it allows it. */
export function choicesOf(q: EditorQuestion): { id: string; label: string }[] {
  return [
    ...q.options.map((o) => ({ id: o.id, label: o.label.trim() || o.key || '(no label yet)' })),
    ...(q.allowOther ? [{ id: OTHER_KEY, label: 'Other (please specify)' }] : []),
  ];
}

export type ConditionProblem = 'MISSING' | 'LATER' | 'NOT_CHOICE' | 'NO_OPTIONS' | null;

/** Why a condition no longer fits (its question removed, moved after it, or not a choice). */
export function conditionProblem(
  values: EditorValues,
  cond: EditorCondition | null,
  sectionId: string,
  questionId?: string,
): ConditionProblem {
  if (!cond) return null;
  const earlier = earlierChoiceQuestions(values, sectionId, questionId);
  const target = earlier.find((e) => e.question.id === cond.questionId)?.question;
  if (!target) {
    const anywhere = values.sections.flatMap((s) => s.questions).find((q) => q.id === cond.questionId);
    if (!anywhere) return 'MISSING';
    return isChoiceKind(anywhere.kind) ? 'LATER' : 'NOT_CHOICE';
  }
  const ids = choicesOf(target).map((c) => c.id);
  return cond.optionIds.some((id) => ids.includes(id)) ? null : 'NO_OPTIONS';
}

function questionById(values: EditorValues, id: string): EditorQuestion | undefined {
  for (const s of values.sections) for (const q of s.questions) if (q.id === id) return q;
  return undefined;
}

function conditionInput(values: EditorValues, cond: EditorCondition | null) {
  if (!cond) return null;
  const q = questionById(values, cond.questionId);
  // A question since removed: its key is gone, and the server names the condition's problem.
  if (!q) return { questionKey: '', anyOf: [] };
  const anyOf = cond.optionIds
    .map((id) => (id === OTHER_KEY ? OTHER_KEY : q.options.find((o) => o.id === id)?.key.trim()))
    .filter((k): k is string => k !== undefined);
  return { questionKey: q.key.trim(), anyOf };
}

/** A number field's value for the API: an integer, or null when empty or not a number. */
function intOrNull(s: string): number | null {
  const n = Number(s.trim());
  return s.trim() !== '' && Number.isInteger(n) ? n : null;
}

/** The SurveyInput of the editor, in the viewer's zone for the window. */
export function toSurveyInput(v: EditorValues, zone: string): SurveyInput {
  return {
    slug: v.slug.trim(),
    title: v.title.trim(),
    description: v.description.trim() || null,
    anonymous: v.anonymous,
    opensAt: v.opensAt ? fromZonedInput(v.opensAt, zone) : null,
    closesAt: v.closesAt ? fromZonedInput(v.closesAt, zone) : null,
    sections: v.sections.map((s) => ({
      key: s.key.trim(),
      title: s.title.trim(),
      description: s.description.trim() || null,
      showIf: conditionInput(v, s.showIf),
      questions: s.questions.map((q) => {
        const choice = isChoiceKind(q.kind);
        return {
          key: q.key.trim(),
          text: q.text.trim(),
          kind: q.kind,
          required: q.required,
          allowOther: choice && q.allowOther,
          options: choice ? q.options.map((o) => ({ key: o.key.trim(), label: o.label.trim() })) : [],
          scaleMin: q.kind === 'SCALE' ? intOrNull(q.scaleMin) : null,
          scaleMax: q.kind === 'SCALE' ? intOrNull(q.scaleMax) : null,
          showIf: conditionInput(v, q.showIf),
          resultMeasure: choice ? q.resultMeasure : 'RATIO',
        };
      }),
    })),
  };
}

/**
 * The server's errors (paths like input.sections.1.questions.0.key) keyed by the editor's ids
 * (`q12.key`, `o7.label`, `survey.title`), so they stay beside their field when items move.
 */
export function errorsById(fields: Record<string, string>, v: EditorValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.replace(/^input\./, '').split('.');
    let id = 'survey';
    let rest = parts;
    if (parts[0] === 'sections' && parts.length > 1) {
      const s = v.sections[Number(parts[1])];
      id = s?.id ?? 'survey';
      rest = parts.slice(2);
      if (s && rest[0] === 'questions' && rest.length > 1) {
        const q = s.questions[Number(rest[1])];
        id = q?.id ?? id;
        rest = rest.slice(2);
        if (q && rest[0] === 'options' && rest.length > 1) {
          const o = q.options[Number(rest[1])];
          id = o?.id ?? id;
          rest = rest.slice(2);
        }
      }
    }
    // showIf.questionKey and showIf.anyOf.0 are both the condition's problem.
    const field = rest[0] === 'showIf' ? 'showIf' : rest.join('.') || 'items';
    const at = `${id}.${field}`;
    // The server writes "must be…"; beside a field it reads as a sentence.
    const sentence = message.charAt(0).toUpperCase() + message.slice(1);
    out[at] = out[at] ? `${out[at]} ${sentence}` : sentence;
  }
  return out;
}

/** Moves the item at `from` by one place; the same array when it cannot. */
export function moved<T>(list: T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** A condition for the preview: by the preview's keys of the question and its options. */
type PreviewCondition = { questionKey: string; anyOf: string[] };

/**
 * The editor's sections as a respondent sees them, for the preview. Keys still empty or
 * written twice are stood in for by the item's id, so the preview works while keys are typed.
 */
export function toPreviewSections(v: EditorValues) {
  const keyOf = new Map<string, string>();
  const taken = new Set<string>();
  const unique = (id: string, key: string) => {
    const k = key.trim() && !taken.has(key.trim()) ? key.trim() : id;
    taken.add(k);
    keyOf.set(id, k);
    return k;
  };
  const condition = (c: EditorCondition | null): PreviewCondition | null => {
    const q = c && questionById(v, c.questionId);
    if (!c || !q) return null;
    return { questionKey: keyOf.get(q.id) ?? q.id, anyOf: c.optionIds.map((id) => keyOf.get(id) ?? id) };
  };
  return v.sections.map((s) => {
    const key = unique(s.id, s.key);
    const showIf = condition(s.showIf);
    return {
      key,
      title: s.title.trim() || 'Untitled section',
      description: s.description.trim() || null,
      showIf,
      questions: s.questions.map((q) => {
        const showIf = condition(q.showIf);
        const optionKeys = new Set<string>();
        const options = isChoiceKind(q.kind)
          ? q.options.map((o) => {
              const k = o.key.trim() && !optionKeys.has(o.key.trim()) ? o.key.trim() : o.id;
              optionKeys.add(k);
              keyOf.set(o.id, k);
              return { key: k, label: o.label.trim() || '(no label yet)' };
            })
          : [];
        return {
          key: unique(q.id, q.key),
          kind: q.kind,
          text: q.text.trim() || '(no question text yet)',
          required: q.required,
          allowOther: isChoiceKind(q.kind) && q.allowOther,
          options,
          scaleMin: q.kind === 'SCALE' ? intOrNull(q.scaleMin) : null,
          scaleMax: q.kind === 'SCALE' ? intOrNull(q.scaleMax) : null,
          showIf,
        };
      }),
    };
  });
}
