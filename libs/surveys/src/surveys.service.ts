import { Injectable } from '@nestjs/common';
import {
  Clock,
  ConflictError,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  RateLimit,
  UnauthenticatedError,
  requestLoader,
  isUuid,
} from '@cop/platform';
import { isOffice, type Viewer } from '@cop/identity';
import {
  OTHER_OPTION_KEY,
  OTHER_OPTION_LABEL,
  allQuestions,
  checkAnswers,
  checkSurveyInput,
  choiceKeys,
  effectiveStatus,
  isChoice,
  type AnswerInputLike,
  type AnswerValue,
  type ConditionDef,
  type QuestionDef,
  type SurveyFieldsInput,
  type SurveyStatusValue,
} from './survey-definition';
import type { SurveyEntity } from './survey.entity';
import { SurveysRepository, type AnswerFilterValue } from './surveys.repository';
import { surveyResultsVisible, surveyScope, surveyVisible } from './survey-visibility';
import {
  QuestionKind,
  ResultMeasure,
  SurveyStatus,
  type Condition,
  type Question,
  type QuestionResult,
  type Survey,
  type SurveyResponse,
  type SurveyResults,
} from './models/survey.model';

/** Texts kept per question on the results page; QuestionResult.texts(first) slices them. */
export const RESULT_TEXTS_MAX = 200;
/** Signed-out answers to anonymous surveys, per client address. */
const ANONYMOUS_ANSWERS_PER_HOUR = 30;
/** Responses per page of the streamed CSV export. */
const EXPORT_PAGE = 500;

/**
 * Surveys: definitions (DRAFT editable, frozen once answered), answers checked against the
 * conditions they decide, results counted in SQL. Who may see what is decided here.
 */
@Injectable()
export class SurveysService {
  private readonly anonymousAnswers = new RateLimit('survey-answers', ANONYMOUS_ANSWERS_PER_HOUR, 3600);

  constructor(
    private readonly surveys: SurveysRepository,
    private readonly clock: Clock,
  ) {}

  private maySee(viewer: Viewer | null, s: SurveyEntity): boolean {
    return surveyVisible(surveyScope(viewer), s);
  }

  async list(viewer: Viewer | null): Promise<Survey[]> {
    const now = this.clock.now();
    return (await this.surveys.list(surveyScope(viewer))).map((s) => toSurvey(s, now));
  }

  async bySlug(viewer: Viewer | null, slug: string): Promise<Survey | null> {
    const s = await this.surveys.findBySlug(slug);
    return s && this.maySee(viewer, s) ? toSurvey(s, this.clock.now()) : null;
  }

