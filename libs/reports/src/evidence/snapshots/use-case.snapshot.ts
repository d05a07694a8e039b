import { TEMPLATE_PARTS, type UseCaseEntity } from '@cop/use-cases';
import type { RequirementSourceRow } from '../evidence.repository';
import { day, excerptOf, hashOf, type FiguresData } from './figures';

export type UseCasePartKey = (typeof TEMPLATE_PARTS)[number];

export function isUseCasePart(part: string): part is UseCasePartKey {
  return (TEMPLATE_PARTS as readonly string[]).includes(part);
}

/** 'gapAnalysis' → 'Gap analysis'. */
export function partLabel(part: string): string {
  if (part === 'nonTechnicalChallenges') return 'Non-technical challenges';
  const words = part.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** USE_CASE evidence citing a part (or, without one, the case's summary). */
export function useCasePartFigures(u: UseCaseEntity, part: string | null, at: Date): FiguresData {
  const text = part && isUseCasePart(part) ? u[part] : u.summary;
  const what = part ? partLabel(part) : 'Summary';
  return {
    takenAt: at.toISOString(),
    summary: `${what} of “${u.title}”, as of ${day(u.updatedAt)}`,
    title: u.title,
    excerpt: excerptOf(text),
    hash: hashOf(text),
    updatedAt: u.updatedAt.toISOString(),
    cites: part ? 'part' : 'case',
  };
}

function requirementText(r: RequirementSourceRow): string {
  return `${r.metric}: ${r.value} ${r.unit} in ${r.year}`;
}

/** USE_CASE evidence citing a requirement: its metric, value, unit and year. */
export function requirementFigures(r: RequirementSourceRow, at: Date): FiguresData {
  const text = requirementText(r);
  return {
    takenAt: at.toISOString(),
    summary: `${text} (${r.useCaseTitle})`,
    title: r.useCaseTitle,
    excerpt: r.note ? `${text}. ${r.note}` : text,
    hash: hashOf(`${r.category}|${r.metric}|${r.value}|${r.unit}|${r.year}`),
    cites: 'requirement',
  };
}

/** Drift of a cited text: its hash differs. */
export function textChanged(snapshot: FiguresData, live: FiguresData): boolean {
  return snapshot.hash !== live.hash;
}

export function useCaseLabel(d: FiguresData, part: string | null): string {
  const title = d.title ?? 'Use case';
  if (d.cites === 'requirement') return `${title} · Requirement: ${d.excerpt?.split('. ')[0] ?? ''}`;
  return `${title} · ${part ? partLabel(part) : 'Summary'}`;
}
