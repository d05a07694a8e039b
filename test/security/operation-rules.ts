/**
 * Who may call what: ONE table of every GraphQL operation and every HTTP route of the API.
 * test/security/authorization.test.ts fails when the running API has an operation or a route
 * this table does not list (or the table lists one that is gone), and calls each one as each
 * role on seeded data to prove the rule.
 *
 * Roles (the object concerned is always in working group A):
 *   ANYONE       no session
 *   GUEST        signed in, role GUEST, no seat
 *   MEMBER       role MEMBER with an ACTIVE seat in A
 *   CHAIR        ACTIVE CHAIR of A
 *   OTHER_CHAIR  CHAIR of B, no seat in A
 *   AUTHOR       seat in A; author of the documents, creator of the use case
 *   EXPERT       seat in B; expert of the use case
 *   OFFICE       role OFFICE
 */
export const ROLES = [
  'ANYONE',
  'GUEST',
  'MEMBER',
  'CHAIR',
  'OTHER_CHAIR',
  'AUTHOR',
  'EXPERT',
  'OFFICE',
] as const;
export type Role = (typeof ROLES)[number];

/** What a caller gets when refused. */
export type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

export interface Rule {
  /** Names the variant when one operation has rules that depend on its arguments. */
  case?: string;
  allowed: readonly Role[];
  /**
   * Refused callers get UNAUTHENTICATED (anonymous) or FORBIDDEN (signed in), except where
   * named here: NOT_FOUND where the object is one they may not see (the contract hides it),
   * BAD_USER_INPUT (naming the field) where the rule is about what the input names.
   */
  refusal?: Partial<Record<Role, Refusal>>;
  /** The rule in the contract's words (schema.graphql / http.md). */
  contract: string;
  /** May be absent from the API (built on another branch); listed so it cannot ship without a rule. */
  optional?: true;
}

export const ALL: readonly Role[] = ROLES;
export const SIGNED_IN: readonly Role[] = ROLES.filter((r) => r !== 'ANYONE');
export const MEMBERS: readonly Role[] = SIGNED_IN.filter((r) => r !== 'GUEST');
export const OFFICE: readonly Role[] = ['OFFICE'];
const CHAIR_OR_OFFICE: readonly Role[] = ['CHAIR', 'OFFICE'];
/** Those seated in A (who see its WORKING_GROUP items) and the office. */
const SEES_GROUP_A: readonly Role[] = ['MEMBER', 'CHAIR', 'AUTHOR', 'OFFICE'];
/** A WORKING_GROUP item of A does not exist for members of other groups. */
const HIDDEN_FROM_B: Partial<Record<Role, Refusal>> = { OTHER_CHAIR: 'NOT_FOUND', EXPERT: 'NOT_FOUND' };

const anyone = (contract = 'ANYONE'): Rule[] => [{ allowed: ALL, contract }];
const office = (contract = 'OFFICE'): Rule[] => [{ allowed: OFFICE, contract }];
const members = (contract = 'MEMBER'): Rule[] => [{ allowed: MEMBERS, contract }];
const signedIn = (contract = 'SIGNED_IN'): Rule[] => [{ allowed: SIGNED_IN, contract }];
/** Managing A's WORKING_GROUP meeting. */
const manageMeeting: Rule[] = [
  { allowed: CHAIR_OR_OFFICE, refusal: HIDDEN_FROM_B, contract: 'CHAIR of the working group or OFFICE' },
];

/** Editing the fixture's report of A: its chair (CHAIR), its named editor (AUTHOR), the office. */
const editReport: Rule[] = [
  {
    allowed: ['CHAIR', 'AUTHOR', 'OFFICE'],
    contract: 'report editors (chairs of its groups, named editors) or OFFICE',
  },
];
/** Resolving or reopening a review comment on the report of A: its author (MEMBER), the report's editors, the office. */
const resolveReportComment: Rule[] = [
  {
    allowed: ['MEMBER', 'CHAIR', 'AUTHOR', 'OFFICE'],
    contract: "the comment's author, the report's editors or OFFICE",
  },
];

