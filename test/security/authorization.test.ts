import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import {
  GRAPHQL_RULES,
  HTTP_RULES,
  ROLES,
  type Refusal,
  type Role,
  type Rule,
  caseName,
} from './operation-rules';
import {
  GROUP_A,
  GROUP_B,
  INITIATIVE,
  INITIATIVE_GROUP,
  MARK,
  SURVEY_SLUG,
  REPORT_TARGET,
  REPORT,
  REPORT_SECTION,
  REPORT_RECOMMENDATION,
  REPORT_COMMENT,
  REPORT_COMMENT_RESOLVED,
  REPORT_EVIDENCE,
  type SecurityFixture,
  type SecurityIds,
  TAG_A,
  TAG_B,
  TOPIC_A,
  seedSecurityFixture,
} from './security-fixture';

const METRICS_TOKEN = 'metrics-token-'.padEnd(40, 'm');
const DAY = 24 * 3600_000;

interface GraphQLCall {
  query: string;
  vars?: (ids: SecurityIds) => Record<string, unknown>;
}
type HttpCall = (ctx: { api: TestApi; fx: SecurityFixture; role: Role }) => Promise<Response>;

const at = (ids: SecurityIds, days: number, hours = 0) =>
  new Date(ids.groupMeetingFirst.getTime() + days * DAY + hours * 3600_000).toISOString();
const meetingInput = (ids: SecurityIds, extra: Record<string, unknown> = {}) => ({
  title: 'Planned',
  startsAt: at(ids, 1),
  endsAt: at(ids, 1, 1),
  timeZone: 'Europe/Rome',
  ...extra,
});
const SURVEY_INPUT = {
  slug: 'new-survey',
  title: 'New survey',
  sections: [{ key: 's', title: 'All', questions: [{ key: 'q', text: 'Thoughts?', kind: 'TEXT' }] }],
};

