import { CoverageService } from './coverage.service';
import { EvidenceCandidatesService } from './evidence-candidates.service';
import { EvidenceRepository } from './evidence.repository';
import {
  CoverageItemResolver,
  EvidenceResolver,
  RecommendationEvidenceResolver,
  ReportEvidenceResolver,
} from './evidence.resolver';
import { EvidenceService } from './evidence.service';

// The evidence part of the reports domain: its providers, listed here so the module needs no edit.
export const EVIDENCE_PROVIDERS: unknown[] = [
  EvidenceRepository,
  EvidenceService,
  EvidenceCandidatesService,
  CoverageService,
  EvidenceResolver,
  RecommendationEvidenceResolver,
  ReportEvidenceResolver,
  CoverageItemResolver,
];