export const GRAPHQL_RULES: Record<'Query' | 'Mutation' | 'Subscription', Record<string, Rule[]>> = {
  Query: {
    authProviders: anyone(),
    calendar: anyone('ANYONE; occurrences of the meetings the caller may see'),
    community: anyone(),
    communityGrowth: office('OFFICE (the growth chart, replayed from the seat history)'),
    deletedDocuments: office('OFFICE (deleted documents)'),
    dataRequests: office('OFFICE (the records of data exports and erasures; never their content)'),
    digestPeriod: office(),
    digestPreview: office(),
    digestRuns: office(),
    document: anyone('ANYONE; null when the caller may not see it'),
    documentLimits: anyone('ANYONE (the size limits)'),
    documentTags: anyone('ANYONE; tags of the documents the caller may see'),
    documents: anyone('ANYONE; what the caller may see'),
    faq: anyone(),
    initiative: members('MEMBER (related initiatives)'),
    initiatives: members('MEMBER (related initiatives)'),
    meeting: anyone('ANYONE; null when the caller may not see it'),
    meetingConflicts: [{ allowed: CHAIR_OR_OFFICE, contract: 'CHAIR or OFFICE' }],
    markdownPreview: members('MEMBER (the editors’ preview)'),
    meetingOccurrencesPreview: members('MEMBER (the scheduling form; no check of who may schedule it)'),
    meetingExceptionsDropped: [{ ...manageMeeting[0], contract: 'Same rule as updateMeeting' }],
    presenterSuggestions: [
      { ...manageMeeting[0], contract: 'Those who may manage the meeting (chairs of its group, OFFICE)' },
    ],
    news: anyone(),
    newsItem: anyone(),
    newsletterIssue: office(),
    newsletterIssues: office(),
    newsletterPreview: office(),
    newsletterSubscribers: office(),
    expertiseTerms: members('MEMBER (the expertise vocabulary)'),
    pendingAdmissions: office(),
    people: members(),
    person: members(),
    reportTargets: members('MEMBER (report targets by due date)'),
    report: members('MEMBER (reports; null for an unknown id)'),
    reports: members('MEMBER (reports)'),
    evidenceCandidates: members('MEMBER (the evidence picker: what the caller may see)'),
    evidencePreview: members('MEMBER (live figures of a source the caller may see)'),
    requirementTotals: members(),
    searchDocuments: anyone('ANYONE; what the caller may see'),
    survey: anyone('ANYONE; DRAFT ones for OFFICE only'),
    surveyResults: [
      { case: 'OPEN survey', allowed: OFFICE, contract: 'OFFICE at any time' },
      { case: 'CLOSED survey', allowed: MEMBERS, contract: 'MEMBER once the survey is CLOSED' },
    ],
    surveys: anyone('OPEN and CLOSED ones; OFFICE also sees DRAFT'),
    useCase: members(),
    useCases: members(),
    viewer: anyone('Null when anonymous'),
    viewerSurveyResponse: signedIn('the viewer’s own response'),
    workingGroup: anyone(),
    workingGroups: anyone(),
  },
  Mutation: {
    addMember: [
      { case: 'as MEMBER', allowed: CHAIR_OR_OFFICE, contract: 'CHAIR (role MEMBER) or OFFICE' },
      { case: 'as CHAIR', allowed: OFFICE, contract: 'CHAIR (role MEMBER) or OFFICE' },
    ],
    addInitiativeGroup: office('OFFICE (related initiatives)'),
    addTopic: [{ allowed: CHAIR_OR_OFFICE, contract: 'CHAIR or OFFICE' }],
    admitMember: office(),
    admitMembers: office('OFFICE; 1..100 waiting GUESTs, all or nothing'),
    approveMembership: [{ allowed: CHAIR_OR_OFFICE, contract: 'CHAIR or OFFICE' }],
    cancelAccountErasure: signedIn('SIGNED_IN (one’s own pending erasure)'),
    requestAccountErasure: [
      {
        case: 'confirming MEMBER’s address',
        allowed: ['MEMBER'],
        refusal: {
          GUEST: 'BAD_USER_INPUT',
          CHAIR: 'BAD_USER_INPUT',
          OTHER_CHAIR: 'BAD_USER_INPUT',
          AUTHOR: 'BAD_USER_INPUT',
          EXPERT: 'BAD_USER_INPUT',
          OFFICE: 'BAD_USER_INPUT',
        },
        contract:
          'SIGNED_IN, one’s own account: confirmEmail must be the caller’s address (BAD_USER_INPUT otherwise)',
      },
    ],
    requestDataExport: signedIn('SIGNED_IN (one’s own data; one pending at a time, CONFLICT)'),
    cancelMeeting: manageMeeting,
    closeSurvey: office(),
    createAccessToken: signedIn(),
    createSurvey: office(),
    createInitiative: office('OFFICE (related initiatives)'),
    createReportTarget: office('OFFICE (report targets)'),
    createWorkingGroup: office(),
    deleteAttachment: [
      {
        allowed: ['AUTHOR', 'CHAIR', 'OFFICE'],
        refusal: HIDDEN_FROM_B,
        contract: 'who may update the document (as POST /documents/:id/attachments)',
      },
    ],
    deleteDocument: [
      {
        allowed: ['AUTHOR', 'CHAIR', 'OFFICE'],
        contract: 'author, CHAIR of one of its groups, or OFFICE (as updateDocument)',
      },
    ],
    deleteNews: [{ allowed: CHAIR_OR_OFFICE, contract: 'OFFICE; CHAIR for news of their own working group' }],
    draftNewsletter: office(),
    linkInitiativeGroup: office('OFFICE (related initiatives)'),
    markInitiativeMember: office('OFFICE (related initiatives)'),
    joinWorkingGroup: members('MEMBER; CONFLICT when already in'),
    leaveWorkingGroup: [
      {
        // CHAIR is A's last chair: CONFLICT, a domain answer. Without a seat there is nothing to leave.
        allowed: ['MEMBER', 'AUTHOR', 'CHAIR'],
        refusal: { GUEST: 'NOT_FOUND', OTHER_CHAIR: 'NOT_FOUND', EXPERT: 'NOT_FOUND', OFFICE: 'NOT_FOUND' },
        contract: 'SIGNED_IN with a seat; CONFLICT for the last chair',
      },
    ],
    openSurvey: office(),
    postDocument: [
      {
        case: 'WORKING_GROUP of A',
        allowed: SEES_GROUP_A,
        refusal: { OTHER_CHAIR: 'BAD_USER_INPUT', EXPERT: 'BAD_USER_INPUT' },
        contract:
          'MEMBER; WORKING_GROUP visibility needs an ACTIVE seat in each named group (OFFICE excepted)',
      },
      { case: 'COMMUNITY', allowed: MEMBERS, contract: 'MEMBER' },
    ],
    proposeUseCase: members(),
    publishNews: [
      {
        case: 'news of A',
        allowed: CHAIR_OR_OFFICE,
        contract: 'OFFICE; CHAIR for news of their own working group',
      },
      { case: 'community-wide', allowed: OFFICE, contract: 'OFFICE' },
    ],
    recordMinutes: manageMeeting,
    removeInitiativeGroup: office('OFFICE (related initiatives)'),
    removeMembership: [{ allowed: CHAIR_OR_OFFICE, contract: 'CHAIR or OFFICE' }],
    removeReportTarget: office('OFFICE (report targets)'),
    removeTopic: [{ allowed: CHAIR_OR_OFFICE, contract: 'CHAIR or OFFICE' }],
    rescheduleOccurrence: manageMeeting,
    respondToMeeting: [
      { allowed: SEES_GROUP_A, refusal: HIDDEN_FROM_B, contract: 'MEMBER who may see the meeting' },
    ],
    restoreDocument: office('OFFICE; NOT_FOUND when no deleted document has that id'),
    revokeAccessToken: [
      {
        allowed: ['MEMBER'],
        // Somebody else's token is one the caller may not see.
        refusal: Object.fromEntries(SIGNED_IN.map((r) => [r, 'NOT_FOUND'])),
        contract: 'SIGNED_IN, own tokens',
      },
    ],
    rotateCalendarFeedUrl: signedIn(),
    runDigest: office(),
    saveSurveyDraft: signedIn(),
    scheduleMeeting: [
      { case: 'of A', allowed: CHAIR_OR_OFFICE, contract: 'CHAIR of the working group or OFFICE' },
      { case: 'community-wide', allowed: OFFICE, contract: 'community-wide meetings: OFFICE' },
    ],
    sendNewsletter: office(),
    sendTestNewsletter: office(),
    setAgenda: manageMeeting,
    setFaq: office(),
    setMembershipRole: office(),
    setPlatformRole: office(),
    setMyExpertise: members("MEMBER (one's own expertise)"),
    mergeExpertiseTags: office('OFFICE (expertise tags)'),
    renameExpertiseTag: office('OFFICE (expertise tags)'),
    setUseCaseRequirements: [
      { allowed: ['AUTHOR', 'EXPERT', 'OFFICE'], contract: 'creator, experts or OFFICE' },
    ],
    setUseCaseStatus: office(),
    submitSurveyResponse: [
      { case: 'not anonymous', allowed: SIGNED_IN, contract: 'SIGNED_IN' },
      { case: 'anonymous survey', allowed: ALL, contract: 'ANYONE for an anonymous survey' },
    ],
    subscribeToNewsletter: anyone(),
    updateCommunity: office(),
    // Reports (issue 22): the report of A; CHAIR chairs A, AUTHOR is a named editor.
    createReport: [{ allowed: CHAIR_OR_OFFICE, contract: 'CHAIR of every named working group or OFFICE' }],
    updateReport: editReport,
    setReportEditors: editReport,
    setReportStatus: editReport,
    addReportSection: editReport,
    updateReportSection: editReport,
    moveReportSection: editReport,
    removeReportSection: editReport,
    addRecommendation: editReport,
    updateRecommendation: editReport,
    moveRecommendation: editReport,
    removeRecommendation: editReport,
    addReportComment: members('MEMBER (any member may read and comment on a report)'),
    resolveReportComment,
    reopenReportComment: resolveReportComment,
    openReviewRound: editReport,
    publishReport: editReport,
    linkEvidence: editReport,
    unlinkEvidence: editReport,
    reconfirmEvidence: editReport,
    updateInitiative: office('OFFICE (related initiatives)'),
    updateInitiativeGroup: office('OFFICE (related initiatives)'),
    updateDocument: [
      {
        allowed: ['AUTHOR', 'CHAIR', 'OFFICE'],
        refusal: HIDDEN_FROM_B,
        contract: 'Author, CHAIR of one of its groups, or OFFICE',
      },
    ],
    updateMeeting: manageMeeting,
    updateNews: [{ allowed: CHAIR_OR_OFFICE, contract: 'OFFICE; CHAIR for news of their own working group' }],
    updateNewsletter: office('OFFICE; DRAFT or SCHEDULED only'),
    updateNotificationSettings: signedIn(),
    updateProfile: signedIn(),
    updateReportTarget: office('OFFICE (report targets)'),
    updateSurvey: office('OFFICE; DRAFT only'),
    unlinkInitiativeGroup: office('OFFICE (related initiatives)'),
    unmarkInitiativeMember: office('OFFICE (related initiatives)'),
    updateTopic: [{ allowed: CHAIR_OR_OFFICE, contract: 'CHAIR or OFFICE' }],
    updateUseCase: [{ allowed: ['AUTHOR', 'EXPERT', 'OFFICE'], contract: 'creator, experts or OFFICE' }],
    updateWorkingGroup: [
      {
        case: 'name',
        allowed: CHAIR_OR_OFFICE,
        contract: 'CHAIR may change name, description and joinPolicy',
      },
      { case: 'seatLimit', allowed: OFFICE, contract: 'OFFICE anything' },
    ],
  },
  Subscription: {},
};