/** A valid call of every case of the table, on the object concerned (in group A). */
const GRAPHQL_CALLS: Record<string, GraphQLCall> = {
  'Query.authProviders': { query: '{ authProviders { id } }' },
  'Query.calendar': {
    query:
      'query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) { startsAt meeting { title } } }',
    vars: (ids) => ({ f: at(ids, -1), t: at(ids, 30) }),
  },
  'Query.community': { query: '{ community { name stats { members } } }' },
  'Query.communityGrowth': { query: '{ communityGrowth { month participants people } }' },
  'Query.deletedDocuments': { query: '{ deletedDocuments { totalCount edges { node { id deletedAt } } } }' },
  'Query.digestPeriod': { query: '{ digestPeriod(frequency: WEEKLY) { periodStart periodEnd } }' },
  'Query.digestPreview': {
    query: 'query($p: ID!) { digestPreview(personId: $p, frequency: WEEKLY) { empty mail { subject } } }',
    vars: (ids) => ({ p: ids.free }),
  },
  'Query.digestRuns': { query: '{ digestRuns { id } }' },
  'Query.documentLimits': { query: '{ documentLimits { attachmentMaxBytes bodyMaxBytes } }' },
  'Query.documentTags': { query: '{ documentTags(prefix: "notes", first: 5) { tag count } }' },
  'Query.document': {
    query: 'query($id: ID!) { document(id: $id) { title } }',
    vars: (ids) => ({ id: ids.groupDocument }),
  },
  'Query.documents': { query: '{ documents { totalCount } }' },
  'Query.expertiseTerms': { query: '{ expertiseTerms(search: "tag") { id label peopleCount } }' },
  'Query.faq': { query: '{ faq { question } }' },
  'Query.meeting': {
    query: 'query($id: ID!) { meeting(id: $id) { title } }',
    vars: (ids) => ({ id: ids.groupMeeting }),
  },
  'Query.meetingExceptionsDropped': {
    query:
      'query($id: ID!, $i: MeetingInput!) { meetingExceptionsDropped(id: $id, input: $i) { originalStartsAt } }',
    vars: (ids) => ({
      id: ids.groupMeeting,
      i: meetingInput(ids, { workingGroupId: GROUP_A, visibility: 'WORKING_GROUP' }),
    }),
  },
  'Query.markdownPreview': { query: '{ markdownPreview(markdown: "**Bold** text") }' },
  'Query.presenterSuggestions': {
    query:
      'query($id: ID!) { presenterSuggestions(meetingId: $id, title: "Storage") { person { id } reasons } }',
    vars: (ids) => ({ id: ids.groupMeeting }),
  },
  'Query.meetingOccurrencesPreview': {
    query: 'query($i: MeetingInput!) { meetingOccurrencesPreview(input: $i, first: 3) { startsAt endsAt } }',
    vars: (ids) => ({ i: meetingInput(ids, { workingGroupId: GROUP_A, recurrence: 'FREQ=DAILY' }) }),
  },
  'Query.meetingConflicts': {
    query: 'query($i: MeetingInput!) { meetingConflicts(input: $i) { occurrence { startsAt } } }',
    vars: (ids) => ({ i: meetingInput(ids, { workingGroupId: GROUP_A }) }),
  },
  'Query.news': { query: '{ news { totalCount } }' },
  'Query.newsItem': {
    query: 'query($id: ID!) { newsItem(id: $id) { title } }',
    vars: (ids) => ({ id: ids.groupNews }),
  },
  'Query.newsletterIssue': {
    query: 'query($id: ID!) { newsletterIssue(id: $id) { subject } }',
    vars: (ids) => ({ id: ids.newsletterDraft }),
  },
  'Query.newsletterIssues': { query: '{ newsletterIssues { totalCount } }' },
  'Query.newsletterPreview': {
    query: 'query { newsletterPreview(input: { subject: "S", body: "B" }) { subject } }',
  },
  'Query.newsletterSubscribers': { query: '{ newsletterSubscribers { confirmed } }' },
  'Query.pendingAdmissions': { query: '{ pendingAdmissions { id } }' },
  'Query.people': { query: '{ people { totalCount } }' },
  'Query.person': {
    query: 'query($id: ID!) { person(id: $id) { displayName } }',
    vars: (ids) => ({ id: ids.people.MEMBER }),
  },
  'Query.requirementTotals': { query: '{ requirementTotals { total } }' },
  'Query.searchDocuments': { query: '{ searchDocuments(query: "notes") { totalCount } }' },
  'Query.survey': { query: `{ survey(slug: "${SURVEY_SLUG.open}") { title } }` },
  'Query.surveyResults (OPEN survey)': {
    query: `{ surveyResults(slug: "${SURVEY_SLUG.open}") { responses } }`,
  },
  'Query.surveyResults (CLOSED survey)': {
    query: `{ surveyResults(slug: "${SURVEY_SLUG.closed}") { responses } }`,
  },
  'Query.surveys': { query: '{ surveys { slug } }' },
  'Query.useCase': {
    query: 'query($id: ID!) { useCase(id: $id) { title } }',
    vars: (ids) => ({ id: ids.useCase }),
  },
  'Query.useCases': { query: '{ useCases { totalCount } }' },
  'Query.dataRequests': {
    query: '{ dataRequests { totalCount edges { node { kind outcome personLabel } } } }',
  },
  'Query.viewer': { query: '{ viewer { person { id } } }' },
  'Query.viewerSurveyResponse': { query: `{ viewerSurveyResponse(slug: "${SURVEY_SLUG.open}") { id } }` },
  'Query.workingGroup': { query: '{ workingGroup(code: "A") { name } }' },
  'Query.workingGroups': { query: '{ workingGroups { code } }' },

  'Mutation.addMember (as MEMBER)': {
    query: 'mutation($g: ID!, $p: ID!) { addMember(workingGroupId: $g, personId: $p) { id } }',
    vars: (ids) => ({ g: GROUP_A, p: ids.free }),
  },
  'Mutation.addMember (as CHAIR)': {
    query: 'mutation($g: ID!, $p: ID!) { addMember(workingGroupId: $g, personId: $p, role: CHAIR) { id } }',
    vars: (ids) => ({ g: GROUP_A, p: ids.free }),
  },
  'Mutation.requestDataExport': { query: 'mutation { requestDataExport { id outcome } }' },
  'Mutation.requestAccountErasure (confirming MEMBER’s address)': {
    query: `mutation { requestAccountErasure(confirmEmail: "member.${MARK.email}@example.org") { erasesAt } }`,
  },
  'Mutation.cancelAccountErasure': { query: 'mutation { cancelAccountErasure }' },
  'Mutation.addTopic': {
    query: `mutation { addTopic(workingGroupId: "${GROUP_A}", name: "New topic") { id } }`,
  },
  'Mutation.admitMember': {
    query: 'mutation($p: ID!) { admitMember(personId: $p) { role } }',
    vars: (ids) => ({ p: ids.newcomer }),
  },
  'Mutation.admitMembers': {
    query: 'mutation($p: ID!) { admitMembers(personIds: [$p]) { role } }',
    vars: (ids) => ({ p: ids.newcomer }),
  },
  'Mutation.approveMembership': {
    query: 'mutation($m: ID!) { approveMembership(membershipId: $m) { status } }',
    vars: (ids) => ({ m: ids.pendingSeat }),
  },
  'Mutation.cancelMeeting': {
    query: 'mutation($id: ID!) { cancelMeeting(id: $id) { status } }',
    vars: (ids) => ({ id: ids.groupMeeting }),
  },
  'Mutation.closeSurvey': {
    query: 'mutation($id: ID!) { closeSurvey(id: $id) { status } }',
    vars: (ids) => ({ id: ids.openSurvey }),
  },
  'Mutation.createAccessToken': { query: 'mutation { createAccessToken(name: "ci") { secret } }' },
  'Mutation.createSurvey': {
    query: 'mutation($i: SurveyInput!) { createSurvey(input: $i) { id } }',
    vars: () => ({ i: SURVEY_INPUT }),
  },
  'Mutation.createWorkingGroup': {
    query: 'mutation { createWorkingGroup(input: { code: "C", name: "Group C" }) { id } }',
  },
  'Mutation.deleteAttachment': {
    query: 'mutation($id: ID!) { deleteAttachment(id: $id) }',
    vars: (ids) => ({ id: ids.spareAttachment }),
  },
  'Mutation.deleteDocument': {
    query: 'mutation($id: ID!) { deleteDocument(id: $id) }',
    vars: (ids) => ({ id: ids.communityDocument }),
  },
  'Mutation.deleteNews': {
    query: 'mutation($id: ID!) { deleteNews(id: $id) }',
    vars: (ids) => ({ id: ids.groupNews }),
  },
  'Mutation.draftNewsletter': {
    query: 'mutation { draftNewsletter(input: { subject: "S", body: "B" }) { id } }',
  },
  'Mutation.joinWorkingGroup': {
    query: `mutation { joinWorkingGroup(workingGroupId: "${GROUP_B}") { status } }`,
  },
  'Mutation.leaveWorkingGroup': { query: `mutation { leaveWorkingGroup(workingGroupId: "${GROUP_A}") }` },
  'Mutation.openSurvey': {
    query: 'mutation($id: ID!) { openSurvey(id: $id) { status } }',
    vars: (ids) => ({ id: ids.draftSurvey }),
  },
  'Mutation.postDocument (WORKING_GROUP of A)': {
    query: `mutation { postDocument(input: { kind: NOTE, title: "New", visibility: WORKING_GROUP, workingGroupIds: ["${GROUP_A}"] }) { id } }`,
  },
  'Mutation.postDocument (COMMUNITY)': {
    query: 'mutation { postDocument(input: { kind: NOTE, title: "New", visibility: COMMUNITY }) { id } }',
  },
  'Mutation.proposeUseCase': { query: 'mutation { proposeUseCase(input: { title: "New case" }) { id } }' },
  'Mutation.publishNews (news of A)': {
    query: `mutation { publishNews(input: { title: "T", body: "B", workingGroupId: "${GROUP_A}" }) { id } }`,
  },
  'Mutation.publishNews (community-wide)': {
    query: 'mutation { publishNews(input: { title: "T", body: "B" }) { id } }',
  },
  'Mutation.recordMinutes': {
    query: 'mutation($id: ID!) { recordMinutes(meetingId: $id, minutes: "Done.") { id } }',
    vars: (ids) => ({ id: ids.groupMeeting }),
  },
  'Mutation.removeMembership': {
    query: 'mutation($m: ID!) { removeMembership(membershipId: $m) }',
    vars: (ids) => ({ m: ids.seatedSeat }),
  },
  'Mutation.removeTopic': { query: `mutation { removeTopic(id: "${TOPIC_A}") }` },
  'Mutation.rescheduleOccurrence': {
    query: `mutation($id: ID!, $o: DateTime!, $s: DateTime!, $e: DateTime!) {
      rescheduleOccurrence(id: $id, occurrenceStartsAt: $o, startsAt: $s, endsAt: $e) { id } }`,
    vars: (ids) => ({ id: ids.groupMeeting, o: at(ids, 7), s: at(ids, 7, 2), e: at(ids, 7, 3) }),
  },
  'Mutation.respondToMeeting': {
    query: 'mutation($id: ID!) { respondToMeeting(meetingId: $id, response: MAYBE) { response } }',
    vars: (ids) => ({ id: ids.groupMeeting }),
  },
  'Mutation.restoreDocument': {
    query: 'mutation($id: ID!) { restoreDocument(id: $id) { id deletedAt } }',
    vars: (ids) => ({ id: ids.deletedDocument }),
  },
  'Mutation.revokeAccessToken': {
    query: 'mutation($id: ID!) { revokeAccessToken(id: $id) }',
    vars: (ids) => ({ id: ids.memberToken }),
  },
  'Mutation.rotateCalendarFeedUrl': { query: 'mutation { rotateCalendarFeedUrl }' },
  'Mutation.runDigest': { query: 'mutation { runDigest(frequency: DAILY) { id } }' },
  'Mutation.saveSurveyDraft': {
    query: `mutation { saveSurveyDraft(slug: "${SURVEY_SLUG.open}", answers: [{ questionKey: "q", text: "draft" }]) { id } }`,
  },
  'Mutation.scheduleMeeting (of A)': {
    query: 'mutation($i: MeetingInput!) { scheduleMeeting(input: $i) { id } }',
    vars: (ids) => ({ i: meetingInput(ids, { workingGroupId: GROUP_A }) }),
  },
  'Mutation.scheduleMeeting (community-wide)': {
    query: 'mutation($i: MeetingInput!) { scheduleMeeting(input: $i) { id } }',
    vars: (ids) => ({ i: meetingInput(ids) }),
  },
  'Mutation.sendNewsletter': {
    query: 'mutation($id: ID!) { sendNewsletter(id: $id) { status } }',
    vars: (ids) => ({ id: ids.newsletterDraft }),
  },
  'Mutation.sendTestNewsletter': {
    query: 'mutation($id: ID!) { sendTestNewsletter(id: $id, to: "test@example.org") }',
    vars: (ids) => ({ id: ids.newsletterDraft }),
  },
  'Mutation.setAgenda': {
    query: 'mutation($id: ID!) { setAgenda(meetingId: $id, items: [{ title: "One" }]) { id } }',
    vars: (ids) => ({ id: ids.groupMeeting }),
  },
  'Mutation.setFaq': {
    query: 'mutation { setFaq(entries: [{ question: "Q?", answer: "A." }]) { position } }',
  },
  'Mutation.setMembershipRole': {
    query: 'mutation($m: ID!) { setMembershipRole(membershipId: $m, role: CHAIR) { role } }',
    vars: (ids) => ({ m: ids.seatedSeat }),
  },
  'Mutation.setPlatformRole': {
    query: 'mutation($p: ID!) { setPlatformRole(personId: $p, role: MEMBER) { role } }',
    vars: (ids) => ({ p: ids.office2 }),
  },
  'Mutation.setUseCaseRequirements': {
    query: `mutation($id: ID!) { setUseCaseRequirements(id: $id, requirements: [
      { category: STORAGE, metric: "disk", value: 3, unit: PB, year: 2031 }]) { id } }`,
    vars: (ids) => ({ id: ids.useCase }),
  },
  'Mutation.setUseCaseStatus': {
    query: 'mutation($id: ID!) { setUseCaseStatus(id: $id, status: SELECTED) { status } }',
    vars: (ids) => ({ id: ids.useCase }),
  },
  'Mutation.submitSurveyResponse (not anonymous)': {
    query: `mutation { submitSurveyResponse(slug: "${SURVEY_SLUG.open}", answers: [{ questionKey: "q", text: "x" }]) { id } }`,
  },
  'Mutation.submitSurveyResponse (anonymous survey)': {
    query: `mutation { submitSurveyResponse(slug: "${SURVEY_SLUG.anonymous}", answers: [{ questionKey: "q", text: "x" }]) { id } }`,
  },
  'Mutation.subscribeToNewsletter': {
    query: 'mutation { subscribeToNewsletter(email: "someone@example.org") }',
  },
  'Mutation.updateCommunity': {
    query: 'mutation { updateCommunity(input: { mission: "Better" }) { mission } }',
  },
  'Mutation.updateDocument': {
    query: `mutation($id: ID!) { updateDocument(id: $id, expectedVersion: 1, input: { kind: NOTE, title: "Edited",
      visibility: WORKING_GROUP, workingGroupIds: ["${GROUP_A}"] }) { version } }`,
    vars: (ids) => ({ id: ids.groupDocument }),
  },
  'Mutation.updateMeeting': {
    query: 'mutation($id: ID!, $i: MeetingInput!) { updateMeeting(id: $id, input: $i) { title } }',
    vars: (ids) => ({
      id: ids.groupMeeting,
      i: meetingInput(ids, { workingGroupId: GROUP_A, visibility: 'WORKING_GROUP' }),
    }),
  },
  'Mutation.updateNews': {
    query: `mutation($id: ID!) { updateNews(id: $id, input: { title: "Edited", body: "x", workingGroupId: "${GROUP_A}" }) { title } }`,
    vars: (ids) => ({ id: ids.groupNews }),
  },
  'Mutation.updateNewsletter': {
    query:
      'mutation($id: ID!) { updateNewsletter(id: $id, input: { subject: "S2", body: "B2" }) { subject } }',
    vars: (ids) => ({ id: ids.newsletterDraft }),
  },
  'Mutation.updateNotificationSettings': {
    query: 'mutation { updateNotificationSettings(input: { digest: DAILY }) { digest } }',
  },
  'Mutation.updateProfile': { query: 'mutation { updateProfile(input: { bio: "hi" }) { id } }' },
  'Mutation.setMyExpertise': {
    query: `mutation { setMyExpertise(input: { visibility: MEMBERS, entries: [{ termId: "${TAG_A}", level: KNOWS }] }) { id } }`,
  },
  'Mutation.mergeExpertiseTags': {
    query: `mutation { mergeExpertiseTags(sourceIds: ["${TAG_B}"], targetId: "${TAG_A}") { id } }`,
  },
  'Mutation.renameExpertiseTag': {
    query: `mutation { renameExpertiseTag(id: "${TAG_A}", label: "Renamed tag") { id } }`,
  },
  'Mutation.updateSurvey': {
    query: 'mutation($id: ID!, $i: SurveyInput!) { updateSurvey(id: $id, input: $i) { id } }',
    vars: (ids) => ({ id: ids.draftSurvey, i: { ...SURVEY_INPUT, slug: SURVEY_SLUG.draft } }),
  },
  'Mutation.updateTopic': { query: `mutation { updateTopic(id: "${TOPIC_A}", name: "Renamed") { id } }` },
  'Mutation.updateUseCase': {
    query: 'mutation($id: ID!) { updateUseCase(id: $id, input: { title: "Edited" }) { title } }',
    vars: (ids) => ({ id: ids.useCase }),
  },
  'Mutation.updateWorkingGroup (name)': {
    query: `mutation { updateWorkingGroup(id: "${GROUP_A}", input: { name: "Renamed" }) { name } }`,
  },
  // Reports (issue 22): the report of A.
  'Query.reports': {
    query:
      '{ reports { totalCount edges { node { id title sections { number title recommendations { number statement } } editors { id } viewerCanEdit } } } }',
  },
  'Query.report': {
    query: `{ report(id: "${REPORT}") { id title sections { number title recommendations { number statement } } editors { id } viewerCanEdit workingGroups { code } } }`,
  },
  'Mutation.createReport': {
    query: `mutation { createReport(input: { title: "New report", kind: "Input", workingGroupIds: ["${GROUP_A}"] }) { id } }`,
  },
  'Mutation.updateReport': {
    query: `mutation { updateReport(id: "${REPORT}", input: { title: "Edited", kind: "Input", workingGroupIds: ["${GROUP_A}"] }) { title } }`,
  },
  'Mutation.setReportEditors': {
    query: `mutation($p: ID!) { setReportEditors(id: "${REPORT}", personIds: [$p]) { namedEditors { id } } }`,
    vars: (ids) => ({ p: ids.people.MEMBER }),
  },
  'Mutation.setReportStatus': {
    query: `mutation { setReportStatus(id: "${REPORT}", status: IN_REVIEW) { status } }`,
  },
  'Mutation.addReportSection': {
    query: `mutation { addReportSection(reportId: "${REPORT}", input: { title: "More", body: "x" }) { number } }`,
  },
  'Mutation.updateReportSection': {
    query: `mutation { updateReportSection(id: "${REPORT_SECTION}", input: { title: "Edited", body: "y" }, expectedVersion: 1) { version } }`,
  },
  'Mutation.moveReportSection': {
    query: `mutation { moveReportSection(id: "${REPORT_SECTION}", position: 1) { id } }`,
  },
  'Mutation.removeReportSection': {
    query: `mutation { removeReportSection(id: "${REPORT_SECTION}") { id } }`,
  },
  'Mutation.addRecommendation': {
    query: `mutation { addRecommendation(sectionId: "${REPORT_SECTION}", input: { statement: "More", priority: LOW }) { number } }`,
  },
  'Mutation.updateRecommendation': {
    query: `mutation { updateRecommendation(id: "${REPORT_RECOMMENDATION}", input: { statement: "Edited", priority: HIGH }, expectedVersion: 1) { version } }`,
  },
  'Mutation.moveRecommendation': {
    query: `mutation { moveRecommendation(id: "${REPORT_RECOMMENDATION}", sectionId: "${REPORT_SECTION}", position: 1) { id } }`,
  },
  'Mutation.removeRecommendation': {
    query: `mutation { removeRecommendation(id: "${REPORT_RECOMMENDATION}") { number } }`,
  },
  // Review (issue 22): MEMBER wrote the fixture's comments on the report (one open, one resolved).
  'Mutation.addReportComment': {
    query: `mutation { addReportComment(input: { reportId: "${REPORT}", body: "A comment" }) { id } }`,
  },
  'Mutation.resolveReportComment': {
    query: `mutation { resolveReportComment(id: "${REPORT_COMMENT}") { resolved } }`,
  },
  'Mutation.reopenReportComment': {
    query: `mutation { reopenReportComment(id: "${REPORT_COMMENT_RESOLVED}") { resolved } }`,
  },
  'Mutation.openReviewRound': {
    query: `mutation($p: ID!) { openReviewRound(reportId: "${REPORT}", reviewerIds: [$p]) { number reviewers { id } } }`,
    vars: (ids) => ({ p: ids.people.MEMBER }),
  },
  'Mutation.publishReport': {
    query: `mutation { publishReport(id: "${REPORT}", visibility: COMMUNITY) { status publications { number } } }`,
  },
  // Evidence (issue 22): the fixture's recommendation cites the use case's storage part.
  'Query.evidenceCandidates': {
    query: '{ evidenceCandidates(query: "Case", first: 5) { kind label useCaseId useCasePart } }',
  },
  'Query.evidencePreview': {
    query:
      'query($u: ID!) { evidencePreview(input: { kind: USE_CASE, useCaseId: $u, useCasePart: "storage" }) { summary excerpt } }',
    vars: (ids) => ({ u: ids.useCase }),
  },
  'Mutation.linkEvidence': {
    query: `mutation($u: ID!) { linkEvidence(recommendationId: "${REPORT_RECOMMENDATION}", input: { kind: USE_CASE, useCaseId: $u, useCasePart: "storage" }) { id visible } }`,
    vars: (ids) => ({ u: ids.useCase }),
  },
  'Mutation.unlinkEvidence': {
    query: `mutation { unlinkEvidence(id: "${REPORT_EVIDENCE}") { id } }`,
  },
  'Mutation.reconfirmEvidence': {
    query: `mutation { reconfirmEvidence(id: "${REPORT_EVIDENCE}") { changed } }`,
  },
  'Mutation.updateWorkingGroup (seatLimit)': {
    query: `mutation { updateWorkingGroup(id: "${GROUP_A}", input: { seatLimit: 10 }) { seatLimit } }`,
  },
  // Related initiatives and report targets (issue 22).
  'Query.initiatives': { query: '{ initiatives { slug groups { name } targets { name daysLeft } } }' },
  'Query.initiative': {
    query: `{ initiative(slug: "initiative") { name groups { linkedWorkingGroups { code } members { id } peopleInBoth { id } } } }`,
  },
  'Query.reportTargets': { query: '{ reportTargets(dueWithinDays: 3650) { name initiative { slug } } }' },
  'Mutation.createInitiative': {
    query: 'mutation { createInitiative(input: { slug: "new-initiative", name: "New" }) { id } }',
  },
  'Mutation.updateInitiative': {
    query: `mutation { updateInitiative(id: "${INITIATIVE}", input: { slug: "initiative", name: "Renamed" }) { name } }`,
  },
  'Mutation.addInitiativeGroup': {
    query: `mutation { addInitiativeGroup(initiativeId: "${INITIATIVE}", input: { name: "Another" }) { id } }`,
  },
  'Mutation.updateInitiativeGroup': {
    query: `mutation { updateInitiativeGroup(id: "${INITIATIVE_GROUP}", input: { name: "Renamed" }) { name } }`,
  },
  'Mutation.removeInitiativeGroup': {
    query: `mutation { removeInitiativeGroup(id: "${INITIATIVE_GROUP}") { id } }`,
  },
  'Mutation.linkInitiativeGroup': {
    query: `mutation { linkInitiativeGroup(initiativeGroupId: "${INITIATIVE_GROUP}", workingGroupId: "${GROUP_B}") { id } }`,
  },
  'Mutation.unlinkInitiativeGroup': {
    query: `mutation { unlinkInitiativeGroup(initiativeGroupId: "${INITIATIVE_GROUP}", workingGroupId: "${GROUP_A}") { id } }`,
  },
  'Mutation.markInitiativeMember': {
    query: `mutation($p: ID!) { markInitiativeMember(initiativeGroupId: "${INITIATIVE_GROUP}", personId: $p) { id } }`,
    vars: (ids) => ({ p: ids.people.CHAIR }),
  },
  'Mutation.unmarkInitiativeMember': {
    query: `mutation($p: ID!) { unmarkInitiativeMember(initiativeGroupId: "${INITIATIVE_GROUP}", personId: $p) { id } }`,
    vars: (ids) => ({ p: ids.people.MEMBER }),
  },
  'Mutation.createReportTarget': {
    query: `mutation { createReportTarget(input: { name: "New target", dueDate: "2031-01-01", initiativeId: "${INITIATIVE}" }) { id } }`,
  },
  'Mutation.updateReportTarget': {
    query: `mutation { updateReportTarget(id: "${REPORT_TARGET}", input: { name: "Moved", dueDate: "2031-06-30" }) { id } }`,
  },
  'Mutation.removeReportTarget': { query: `mutation { removeReportTarget(id: "${REPORT_TARGET}") }` },
};

