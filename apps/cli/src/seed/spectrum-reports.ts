import { Injectable, Logger } from '@nestjs/common';
import { TransactionContext, sql } from '@cop/platform';
import { PeopleRepository, scopeForPerson, type Viewer } from '@cop/identity';
import { WorkingGroupsRepository } from '@cop/community';
import { UseCasesRepository } from '@cop/use-cases';
import { DocumentsRepository } from '@cop/knowledge';
import { EvidenceKind, EvidenceService, RecommendationPriority, ReportWritesService } from '@cop/reports';
import { SPECTRUM_SURVEY_SLUG } from './spectrum-survey';

export const DEMO_REPORT_TITLE = 'Survey interpretation';

const SECTIONS = [
  {
    title: 'Who answered',
    body:
      'The SPECTRUM-JENA survey collected 80 responses in 2024. Researchers dominate, but a sizeable share ' +
      'of respondents also run computing infrastructure, which shapes how the findings should be read.',
    recommendations: [
      {
        statement: 'Involve infrastructure managers in every follow-up consultation.',
        rationale: 'More than a quarter of the respondents manage an e-infrastructure themselves.',
        priority: RecommendationPriority.HIGH,
      },
      {
        statement: 'Plan storage for the HL-LHC era together with the sites.',
        rationale: 'The use-case analysis names disk at the sites as the first gap.',
        priority: RecommendationPriority.HIGH,
      },
    ],
  },
  {
    title: 'Towards the SRIDA',
    body: 'What the survey and the use cases suggest for the strategic research and innovation agenda.',
    recommendations: [
      {
        statement: 'Build on the first SRIA draft rather than starting anew.',
        rationale: null,
        priority: RecommendationPriority.MEDIUM,
      },
    ],
  },
];

/**
 * The demo's WG5 report "Survey interpretation" (issue 22): two sections, three recommendations
 * with their evidence (the seeded survey's infrastructure managers, 22 of 80; the HL-LHC example's
 * gap analysis; the first SRIA draft), written through the reports' services as a WG5 chair.
 * Idempotent: nothing is done when a report of that title exists.
 */
@Injectable()
export class ReportsDemoSeeder {
  private readonly logger = new Logger('ReportsDemoSeeder');

  constructor(
    private readonly tx: TransactionContext,
    private readonly people: PeopleRepository,
    private readonly groups: WorkingGroupsRepository,
    private readonly useCases: UseCasesRepository,
    private readonly documents: DocumentsRepository,
    private readonly writes: ReportWritesService,
    private readonly evidence: EvidenceService,
  ) {}

  async seed(): Promise<void> {
    await this.tx.run(async () => {
      const [existing] = await this.tx.query<{ id: string }>(
        sql`SELECT id FROM reports WHERE title = ${DEMO_REPORT_TITLE} LIMIT 1`,
      );
      const chair = await this.people.findByEmail('maria.girone@example.org');
      const wg5 = await this.groups.findByCode('WG5');
      if (existing || !chair || !wg5) return;
      const viewer: Viewer = { personId: chair.id, role: 'MEMBER', via: 'session' };
      const scope = scopeForPerson(viewer);
      const report = await this.writes.create(viewer, {
        title: DEMO_REPORT_TITLE,
        kind: 'Survey interpretation',
        workingGroupIds: [wg5.id],
        dueDate: '2027-06-30',
      });
      const recommendationIds: string[] = [];
      for (const s of SECTIONS) {
        const section = await this.writes.addSection(
          viewer,
          report.id,
          { title: s.title, body: s.body },
          null,
        );
        for (const r of s.recommendations)
          recommendationIds.push((await this.writes.addRecommendation(viewer, section.id, r)).id);
      }
      await this.evidence.link(scope, recommendationIds[0], {
        kind: EvidenceKind.SURVEY_RESULT,
        surveySlug: SPECTRUM_SURVEY_SLUG,
        questionKey: 'infrastructure_manager',
        optionKey: 'yes',
        note: 'Infrastructure managers among the respondents.',
      });
      const hlLhc = await this.useCases.findByTitle(
        'Example: HL-LHC data taking at a general-purpose LHC experiment',
      );
      if (hlLhc?.gapAnalysis)
        await this.evidence.link(scope, recommendationIds[1], {
          kind: EvidenceKind.USE_CASE,
          useCaseId: hlLhc.id,
          useCasePart: 'gapAnalysis',
        });
      const sria = await this.documents.findByTitle(
        'Example: Strategic Research and Innovation Agenda, first draft',
      );
      if (sria)
        await this.evidence.link(scope, recommendationIds[2], {
          kind: EvidenceKind.DOCUMENT_VERSION,
          documentId: sria.id,
        });
    });
    this.logger.log('demo report seeded');
  }
}