/**
 * HTTP routes, keyed `METHOD /path` as the Express router has them (`*` for a mount that
 * takes every method). For routes, a refusal is 401 (UNAUTHENTICATED), 403 (FORBIDDEN) or 404.
 */
export const HTTP_RULES: Record<string, Rule[]> = {
  '* /graphql': anyone('GraphQL over HTTP; each operation has its rule above'),
  'GET /health': anyone(),
  'GET /metrics': [
    {
      allowed: [],
      // With METRICS_TOKEN set (as in the suite) only its bearer gets in: no role does.
      refusal: Object.fromEntries(ROLES.map((r) => [r, 'UNAUTHENTICATED'])),
      contract: 'operator (Bearer METRICS_TOKEN)',
    },
  ],
  'GET /auth/:provider/login': anyone(),
  'GET /auth/:provider/callback': anyone('the issuer (a browser redirect)'),
  'POST /auth/logout': anyone('signed in; without a session it ends nothing and says so with 200'),
  'GET /calendar/public.ics': anyone('PUBLIC meetings'),
  'GET /calendar/groups/:file': anyone('that working group’s PUBLIC meetings'),
  'GET /calendar/feeds/:file': anyone('holder of the secret URL (a capability, no session needed)'),
  'GET /calendar/meetings/:file': [
    {
      allowed: SEES_GROUP_A,
      refusal: { ANYONE: 'NOT_FOUND', GUEST: 'NOT_FOUND', ...HIDDEN_FROM_B },
      contract: 'who may see the meeting (anonymous: PUBLIC ones); 404 otherwise',
    },
  ],
  'POST /documents/:id/attachments': [
    {
      allowed: ['AUTHOR', 'CHAIR', 'OFFICE'],
      refusal: HIDDEN_FROM_B,
      contract: 'who may update the document',
    },
  ],
  'GET /attachments/:id': [
    {
      allowed: SEES_GROUP_A,
      refusal: { ANYONE: 'NOT_FOUND', GUEST: 'NOT_FOUND', ...HIDDEN_FROM_B },
      contract: 'who may see the document',
    },
  ],
  'GET /newsletter/confirm': anyone('the subscriber (token)'),
  'GET /newsletter/unsubscribe': anyone('the recipient (token)'),
  'POST /newsletter/unsubscribe': anyone('the recipient (token; RFC 8058 one-click)'),
  'GET /digests/unsubscribe': anyone('the recipient (token)'),
  'POST /digests/unsubscribe': anyone('the recipient (token; RFC 8058 one-click)'),
  'GET /surveys/:slug/responses.csv': office('OFFICE (the responses export)'),
  'GET /my-data/:file': anyone(
    'the holder of the single-use link mailed with the export (a capability, no session needed)',
  ),
  'GET /reports/:id/export.md': members('MEMBER (the report as the caller reads it); 404 for an unknown one'),
  'GET /reports/:id/export.docx': members(
    'MEMBER (the report as the caller reads it); 404 for an unknown one',
  ),
  '* /dev/idp': anyone('development only'),
  '* /admin/queues': [{ ...office('OFFICE (the BullMQ dashboard)')[0], optional: true }],
  // The web app's pages are index.html on every other GET path (no route of the router).
  '* /assets': anyone('the web app’s built files (public; WEB_DIST_DIR)'),
};

/** `Query.document`, `Mutation.addMember (as CHAIR)`, `GET /health`: how the suite names one case. */
export function caseName(operation: string, rule: Rule): string {
  return rule.case ? `${operation} (${rule.case})` : operation;
}