const get =
  (path: (ids: SecurityIds) => string, init: RequestInit = {}): HttpCall =>
  ({ api, fx, role }) =>
    fetch(`${api.url}${path(fx.ids)}`, { redirect: 'manual', ...init, headers: fx.headers[role] });

const WEB_ASSET = 'index-Abc123.js';

/** A valid request of every route of the table. */
const HTTP_CALLS: Record<string, HttpCall> = {
  '* /graphql': ({ api, fx, role }) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { ...fx.headers[role], 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }),
  'GET /health': get(() => '/health'),
  'GET /metrics': get(() => '/metrics'),
  // An unknown provider: the dev issuer's URL (PUBLIC_URL) is not this test server, so `dev` would be a 502.
  'GET /auth/:provider/login': get(() => '/auth/nope/login?returnTo=/'),
  'GET /auth/:provider/callback': get(() => '/auth/dev/callback?code=x&state=y'),
  // A session of its own: logging out must not end the one the other calls use.
  'POST /auth/logout': async ({ api, fx, role }) =>
    fetch(`${api.url}/auth/logout`, { method: 'POST', headers: await fx.freshHeaders(role) }),
  'GET /calendar/public.ics': get(() => '/calendar/public.ics'),
  'GET /calendar/groups/:file': get(() => '/calendar/groups/A.ics'),
  'GET /calendar/feeds/:file': ({ fx, role }) => fetch(fx.feedUrls.MEMBER, { headers: fx.headers[role] }),
  'GET /calendar/meetings/:file': get(
    (ids) => `/calendar/meetings/${ids.groupMeeting}.ics?occurrence=${encodeURIComponent(at(ids, 7))}`,
  ),
  'POST /documents/:id/attachments': ({ api, fx, role }) => {
    const form = new FormData();
    form.append('file', new Blob(['more bytes']), 'more.txt');
    return fetch(`${api.url}/documents/${fx.ids.groupDocument}/attachments`, {
      method: 'POST',
      body: form,
      headers: fx.headers[role],
    });
  },
  'GET /attachments/:id': get((ids) => `/attachments/${ids.groupAttachment}`),
  'GET /newsletter/confirm': get(() => '/newsletter/confirm?token=not-a-token'),
  'GET /newsletter/unsubscribe': get(() => '/newsletter/unsubscribe?token=not-a-token'),
  'POST /newsletter/unsubscribe': get(() => '/newsletter/unsubscribe?token=not-a-token', { method: 'POST' }),
  'GET /digests/unsubscribe': get(() => '/digests/unsubscribe?token=not-a-token'),
  'POST /digests/unsubscribe': get(() => '/digests/unsubscribe?token=not-a-token', { method: 'POST' }),
  'GET /surveys/:slug/responses.csv': get(() => `/surveys/${SURVEY_SLUG.open}/responses.csv`),
  'GET /my-data/:file': get(() => `/my-data/cop_export_${'x'.repeat(43)}.zip`),
  'GET /reports/:id/export.md': get(() => `/reports/${REPORT}/export.md`),
  'GET /reports/:id/export.docx': get(() => `/reports/${REPORT}/export.docx`),
  '* /dev/idp': get(() => '/dev/idp/.well-known/openid-configuration'),
  '* /admin/queues': get(() => '/admin/queues'),
  '* /assets': get(() => `/assets/${WEB_ASSET}`),
};

