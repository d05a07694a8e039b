import { Injectable } from '@nestjs/common';
import type { Viewer } from '@cop/identity';
import { BadUserInputError, Clock, escapeLike } from '@cop/platform';
import { SurveysService, surveyResultsVisible } from '@cop/surveys';
import { documentScope, documentVisibleSql } from '@cop/knowledge';
import { meetingScope, meetingVisibleSql } from '@cop/meetings';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceCandidate, EvidenceKind } from './models/evidence.model';
import { isUseCasePart, partLabel } from './snapshots/use-case.snapshot';
import { day } from './snapshots/figures';

export const CANDIDATES_MAX = 50;
export const CANDIDATE_QUERY_MAX_CHARS = 200;

const EMPTY: Omit<EvidenceCandidate, 'kind' | 'label'> = {
  detail: null,
  surveySlug: null,
  questionKey: null,
  useCaseId: null,
  useCasePart: null,
  requirementId: null,
  documentId: null,
  documentVersion: null,
  meetingId: null,
};

/**
 * The evidence picker's search: survey questions (of the surveys whose results the viewer may
 * read), use cases by title and their parts and requirements, visible documents by title and
 * visible meetings with minutes; each hit pre-filled as an EvidenceInput.
 */
@Injectable()
export class EvidenceCandidatesService {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly surveys: SurveysService,
    private readonly clock: Clock,
  ) {}

  async search(
    viewer: Viewer,
    query: string,
    kinds: readonly EvidenceKind[] | null | undefined,
    first: number | null | undefined,
  ): Promise<EvidenceCandidate[]> {
    const text = query.trim();
    if (text.length > CANDIDATE_QUERY_MAX_CHARS)
      throw BadUserInputError.field('query', `at most ${CANDIDATE_QUERY_MAX_CHARS} characters`);
    const limit = Math.min(Math.max(first ?? 20, 1), CANDIDATES_MAX);
    const wanted = new Set(kinds?.length ? kinds : Object.values(EvidenceKind));
    const pattern = `%${escapeLike(text)}%`;
    const needle = text.toLowerCase();
    const out: EvidenceCandidate[] = [];

    if (wanted.has(EvidenceKind.SURVEY_RESULT)) {
      const now = this.clock.now();
      for (const s of await this.surveys.list(viewer)) {
        if (!surveyResultsVisible(viewer, s, now)) continue;
        for (const q of s.sections.flatMap((sec) => sec.questions))
          if (q.text.toLowerCase().includes(needle) || s.title.toLowerCase().includes(needle))
            out.push({
              ...EMPTY,
              kind: EvidenceKind.SURVEY_RESULT,
              label: q.text,
              detail: s.title,
              surveySlug: s.slug,
              questionKey: q.key,
            });
      }
    }
    if (wanted.has(EvidenceKind.USE_CASE)) {
      for (const u of await this.evidence.useCaseCandidates(pattern, limit)) {
        const titleHit = u.title.toLowerCase().includes(needle);
        for (const [part, value] of Object.entries(u.parts)) {
          if (!isUseCasePart(part) || !value?.trim()) continue;
          // The gap analysis for a title hit; any part whose text holds the query.
          if ((titleHit && part === 'gapAnalysis') || value.toLowerCase().includes(needle))
            out.push({
              ...EMPTY,
              kind: EvidenceKind.USE_CASE,
              label: `${u.title} · ${partLabel(part)}`,
              detail: value.trim().slice(0, 160),
              useCaseId: u.id,
              useCasePart: part,
            });
        }
      }
      for (const r of await this.evidence.requirementCandidates(pattern, limit))
        out.push({
          ...EMPTY,
          kind: EvidenceKind.USE_CASE,
          label: `${r.useCaseTitle} · Requirement: ${r.metric}`,
          detail: `${r.value} ${r.unit} in ${r.year}`,
          useCaseId: r.useCaseId,
          requirementId: r.id,
        });
    }
    if (wanted.has(EvidenceKind.DOCUMENT_VERSION)) {
      const visible = (d: string) => documentVisibleSql(documentScope(viewer), d);
      for (const d of await this.evidence.documentCandidates(pattern, visible, limit))
        out.push({
          ...EMPTY,
          kind: EvidenceKind.DOCUMENT_VERSION,
          label: d.title,
          detail: `version ${d.version}`,
          documentId: d.id,
          documentVersion: d.version,
        });
    }
    if (wanted.has(EvidenceKind.MEETING_MINUTES)) {
      const visible = (m: string) => meetingVisibleSql(meetingScope(viewer), m);
      for (const m of await this.evidence.meetingCandidates(pattern, visible, limit))
        out.push({
          ...EMPTY,
          kind: EvidenceKind.MEETING_MINUTES,
          label: `Minutes of ${m.title}`,
          detail: day(m.startsAt),
          meetingId: m.id,
        });
    }
    // Taken in turn from each kind, so one kind's many hits do not hide the others.
    const byKind = [...wanted].map((k) => out.filter((c) => c.kind === k));
    const merged: EvidenceCandidate[] = [];
    for (let i = 0; merged.length < limit && byKind.some((l) => i < l.length); i++)
      for (const l of byKind) if (i < l.length && merged.length < limit) merged.push(l[i]);
    return merged;
  }
}