  /** Survey.responseCount, batched per request. */
  responseCount(req: object, surveyId: string): Promise<number> {
    return requestLoader<string, number>(req, 'surveys.responseCount', async (ids) => {
      const counts = await this.surveys.countSubmitted(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(surveyId);
  }

  async create(input: SurveyFieldsInput): Promise<Survey> {
    const fields = checkSurveyInput(input);
    if (await this.surveys.slugTaken(fields.slug, null))
      throw new ConflictError(`A survey with slug "${fields.slug}" exists already.`);
    return toSurvey(await this.surveys.insert({ ...fields, status: 'DRAFT' }), this.clock.now());
  }

  /** DRAFT only; a definition never changes once responses exist. */
  async update(id: string, input: SurveyFieldsInput): Promise<Survey> {
    const s = await this.findByIdOrThrow(id);
    if (s.status !== 'DRAFT')
      throw new ConflictError(`The survey is ${s.status}: only a DRAFT can be edited.`);
    if (await this.surveys.hasResponses(s.id))
      throw new ConflictError('The survey has responses: its definition can no longer change.');
    const fields = checkSurveyInput(input);
    if (await this.surveys.slugTaken(fields.slug, s.id))
      throw new ConflictError(`A survey with slug "${fields.slug}" exists already.`);
    await this.surveys.update(s.id, fields);
    return toSurvey((await this.surveys.findById(s.id))!, this.clock.now());
  }

  async open(id: string): Promise<Survey> {
    const s = await this.findByIdOrThrow(id);
    // Past its closesAt a survey would stay CLOSED whatever its stored status.
    if (s.closesAt && this.clock.now() >= s.closesAt)
      throw new ConflictError(`The survey closed at ${s.closesAt.toISOString()}: it cannot open again.`);
    if (s.status === 'OPEN') throw new ConflictError('The survey is open already.');
    return this.setStatus(s, 'OPEN');
  }

  async close(id: string): Promise<Survey> {
    const s = await this.findByIdOrThrow(id);
    const status = effectiveStatus(s, this.clock.now());
    if (status !== 'OPEN')
      throw new ConflictError(`The survey is ${status}: only an OPEN survey can be closed.`);
    return this.setStatus(s, 'CLOSED');
  }

  private async setStatus(s: SurveyEntity, status: SurveyStatusValue): Promise<Survey> {
    await this.surveys.update(s.id, { status });
    return toSurvey({ ...s, status }, this.clock.now());
  }

  /**
   * SIGNED_IN, or anyone for an anonymous survey (rate-limited per client address). A person's
   * response is replaced while the survey is OPEN.
   */
  async submit(
    viewer: Viewer | null,
    clientAddress: string,
    slug: string,
    answers: AnswerInputLike[],
  ): Promise<SurveyResponse> {
    const s = await this.answerableOrThrow(viewer, slug);
    if (!viewer) await this.anonymousAnswers.consume(clientAddress || 'unknown');
    const checked = checkAnswers(s.definition, answers, { enforceRequired: true });
    const saved = await this.surveys.saveResponse(
      {
        surveyId: s.id,
        personId: viewer?.personId ?? null,
        submittedAt: this.clock.now(),
        shownKeys: checked.shownKeys,
      },
      checked.answers,
    );
    return { id: saved.id, submittedAt: saved.submittedAt, answers: checked.answers };
  }

  /** SIGNED_IN: a partial response to finish later; required questions are not enforced. */
  async saveDraft(viewer: Viewer, slug: string, answers: AnswerInputLike[]): Promise<SurveyResponse> {
    const s = await this.answerableOrThrow(viewer, slug);
    const existing = await this.surveys.findPersonResponse(s.id, viewer.personId);
    if (existing?.submittedAt)
      throw new ConflictError('You have submitted a response already: submit again to replace it.');
    const checked = checkAnswers(s.definition, answers, { enforceRequired: false });
    const saved = await this.surveys.saveResponse(
      { surveyId: s.id, personId: viewer.personId, submittedAt: null, shownKeys: checked.shownKeys },
      checked.answers,
    );
    return { id: saved.id, submittedAt: null, answers: checked.answers };
  }

  async viewerResponse(viewer: Viewer, slug: string): Promise<SurveyResponse | null> {
    const s = await this.visibleBySlugOrThrow(viewer, slug);
    const r = await this.surveys.findPersonResponse(s.id, viewer.personId);
    if (!r) return null;
    return { id: r.id, submittedAt: r.submittedAt, answers: await this.surveys.answersOf(r.id) };
  }

  /** OFFICE at any time; MEMBER once the survey is CLOSED (by closeSurvey or its closesAt). */
  async results(
    viewer: Viewer,
    slug: string,
    where: AnswerFilterValue[] | null | undefined,
  ): Promise<SurveyResults> {
    const s = await this.visibleBySlugOrThrow(viewer, slug);
    this.assertMayReadResults(viewer, s);
    const filters = checkFilters(s, where ?? []);
    const textKeys = allQuestions(s.definition)
      .filter((q) => q.kind === 'TEXT' || q.allowOther)
      .map((q) => q.key);
    const rows = await this.surveys.results(s.id, filters, textKeys, RESULT_TEXTS_MAX);
    const questions: QuestionResult[] = allQuestions(s.definition).map((q) => {
      const shown = rows.shown.get(q.key) ?? 0;
      const answered = rows.answered.get(q.key);
      const counts = rows.tallies.get(q.key) ?? new Map<string, number>();
      const sum = [...counts.values()].reduce((a, b) => a + b, 0);
      const options = isChoice(q.kind)
        ? [
            ...q.options.map((o) => ({ key: o.key, label: o.label })),
            ...(q.allowOther ? [{ key: OTHER_OPTION_KEY, label: OTHER_OPTION_LABEL }] : []),
          ].map((o) => {
            const count = counts.get(o.key) ?? 0;
            return { ...o, count, ratio: shown ? count / shown : 0, share: sum ? count / sum : 0 };
          })
        : [];
      return {
        question: toQuestion(q),
        shown,
        answered: answered?.answered ?? 0,
        noAnswer: shown - (answered?.answered ?? 0),
        options,
        mean: q.kind === 'NUMBER' || q.kind === 'SCALE' ? (answered?.mean ?? null) : null,
        allTexts: rows.texts.get(q.key) ?? [],
      };
    });
    return { survey: toSurvey(s, this.clock.now()), responses: rows.responses, questions };
  }

  /**
   * OFFICE: the CSV of submitted responses, one row each, one column per question (option keys
   * joined by ";"), written page by page so memory does not grow with the survey.
   */
  async exportCsv(viewer: Viewer, slug: string, write: (chunk: string) => Promise<void>): Promise<void> {
    const s = await this.surveys.findBySlug(slug);
    if (!s) throw new NotFoundError('Survey', slug);
    if (!isOffice(viewer)) throw new ForbiddenError('Only the project office may export responses.');
    const questions = allQuestions(s.definition);
    const columns: string[] = ['responseId', 'submittedAt'];
    for (const q of questions) {
      columns.push(q.key);
      if (q.allowOther) columns.push(`${q.key}.other`);
    }
    await write(csvLine(columns));
    let after: string | null = null;
    for (;;) {
      const page = await this.surveys.exportPage(s.id, after, EXPORT_PAGE);
      if (!page.length) break;
      let chunk = '';
      for (const r of page) {
        const byKey = new Map(r.answers.map((a) => [a.questionKey, a]));
        const cells: string[] = [r.id, r.submittedAt.toISOString()];
        for (const q of questions) {
          const a = byKey.get(q.key);
          cells.push(a ? csvValue(q, a) : '');
          if (q.allowOther) cells.push(a?.otherText ?? '');
        }
        chunk += csvLine(cells);
      }
      await write(chunk);
      after = page[page.length - 1].id;
      if (page.length < EXPORT_PAGE) break;
    }
  }

  /**
   * Seeding: creates the survey with this status and stores submitted responses, each checked
   * like an answer through the API. False when the slug exists (nothing changed).
   */
  async importSurvey(
    input: SurveyFieldsInput,
    status: SurveyStatusValue,
    responses: { submittedAt: Date; answers: AnswerInputLike[] }[],
  ): Promise<boolean> {
    const fields = checkSurveyInput(input);
    if (await this.surveys.slugTaken(fields.slug, null)) return false;
    const s = await this.surveys.insert({ ...fields, status });
    for (const r of responses) {
      const checked = checkAnswers(s.definition, r.answers, { enforceRequired: true });
      await this.surveys.saveResponse(
        { surveyId: s.id, personId: null, submittedAt: r.submittedAt, shownKeys: checked.shownKeys },
        checked.answers,
      );
    }
    return true;
  }

  private assertMayReadResults(viewer: Viewer, s: SurveyEntity): void {
    if (surveyResultsVisible(viewer, s, this.clock.now())) return;
    throw new ForbiddenError(
      viewer.role === 'MEMBER'
        ? 'Members read the results once the survey is CLOSED.'
        : 'Only members and the project office read survey results.',
    );
  }

  private async findByIdOrThrow(id: string): Promise<SurveyEntity> {
    const s = isUuid(id) ? await this.surveys.findById(id) : null;
    if (!s) throw new NotFoundError('Survey', id);
    return s;
  }

  private async visibleBySlugOrThrow(viewer: Viewer | null, slug: string): Promise<SurveyEntity> {
    const s = await this.surveys.findBySlug(slug);
    if (!s || !this.maySee(viewer, s)) throw new NotFoundError('Survey', slug);
    return s;
  }

  /** Visible, OPEN and inside its window; non-anonymous surveys need a signed-in caller. */
  private async answerableOrThrow(viewer: Viewer | null, slug: string): Promise<SurveyEntity> {
    const s = await this.visibleBySlugOrThrow(viewer, slug);
    if (!viewer && !s.anonymous) throw new UnauthenticatedSurveyError();
    const now = this.clock.now();
    const status = effectiveStatus(s, now);
    if (status !== 'OPEN')
      throw new ConflictError(
        s.status === 'OPEN' && s.closesAt
          ? `The survey closed at ${s.closesAt.toISOString()}: it takes no more answers.`
          : `The survey is ${status}: it takes no answers.`,
      );
    if (s.opensAt && now < s.opensAt)
      throw new ConflictError(`The survey opens at ${s.opensAt.toISOString()}: it takes no answers yet.`);
    return s;
  }
}

class UnauthenticatedSurveyError extends UnauthenticatedError {
  constructor() {
    super('Sign in to answer this survey: it is not anonymous.');
  }
}

function checkFilters(s: SurveyEntity, where: AnswerFilterValue[]): AnswerFilterValue[] {
  const p = new InputProblems();
  const questions = new Map(allQuestions(s.definition).map((q) => [q.key, q]));
  where.forEach((f, i) => {
    const q = questions.get(f.questionKey);
    if (!q) p.add(`where.${i}.questionKey`, `no question "${f.questionKey}" in this survey`);
    else if (!isChoice(q.kind))
      p.add(`where.${i}.questionKey`, `"${f.questionKey}" is not a choice question`);
    else {
      const keys = choiceKeys(q);
      f.anyOf.forEach((k, j) => {
        if (!keys.includes(k)) p.add(`where.${i}.anyOf.${j}`, `"${f.questionKey}" has no option "${k}"`);
      });
    }
    p.check(f.anyOf.length > 0, `where.${i}.anyOf`, 'needs at least one option key');
  });
  p.throwIfAny();
  return where.map((f) => ({ questionKey: f.questionKey, anyOf: f.anyOf }));
}

function csvValue(q: QuestionDef, a: AnswerValue): string {
  if (isChoice(q.kind)) return a.optionKeys.join(';');
  if (q.kind === 'TEXT') return a.text ?? '';
  return a.number === null ? '' : String(a.number);
}

/** RFC 4180: quote a cell holding a comma, quote, CR or LF (quotes doubled); CRLF line ends. */
export function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it with a quote.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function toCondition(c: ConditionDef | null): Condition | null {
  return c ? { questionKey: c.questionKey, anyOf: c.anyOf } : null;
}

export function toQuestion(q: QuestionDef): Question {
  return {
    key: q.key,
    text: q.text,
    kind: q.kind as QuestionKind,
    required: q.required,
    allowOther: q.allowOther,
    options: q.options.map((o) => ({ key: o.key, label: o.label })),
    scaleMin: q.scaleMin,
    scaleMax: q.scaleMax,
    showIf: toCondition(q.showIf),
    resultMeasure: (q.resultMeasure ?? 'RATIO') as ResultMeasure,
  };
}

/** The GraphQL survey, with the status in effect at now. */
export function toSurvey(s: SurveyEntity, now: Date): Survey {
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    description: s.description,
    status: effectiveStatus(s, now) as SurveyStatus,
    anonymous: s.anonymous,
    opensAt: s.opensAt,
    closesAt: s.closesAt,
    sections: s.definition.sections.map((sec, i) => ({
      key: sec.key,
      title: sec.title,
      description: sec.description,
      position: i + 1,
      showIf: toCondition(sec.showIf),
      questions: sec.questions.map(toQuestion),
    })),
  };
}