/** A refusal tells nothing of the object: no marker word of the fixture in its answer. */
function leakRecorder() {
  const leaked: Record<string, string[]> = {};
  const noteLeak = (role: Role, text: string) => {
    const found = Object.values(MARK).filter((m) => text.toLowerCase().includes(m));
    if (found.length) leaked[role] = found;
  };
  return { leaked, noteLeak };
}

/** Nest's global middleware (request metrics, the viewer) sits on every path: not a route. */
const GLOBAL_MIDDLEWARE_PATHS = new Set(['/', '/*path', '/{*path}']);

interface RouterLayer {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean> };
}

/** `METHOD /path` of every route and mount of the Express router (`*` when it takes every method). */
function routesOf(api: TestApi): string[] {
  const express = api.app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  const keys = new Set<string>();
  for (const layer of express.router.stack) {
    const path = layer.route?.path ?? (typeof layer.rawPath === 'string' ? layer.rawPath : null);
    if (!path || GLOBAL_MIDDLEWARE_PATHS.has(path)) continue;
    const methods = layer.route ? Object.keys(layer.route.methods) : [];
    if (methods.length === 0 || methods.length > 10) keys.add(`* ${path}`);
    else for (const m of methods) keys.add(`${m.toUpperCase()} ${path}`);
  }
  return [...keys].sort();
}

