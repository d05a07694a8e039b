import { scopeForPerson } from '@cop/identity';
import { documentScope, documentVisibleSql } from '@cop/knowledge';
import { meetingScope, meetingVisibleSql } from '@cop/meetings';
import { SQL_SAMPLE as S, perRole, sqlCases } from '@cop/platform';
import { ReportsRepository } from './core/reports.repository';
import { EvidenceRepository } from './evidence/evidence.repository';
import { PublishingRepository } from './publishing/publishing.repository';
import { ReviewRepository } from './review/review.repository';
import { ReportVisibility } from './core/report-visibility';

/** The reports' SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/reports/sql/. */
const saveOfOne = "TypeORM's save of one entity";

export const reportsSqlCases = [
  sqlCases(
    'reports/reports.repository',
    ReportsRepository,
    {
      page: {
        first: [{ status: null, workingGroupId: null, after: null, limit: 20 }],
        'by status and group, after a cursor': [
          {
            status: 'DRAFTING',
            workingGroupId: S.group,
            after: { updatedAt: S.at.toISOString(), id: S.report },
            limit: 20,
          },
        ],
      },
      findById: [S.report],
      lockById: [S.report],
      findByIds: [[S.report, S.id]],
      byTargets: [[S.id]],
      editorFacts: [S.report, S.person],
      editableAmong: [[S.report, S.id], S.person],
      chairedAmong: [[S.group, S.otherGroup], S.person],
      workingGroupsOf: [[S.report]],
      namedEditorsOf: [[S.report]],
      editorIdsOf: [[S.report]],
      existingWorkingGroups: [[S.group, S.id]],
      findSection: [S.section],
      sectionsOf: [[S.report]],
      findSectionsByIds: [[S.section]],
      findRecommendation: [S.id],
      findRecommendationsByIds: [[S.id]],
      recommendationsOf: [[S.section]],
      update: [S.report, { title: 'Renamed', updatedAt: S.at }],
      replaceWorkingGroups: [S.report, [S.group]],
      replaceNamedEditors: [S.report, [S.otherPerson], S.person, S.at],
      updateSection: [S.section, { title: 'Renamed' }],
      updateSectionIfVersion: [
        S.section,
        1,
        { title: 'Renamed', body: 'Body', updatedBy: S.person, updatedAt: S.at },
      ],
      deleteSection: [S.section],
      renumberSections: [[S.section]],
      updateRecommendationIfVersion: [
        S.id,
        1,
        { statement: 'Do', rationale: null, priority: 'HIGH', updatedBy: S.person, updatedAt: S.at },
      ],
      deleteRecommendation: [S.id],
      placeRecommendations: [S.section, [S.id]],
    },
    { insert: saveOfOne, insertSection: saveOfOne, insertRecommendation: saveOfOne },
  ),
  sqlCases(
    'reports/review.repository',
    ReviewRepository,
    {
      findComment: [S.id],
      commentsOf: [[S.report]],
      repliesOf: [[S.id]],
      openThreadCounts: [[S.report]],
      setResolution: { resolve: [S.id, S.at, S.person], reopen: [S.id, null, null] },
      reportOfSection: [S.section],
      placeOfRecommendation: [S.id],
      numberedSections: [[S.section]],
      numberedRecommendations: [[S.id]],
      roundsOf: [[S.report]],
      findRound: [S.id],
      reviewersOf: [[S.id]],
      openRound: [{ reportId: S.report, note: null, openedBy: S.person, openedAt: S.at }, [S.otherPerson]],
      setReportStatus: [S.report, 'IN_REVIEW', S.at],
      reviewerRecipients: [S.id],
      reportTitle: [S.report],
      personName: [S.person],
    },
    { insertComment: saveOfOne },
  ),
  sqlCases(
    'reports/evidence.repository',
    EvidenceRepository,
    {
      documents: perRole((v) => [[S.document], (d: string) => documentVisibleSql(documentScope(v), d)]),
      meetings: perRole((v) => [[S.meeting], (m: string) => meetingVisibleSql(meetingScope(v), m)]),
      documentCandidates: perRole((v) => [
        '%grid%',
        (d: string) => documentVisibleSql(documentScope(v), d),
        10,
      ]),
      meetingCandidates: perRole((v) => ['%grid%', (m: string) => meetingVisibleSql(meetingScope(v), m), 10]),
      findById: [S.id],
      ofRecommendations: [[S.id]],
      ofReports: [[S.report]],
      requirements: [[S.id]],
      documentVersions: [[{ documentId: S.document, version: 1 }]],
      completeUseCases: [],
      requirementsOfUseCases: [[S.useCase]],
      useCaseCandidates: ['%grid%', 10],
      requirementCandidates: ['%grid%', 10],
      delete: [S.id],
      confirm: [S.id, { value: 12 }, null, S.person, S.at],
    },
    {
      insert: 'needs a recommendation: one INSERT … RETURNING id of every column',
      select: 'private: in the reads',
    },
  ),
  sqlCases(
    'reports/publishing.repository',
    PublishingRepository,
    { publicationsOf: [[S.report]], nextNumber: [S.report] },
    { insert: saveOfOne },
  ),
  sqlCases(
    'reports/report-visibility',
    ReportVisibility,
    { visibleIdsAmong: perRole((v) => [scopeForPerson(v), [S.report, S.id]]) },
    { sql: 'composed into the statements of the repositories', visible: 'a predicate: no SQL' },
  ),
];