/** The table's key for a route as the router names it (a mount may add a sub-path pattern). */
const tableKey = (route: string) => route.replace(/\/(\{\/?\*path\}|\*path)$/, '');

type Outcome = 'allowed' | Refusal | `allowed, but ${string}`;

function expectedOutcome(rule: Rule, role: Role): Outcome {
  if (rule.allowed.includes(role)) return 'allowed';
  return rule.refusal?.[role] ?? (role === 'ANYONE' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
}

/** Allowed means: data, or a CONFLICT that the object's state explains (already in, the last chair). */
function graphqlOutcome(
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined,
  expected: Outcome,
): Outcome {
  const codes = (errors ?? []).map((e) => String(e.extensions?.code));
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  if (codes.includes('NOT_FOUND') && expected === 'NOT_FOUND') return 'NOT_FOUND';
  if (codes.includes('BAD_USER_INPUT') && expected === 'BAD_USER_INPUT') return 'BAD_USER_INPUT';
  const unexpected = (errors ?? []).filter((e) => e.extensions?.code !== 'CONFLICT');
  if (unexpected.length) return `allowed, but ${unexpected[0].extensions?.code}: ${unexpected[0].message}`;
  return 'allowed';
}

/**
 * Routes whose calls here carry a made-up token or provider: anyone may ask, and the answer is a
 * 4xx page about the token, never 401/403.
 */
const ANSWERS_THE_TOKEN = new Set([
  'GET /my-data/:file',
  'GET /auth/:provider/login',
  'GET /auth/:provider/callback',
  'GET /newsletter/confirm',
  'GET /newsletter/unsubscribe',
  'POST /newsletter/unsubscribe',
  'GET /digests/unsubscribe',
  'POST /digests/unsubscribe',
]);

function httpOutcome(key: string, status: number, expected: Outcome): Outcome {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404 && expected === 'NOT_FOUND') return 'NOT_FOUND';
  if (status >= 500 || (status >= 400 && !ANSWERS_THE_TOKEN.has(key))) return `allowed, but HTTP ${status}`;
  return 'allowed';
}

const cases = (table: Record<string, Rule[]>, prefix: string) =>
  Object.entries(table).flatMap(([op, rules]) =>
    rules.map((rule) => ({ key: caseName(`${prefix}${op}`, rule), rule })),
  );
const GRAPHQL_CASES = (['Query', 'Mutation', 'Subscription'] as const).flatMap((type) =>
  cases(GRAPHQL_RULES[type], `${type}.`).map((c) => ({ ...c, mutation: type === 'Mutation' })),
);
const HTTP_CASES = cases(HTTP_RULES, '');

describe('authorization of every operation and route, for every role', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: SecurityFixture;
  let routes: string[];
  let checked = 0;
  let webDist: string;

  beforeAll(async () => {
    // A build of the web app with one hashed file, so `/assets` answers a real request.
    webDist = mkdtempSync(join(tmpdir(), 'cop-web-dist-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'assets', WEB_ASSET), 'export {};');
    env = await createTestEnvironment({ METRICS_TOKEN, WEB_DIST_DIR: webDist });
    api = await startTestApi(env.config);
    fx = await seedSecurityFixture(api, env);
    routes = routesOf(api);
  }, 120_000);
  afterAll(async () => {
    await fx?.close();
    await api?.close();
    await env?.cleanup();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('lists every operation of the schema, and only those, each case with a call', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    for (const type of ['Query', 'Mutation', 'Subscription'] as const) {
      const root =
        type === 'Query'
          ? schema.getQueryType()
          : type === 'Mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      const inSchema = Object.keys(root?.getFields() ?? {}).sort();
      expect({ type, operations: Object.keys(GRAPHQL_RULES[type]).sort() }).toEqual({
        type,
        operations: inSchema,
      });
    }
    expect(GRAPHQL_CASES.map((c) => c.key).filter((k) => !GRAPHQL_CALLS[k])).toEqual([]);
    expect(Object.keys(GRAPHQL_CALLS).filter((k) => !GRAPHQL_CASES.some((c) => c.key === k))).toEqual([]);
  });

  it('lists every HTTP route of the router, and only those, each with a call', () => {
    const listed = routes.map(tableKey);
    const required = Object.entries(HTTP_RULES)
      .filter(([, rules]) => !rules.every((r) => r.optional))
      .map(([key]) => key);
    expect(listed.filter((r) => !HTTP_RULES[r])).toEqual([]);
    expect(required.filter((k) => !listed.includes(k))).toEqual([]);
    expect(HTTP_CASES.map((c) => c.key).filter((k) => !HTTP_CALLS[k])).toEqual([]);
  });

  describe.each(GRAPHQL_CASES)('$key', ({ key, rule, mutation }) => {
    it('answers each role as the table says; a refused mutation writes nothing', async () => {
      const call = GRAPHQL_CALLS[key];
      const vars = call.vars?.(fx.ids) ?? {};
      const expected = Object.fromEntries(ROLES.map((r) => [r, expectedOutcome(rule, r)]));
      const actual: Record<string, Outcome> = {};
      const unchanged: Record<string, string[]> = {};
      const { leaked, noteLeak } = leakRecorder();
      let wrote = false;
      if (!mutation) {
        // Reads change nothing: all roles at once.
        await Promise.all(
          ROLES.map(async (role) => {
            const res = await api.gql(call.query, vars, fx.headers[role]);
            actual[role] = graphqlOutcome(res.errors, expected[role]);
            if (expected[role] !== 'allowed') noteLeak(role, JSON.stringify(res));
          }),
        );
      } else {
        await fx.restore();
        // The refused first, each checked to leave every table as it was; then each allowed on fresh data.
        const order = [...ROLES].sort(
          (a, b) => Number(expected[a] === 'allowed') - Number(expected[b] === 'allowed'),
        );
        const pristine = await fx.digest();
        let before = pristine;
        let dirty = false;
        for (const role of order) {
          if (expected[role] === 'allowed') {
            if (dirty) await fx.restore();
            const res = await api.gql(call.query, vars, fx.headers[role]);
            actual[role] = graphqlOutcome(res.errors, expected[role]);
            dirty = true;
            const after = await fx.digest();
            if (Object.keys(after).some((t) => after[t] !== pristine[t])) wrote = true;
          } else {
            const res = await api.gql(call.query, vars, fx.headers[role]);
            actual[role] = graphqlOutcome(res.errors, expected[role]);
            noteLeak(role, JSON.stringify(res));
            const after = await fx.digest();
            const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
            if (changed.length) unchanged[role] = changed;
            before = after;
          }
        }
      }
      checked += ROLES.length;
      expect(actual).toEqual(expected);
      expect(unchanged).toEqual({});
      expect(leaked).toEqual({});
      // The digest would see a refused call's write: an allowed call of the same mutation writes.
      if (mutation && rule.allowed.length) expect({ key, wrote }).toEqual({ key, wrote: true });
    });
  });

  describe.each(HTTP_CASES)('$key', ({ key, rule }) => {
    const present = () => rule.optional === undefined || routes.map(tableKey).includes(key);
    it('answers each role as the table says; a refused request writes nothing', async () => {
      if (!present()) return; // an optional route not built on this branch
      await fx.restore();
      const expected = Object.fromEntries(ROLES.map((r) => [r, expectedOutcome(rule, r)]));
      const actual: Record<string, Outcome> = {};
      const unchanged: Record<string, string[]> = {};
      const { leaked, noteLeak } = leakRecorder();
      for (const role of ROLES) {
        const before = await fx.digest();
        const res = await HTTP_CALLS[key]({ api, fx, role });
        const body = await res.text();
        actual[role] = httpOutcome(key, res.status, expected[role]);
        if (expected[role] !== 'allowed') {
          noteLeak(role, body);
          const after = await fx.digest();
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          if (changed.length) unchanged[role] = changed;
        }
      }
      checked += ROLES.length;
      expect(actual).toEqual(expected);
      expect(unchanged).toEqual({});
      expect(leaked).toEqual({});
    });
  });

  it('checked every operation and route as every role', () => {
    const optionalAbsent = HTTP_CASES.filter(
      (c) => c.rule.optional && !routes.map(tableKey).includes(c.key),
    ).length;
    const expectedChecks = (GRAPHQL_CASES.length + HTTP_CASES.length - optionalAbsent) * ROLES.length;
    console.log(
      `authorization: ${GRAPHQL_CASES.length} GraphQL cases + ${HTTP_CASES.length - optionalAbsent} HTTP routes × ${ROLES.length} roles = ${checked} checks`,
    );
    expect(checked).toBe(expectedChecks);
  });
});
