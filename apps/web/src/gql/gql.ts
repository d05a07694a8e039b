/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EditorMarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n": typeof types.EditorMarkdownPreviewDocument,
    "\n  fragment CalendarOccurrence on MeetingOccurrence {\n    originalStartsAt\n    startsAt\n    endsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      recurrence\n      viewerCanManage\n      workingGroup {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CalendarOccurrenceFragmentDoc,
    "\n  fragment GroupDocumentItem on Document {\n    id\n    title\n    kind\n    summary\n    visibility\n    updatedAt\n  }\n": typeof types.GroupDocumentItemFragmentDoc,
    "\n  mutation ApproveMembership($membershipId: ID!) {\n    approveMembership(membershipId: $membershipId) {\n      id\n      status\n      joinedAt\n      workingGroup {\n        id\n        memberCount\n      }\n    }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  mutation DeclineMembership($membershipId: ID!) {\n    removeMembership(membershipId: $membershipId)\n  }\n": typeof types.DeclineMembershipDocument,
    "\n  query MemberHome($from: DateTime!, $to: DateTime!) {\n    viewer {\n      person {\n        id\n        displayName\n        memberships {\n          id\n          role\n          status\n          requestedAt\n          workingGroup {\n            id\n            code\n            name\n            upcomingMeetings(first: 3) {\n              ...OccurrenceItem\n            }\n            documents(first: 3) {\n              edges {\n                node {\n                  id\n                  title\n                  kind\n                  updatedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    surveys {\n      id\n      slug\n      title\n      status\n      closesAt\n    }\n    calendar(from: $from, to: $to, communityWide: true, first: 4) {\n      ...OccurrenceItem\n    }\n    news(first: 5) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n  }\n": typeof types.MemberHomeDocument,
    "\n  fragment NewsListItem on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    workingGroup {\n      code\n    }\n  }\n": typeof types.NewsListItemFragmentDoc,
    "\n  query PublicHome($from: DateTime!, $to: DateTime!) {\n    community {\n      name\n      mission\n      description\n      phases {\n        name\n        startsOn\n        endsOn\n        description\n      }\n      stats {\n        ...CommunityStatsLine\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    news(first: 3) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n    calendar(from: $from, to: $to, first: 5) {\n      ...OccurrenceItem\n    }\n    faq {\n      id\n      question\n    }\n  }\n": typeof types.PublicHomeDocument,
    "\n  fragment SeatActionsGroup on WorkingGroup {\n    id\n    code\n    name\n    joinPolicy\n    seatLimit\n    memberCount\n    viewerMembership {\n      id\n      role\n      status\n      requestedAt\n      joinedAt\n    }\n  }\n": typeof types.SeatActionsGroupFragmentDoc,
    "\n  mutation JoinWorkingGroup($workingGroupId: ID!) {\n    joinWorkingGroup(workingGroupId: $workingGroupId) {\n      id\n      role\n      status\n      requestedAt\n      joinedAt\n      person {\n        id\n      }\n      workingGroup {\n        id\n        memberCount\n      }\n    }\n  }\n": typeof types.JoinWorkingGroupDocument,
    "\n  mutation LeaveWorkingGroup($workingGroupId: ID!) {\n    leaveWorkingGroup(workingGroupId: $workingGroupId)\n  }\n": typeof types.LeaveWorkingGroupDocument,
    "\n  fragment CommunityStatsLine on CommunityStats {\n    participants\n    people\n    members\n    workingGroups\n  }\n": typeof types.CommunityStatsLineFragmentDoc,
    "\n  fragment WorkingGroupSummary on WorkingGroup {\n    id\n    code\n    name\n    description\n    joinPolicy\n    seatLimit\n    memberCount\n    chairs {\n      id\n      displayName\n    }\n    topics {\n      id\n      name\n    }\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n": typeof types.WorkingGroupSummaryFragmentDoc,
    "\n  fragment AttachmentRow on Attachment {\n    id\n    filename\n    size\n    contentType\n    downloadUrl\n    uploadedAt\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.AttachmentRowFragmentDoc,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": typeof types.DeleteAttachmentDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  fragment DeletedDocument on Document {\n    id\n    title\n    kind\n    visibility\n    deletedAt\n    author {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": typeof types.DeletedDocumentFragmentDoc,
    "\n  query DocumentConflictCurrent($id: ID!) {\n    document(id: $id) {\n      ...DocumentFormSource\n      updatedAt\n      versions {\n        version\n        editedAt\n        editedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.DocumentConflictCurrentDocument,
    "\n  fragment DocumentFormSource on Document {\n    id\n    version\n    title\n    summary\n    body\n    kind\n    visibility\n    tags\n    externalUrl\n    workingGroups {\n      id\n      code\n    }\n    topics {\n      id\n    }\n  }\n": typeof types.DocumentFormSourceFragmentDoc,
    "\n  fragment DocumentFormGroup on WorkingGroup {\n    id\n    code\n    name\n    viewerMembership {\n      id\n      status\n    }\n    topics {\n      id\n      name\n    }\n  }\n": typeof types.DocumentFormGroupFragmentDoc,
    "\n  fragment DocumentFormOptions on Query {\n    workingGroups {\n      ...DocumentFormGroup\n    }\n    documentLimits {\n      attachmentMaxBytes\n      bodyMaxBytes\n    }\n  }\n": typeof types.DocumentFormOptionsFragmentDoc,
    "\n  mutation PostDocument($input: DocumentInput!) {\n    postDocument(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.PostDocumentDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: DocumentInput!, $expectedVersion: Int!) {\n    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  query DocumentTagSuggestions($prefix: String) {\n    documentTags(prefix: $prefix, first: 10) {\n      tag\n      count\n    }\n  }\n": typeof types.DocumentTagSuggestionsDocument,
    "\n  fragment DocumentRow on Document {\n    id\n    title\n    kind\n    visibility\n    tags\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      code\n    }\n    attachments {\n      id\n    }\n  }\n": typeof types.DocumentRowFragmentDoc,
    "\n  query LibraryOptions($author: ID!, $withAuthor: Boolean!) {\n    workingGroups {\n      id\n      code\n      name\n    }\n    person(id: $author) @include(if: $withAuthor) {\n      id\n      displayName\n    }\n    documentTags(first: 30) {\n      tag\n    }\n  }\n": typeof types.LibraryOptionsDocument,
    "\n  query AuthorPicker($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n": typeof types.AuthorPickerDocument,
    "\n  mutation RestoreDocument($id: ID!) {\n    restoreDocument(id: $id) {\n      id\n      title\n      deletedAt\n    }\n  }\n": typeof types.RestoreDocumentDocument,
    "\n  query SearchSuggestions($query: String!) {\n    searchDocuments(query: $query, first: 6) {\n      hits {\n        document {\n          id\n          title\n          kind\n        }\n      }\n    }\n  }\n": typeof types.SearchSuggestionsDocument,
    "\n  fragment VersionEntry on DocumentVersion {\n    version\n    editedAt\n    editedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.VersionEntryFragmentDoc,
    "\n  fragment ExpertiseEditable on Person {\n    id\n    expertiseVisibility\n    expertise {\n      level\n      term {\n        id\n        kind\n        label\n      }\n    }\n  }\n": typeof types.ExpertiseEditableFragmentDoc,
    "\n  mutation SetMyExpertise($input: MyExpertiseInput!) {\n    setMyExpertise(input: $input) {\n      ...ExpertiseEditable\n    }\n  }\n": typeof types.SetMyExpertiseDocument,
    "\n  query OfficeExpertiseTags($search: String) {\n    expertiseTerms(kind: TAG, search: $search, first: 100) {\n      id\n      label\n      peopleCount\n    }\n  }\n": typeof types.OfficeExpertiseTagsDocument,
    "\n  mutation MergeExpertiseTags($sourceIds: [ID!]!, $targetId: ID!) {\n    mergeExpertiseTags(sourceIds: $sourceIds, targetId: $targetId) {\n      id\n      label\n      peopleCount\n    }\n  }\n": typeof types.MergeExpertiseTagsDocument,
    "\n  mutation RenameExpertiseTag($id: ID!, $label: String!) {\n    renameExpertiseTag(id: $id, label: $label) {\n      id\n      label\n      peopleCount\n    }\n  }\n": typeof types.RenameExpertiseTagDocument,
    "\n  fragment ExpertiseTermOption on ExpertiseTerm {\n    id\n    kind\n    label\n    peopleCount\n  }\n": typeof types.ExpertiseTermOptionFragmentDoc,
    "\n  query ExpertiseTermSearch($search: String, $kind: ExpertiseTermKind, $first: Int) {\n    expertiseTerms(search: $search, kind: $kind, first: $first) {\n      ...ExpertiseTermOption\n    }\n  }\n": typeof types.ExpertiseTermSearchDocument,
    "\n  fragment FaqEditorEntry on FaqEntry {\n    id\n    question\n    answer\n    position\n  }\n": typeof types.FaqEditorEntryFragmentDoc,
    "\n  mutation SetFaq($entries: [FaqEntryInput!]!) {\n    setFaq(entries: $entries) {\n      id\n      question\n      answer\n      answerHtml\n      position\n    }\n  }\n": typeof types.SetFaqDocument,
    "\n  fragment InitiativeGroupEntry on InitiativeGroup {\n    id\n    name\n    description\n    linkedWorkingGroups {\n      id\n      code\n      name\n    }\n    members {\n      id\n      displayName\n      affiliation\n    }\n    peopleInBoth {\n      id\n    }\n  }\n": typeof types.InitiativeGroupEntryFragmentDoc,
    "\n  mutation LinkInitiativeGroup($group: ID!, $workingGroup: ID!) {\n    linkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {\n      ...InitiativeGroupEntry\n    }\n  }\n": typeof types.LinkInitiativeGroupDocument,
    "\n  mutation UnlinkInitiativeGroup($group: ID!, $workingGroup: ID!) {\n    unlinkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {\n      ...InitiativeGroupEntry\n    }\n  }\n": typeof types.UnlinkInitiativeGroupDocument,
    "\n  mutation MarkInitiativeMember($group: ID!, $person: ID!) {\n    markInitiativeMember(initiativeGroupId: $group, personId: $person) {\n      ...InitiativeGroupEntry\n    }\n  }\n": typeof types.MarkInitiativeMemberDocument,
    "\n  mutation UnmarkInitiativeMember($group: ID!, $person: ID!) {\n    unmarkInitiativeMember(initiativeGroupId: $group, personId: $person) {\n      ...InitiativeGroupEntry\n    }\n  }\n": typeof types.UnmarkInitiativeMemberDocument,
    "\n  mutation RemoveInitiativeGroup($id: ID!) {\n    removeInitiativeGroup(id: $id) {\n      id\n      groups {\n        ...InitiativeGroupEntry\n      }\n    }\n  }\n": typeof types.RemoveInitiativeGroupDocument,
    "\n  mutation AddInitiativeGroup($initiative: ID!, $input: InitiativeGroupInput!) {\n    addInitiativeGroup(initiativeId: $initiative, input: $input) {\n      id\n    }\n  }\n": typeof types.AddInitiativeGroupDocument,
    "\n  mutation CreateReportTarget($input: ReportTargetInput!) {\n    createReportTarget(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReportTargetDocument,
    "\n  fragment TargetEntry on ReportTarget {\n    id\n    name\n    description\n    url\n    dueDate\n    daysLeft\n    initiative {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.TargetEntryFragmentDoc,
    "\n  mutation RemoveReportTarget($id: ID!) {\n    removeReportTarget(id: $id)\n  }\n": typeof types.RemoveReportTargetDocument,
    "\n  query TargetsDueSoon($days: Int!) {\n    reportTargets(dueWithinDays: $days) {\n      id\n      name\n      dueDate\n      daysLeft\n      initiative {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.TargetsDueSoonDocument,
    "\n  mutation SetAgenda($meetingId: ID!, $items: [AgendaItemInput!]!) {\n    setAgenda(meetingId: $meetingId, items: $items) {\n      id\n      agenda {\n        ...AgendaEntry\n      }\n    }\n  }\n": typeof types.SetAgendaDocument,
    "\n  query AgendaDocumentSearch($query: String!) {\n    searchDocuments(query: $query, first: 8) {\n      hits {\n        document {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.AgendaDocumentSearchDocument,
    "\n  query PresenterSearch($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n": typeof types.PresenterSearchDocument,
    "\n  query PresenterSuggestions($meetingId: ID!, $title: String!) {\n    presenterSuggestions(meetingId: $meetingId, title: $title, first: 5) {\n      reasons\n      person {\n        id\n        displayName\n        affiliation\n      }\n    }\n  }\n": typeof types.PresenterSuggestionsDocument,
    "\n  fragment AgendaEntry on AgendaItem {\n    id\n    position\n    title\n    presenter\n    presenterPerson {\n      id\n      displayName\n    }\n    durationMinutes\n    documents {\n      id\n      title\n    }\n  }\n": typeof types.AgendaEntryFragmentDoc,
    "\n  fragment AttendanceAnswer on Attendance {\n    occurrenceStartsAt\n    response\n    respondedAt\n    person {\n      id\n      displayName\n    }\n  }\n": typeof types.AttendanceAnswerFragmentDoc,
    "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  query MeetingConflicts($input: MeetingInput!) {\n    meetingConflicts(input: $input) {\n      occurrence {\n        startsAt\n        endsAt\n        originalStartsAt\n        meeting {\n          id\n          title\n          timeZone\n          workingGroup {\n            id\n            code\n          }\n        }\n      }\n      sharedMembers {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MeetingConflictsDocument,
    "\n  fragment MeetingDate on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n  }\n": typeof types.MeetingDateFragmentDoc,
    "\n  query MeetingOccurrencesPreview($input: MeetingInput!) {\n    meetingOccurrencesPreview(input: $input, first: 5) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.MeetingOccurrencesPreviewDocument,
    "\n  mutation ScheduleMeeting($input: MeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  query MeetingExceptionsDropped($id: ID!, $input: MeetingInput!) {\n    meetingExceptionsDropped(id: $id, input: $input) {\n      startsAt\n      endsAt\n      originalStartsAt\n      cancelled\n    }\n  }\n": typeof types.MeetingExceptionsDroppedDocument,
    "\n  fragment MeetingFormGroup on WorkingGroup {\n    id\n    code\n    name\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n": typeof types.MeetingFormGroupFragmentDoc,
    "\n  fragment MinutesSource on Meeting {\n    id\n    minutes\n    workingGroup {\n      id\n      code\n    }\n  }\n": typeof types.MinutesSourceFragmentDoc,
    "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes) {\n      id\n      minutes\n      minutesHtml\n    }\n  }\n": typeof types.RecordMinutesDocument,
    "\n  mutation CancelOccurrence($id: ID!, $occurrenceStartsAt: DateTime!) {\n    cancelMeeting(id: $id, occurrenceStartsAt: $occurrenceStartsAt) {\n      id\n      status\n    }\n  }\n": typeof types.CancelOccurrenceDocument,
    "\n  mutation RescheduleOccurrence(\n    $id: ID!\n    $occurrenceStartsAt: DateTime!\n    $startsAt: DateTime!\n    $endsAt: DateTime!\n  ) {\n    rescheduleOccurrence(\n      id: $id\n      occurrenceStartsAt: $occurrenceStartsAt\n      startsAt: $startsAt\n      endsAt: $endsAt\n    ) {\n      id\n      status\n    }\n  }\n": typeof types.RescheduleOccurrenceDocument,
    "\n  fragment OccurrenceItem on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      workingGroup {\n        code\n      }\n    }\n  }\n": typeof types.OccurrenceItemFragmentDoc,
    "\n  fragment RsvpMeeting on Meeting {\n    id\n    title\n    status\n    recurrence\n    seriesResponse: viewerResponse\n  }\n": typeof types.RsvpMeetingFragmentDoc,
    "\n  mutation RespondToMeeting($meetingId: ID!, $occurrenceStartsAt: DateTime, $response: RsvpResponse!) {\n    respondToMeeting(meetingId: $meetingId, occurrenceStartsAt: $occurrenceStartsAt, response: $response) {\n      occurrenceStartsAt\n      response\n      respondedAt\n    }\n  }\n": typeof types.RespondToMeetingDocument,
    "\n  fragment NewsActionsItem on NewsItem {\n    id\n    title\n    pinned\n    viewerCanManage\n  }\n": typeof types.NewsActionsItemFragmentDoc,
    "\n  query NewsForPin($id: ID!) {\n    newsItem(id: $id) {\n      id\n      title\n      body\n      pinned\n      workingGroup {\n        id\n      }\n    }\n  }\n": typeof types.NewsForPinDocument,
    "\n  mutation PinNews($id: ID!, $input: NewsInput!) {\n    updateNews(id: $id, input: $input) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinNewsDocument,
    "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(id: $id)\n  }\n": typeof types.DeleteNewsDocument,
    "\n  fragment NewsEntry on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    bodyHtml\n    author {\n      id\n      displayName\n    }\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n": typeof types.NewsEntryFragmentDoc,
    "\n  mutation PublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.PublishNewsDocument,
    "\n  mutation UpdateNews($id: ID!, $input: NewsInput!) {\n    updateNews(id: $id, input: $input) {\n      id\n      title\n      pinned\n    }\n  }\n": typeof types.UpdateNewsDocument,
    "\n  fragment AdmissionEntry on Person {\n    id\n    displayName\n    affiliation\n    email\n    joinedAt\n    lastSignedInAt\n  }\n": typeof types.AdmissionEntryFragmentDoc,
    "\n  mutation AdmitMembers($personIds: [ID!]!) {\n    admitMembers(personIds: $personIds) {\n      id\n      role\n      roleSource\n    }\n  }\n": typeof types.AdmitMembersDocument,
    "\n  query OfficeDigestPreview($personId: ID!, $frequency: DigestFrequency!) {\n    digestPreview(personId: $personId, frequency: $frequency) {\n      periodStart\n      periodEnd\n      subscribed\n      empty\n      mail {\n        subject\n        html\n        text\n      }\n    }\n  }\n": typeof types.OfficeDigestPreviewDocument,
    "\n  mutation OfficeRunDigest($frequency: DigestFrequency!) {\n    runDigest(frequency: $frequency) {\n      id\n      ...DigestRunFields\n    }\n  }\n": typeof types.OfficeRunDigestDocument,
    "\n  fragment DigestRunFields on DigestRun {\n    id\n    frequency\n    periodStart\n    periodEnd\n    status\n    startedAt\n    finishedAt\n    delivery {\n      recipients\n      sent\n      failed\n      pending\n    }\n  }\n": typeof types.DigestRunFieldsFragmentDoc,
    "\n  mutation OfficeAddChair($group: ID!, $person: ID!) {\n    addMember(workingGroupId: $group, personId: $person, role: CHAIR) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.OfficeAddChairDocument,
    "\n  mutation OfficeSetSeatRole($membership: ID!, $role: MembershipRole!) {\n    setMembershipRole(membershipId: $membership, role: $role) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.OfficeSetSeatRoleDocument,
    "\n  query OfficeGroupHistory($code: String!, $first: Int, $after: String) {\n    workingGroup(code: $code) {\n      id\n      seatHistory(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            role\n            occurredAt\n            person {\n              id\n              displayName\n            }\n            actor {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficeGroupHistoryDocument,
    "\n  mutation OfficeAddTopic($group: ID!, $name: String!, $description: String) {\n    addTopic(workingGroupId: $group, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.OfficeAddTopicDocument,
    "\n  mutation OfficeUpdateTopic($id: ID!, $name: String!, $description: String) {\n    updateTopic(id: $id, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.OfficeUpdateTopicDocument,
    "\n  mutation OfficeRemoveTopic($id: ID!) {\n    removeTopic(id: $id)\n  }\n": typeof types.OfficeRemoveTopicDocument,
    "\n  mutation DraftNewsletter($input: NewsletterInput!) {\n    draftNewsletter(input: $input) {\n      id\n      subject\n      body\n      status\n    }\n  }\n": typeof types.DraftNewsletterDocument,
    "\n  mutation UpdateNewsletter($id: ID!, $input: NewsletterInput!) {\n    updateNewsletter(id: $id, input: $input) {\n      id\n      subject\n      body\n      status\n    }\n  }\n": typeof types.UpdateNewsletterDocument,
    "\n  mutation SendTestNewsletter($id: ID!, $to: EmailAddress!) {\n    sendTestNewsletter(id: $id, to: $to)\n  }\n": typeof types.SendTestNewsletterDocument,
    "\n  mutation SendNewsletter($id: ID!, $at: DateTime) {\n    sendNewsletter(id: $id, at: $at) {\n      id\n      status\n      scheduledFor\n    }\n  }\n": typeof types.SendNewsletterDocument,
    "\n  query NewsletterRecipientCount {\n    newsletterSubscribers {\n      confirmed\n    }\n  }\n": typeof types.NewsletterRecipientCountDocument,
    "\n  fragment NewsletterDeliveryFields on NewsletterIssue {\n    id\n    status\n    delivery {\n      recipients\n      sent\n      failed\n      pending\n    }\n  }\n": typeof types.NewsletterDeliveryFieldsFragmentDoc,
    "\n  query NewsletterPreview($input: NewsletterInput!) {\n    newsletterPreview(input: $input) {\n      subject\n      html\n      text\n    }\n  }\n": typeof types.NewsletterPreviewDocument,
    "\n  fragment DirectoryPerson on Person {\n    id\n    displayName\n    affiliation\n    email\n    role\n    roleSource\n    joinedAt\n    lastSignedInAt\n    identities {\n      provider\n      subject\n      email\n    }\n    memberships {\n      id\n      role\n      status\n      workingGroup {\n        id\n        code\n      }\n    }\n  }\n": typeof types.DirectoryPersonFragmentDoc,
    "\n  mutation SetPlatformRole($personId: ID!, $role: PlatformRole!) {\n    setPlatformRole(personId: $personId, role: $role) {\n      id\n      role\n      roleSource\n    }\n  }\n": typeof types.SetPlatformRoleDocument,
    "\n  fragment PersonCard on Person {\n    id\n    displayName\n    affiliation\n    memberships {\n      id\n      role\n      status\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    expertise {\n      level\n      term {\n        id\n        label\n      }\n    }\n  }\n": typeof types.PersonCardFragmentDoc,
    "\n  fragment AccountErasureFields on AccountErasure {\n    requestedAt\n    erasesAt\n  }\n": typeof types.AccountErasureFieldsFragmentDoc,
    "\n  fragment ErasureBlockerFields on ErasureBlocker {\n    reason\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ErasureBlockerFieldsFragmentDoc,
    "\n  mutation RequestAccountErasure($confirmEmail: String!) {\n    requestAccountErasure(confirmEmail: $confirmEmail) {\n      ...AccountErasureFields\n    }\n  }\n": typeof types.RequestAccountErasureDocument,
    "\n  mutation CancelAccountErasure {\n    cancelAccountErasure\n  }\n": typeof types.CancelAccountErasureDocument,
    "\n  fragment DataExportRow on DataExport {\n    id\n    requestedAt\n    readyAt\n    expiresAt\n    downloaded\n    outcome\n  }\n": typeof types.DataExportRowFragmentDoc,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportRow\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  fragment DataRequestRecordRow on DataRequestRecord {\n    id\n    kind\n    person {\n      id\n      displayName\n    }\n    personLabel\n    requestedAt\n    completedAt\n    outcome\n  }\n": typeof types.DataRequestRecordRowFragmentDoc,
    "\n  query ReportComments($id: ID!) {\n    report(id: $id) {\n      id\n      viewerCanEdit\n      openComments\n      comments {\n        ...ReportCommentThread\n      }\n    }\n  }\n": typeof types.ReportCommentsDocument,
    "\n  fragment ReportCommentFields on ReportComment {\n    id\n    bodyHtml\n    createdAt\n    resolved\n    resolvedAt\n    parentId\n    author {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n    section {\n      id\n    }\n    recommendation {\n      id\n    }\n  }\n": typeof types.ReportCommentFieldsFragmentDoc,
    "\n  fragment ReportCommentThread on ReportComment {\n    ...ReportCommentFields\n    replies {\n      ...ReportCommentFields\n    }\n  }\n": typeof types.ReportCommentThreadFragmentDoc,
    "\n  mutation AddReportComment($input: ReportCommentInput!) {\n    addReportComment(input: $input) {\n      ...ReportCommentFields\n    }\n  }\n": typeof types.AddReportCommentDocument,
    "\n  mutation ResolveReportComment($id: ID!) {\n    resolveReportComment(id: $id) {\n      ...ReportCommentFields\n    }\n  }\n": typeof types.ResolveReportCommentDocument,
    "\n  mutation ReopenReportComment($id: ID!) {\n    reopenReportComment(id: $id) {\n      ...ReportCommentFields\n    }\n  }\n": typeof types.ReopenReportCommentDocument,
    "\n  fragment ReportCoveragePanel on ReportCoverage {\n    cited\n    total\n    uncited {\n      kind\n      label\n      sourcePath\n    }\n  }\n": typeof types.ReportCoveragePanelFragmentDoc,
    "\n  query ReportDetailsOptions {\n    workingGroups {\n      id\n      code\n      name\n    }\n    reportTargets {\n      id\n      name\n      dueDate\n      initiative {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReportDetailsOptionsDocument,
    "\n  mutation UpdateReportDetails($id: ID!, $input: ReportInput!) {\n    updateReport(id: $id, input: $input) {\n      id\n      ...EditorReportDetails\n    }\n  }\n": typeof types.UpdateReportDetailsDocument,
    "\n  mutation SetReportEditors($id: ID!, $personIds: [ID!]!) {\n    setReportEditors(id: $id, personIds: $personIds) {\n      id\n      ...EditorReportDetails\n    }\n  }\n": typeof types.SetReportEditorsDocument,
    "\n  fragment EditorReportDetails on Report {\n    title\n    kind\n    dueDate\n    target {\n      id\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    editors {\n      id\n      displayName\n    }\n    namedEditors {\n      id\n      displayName\n      affiliation\n    }\n  }\n": typeof types.EditorReportDetailsFragmentDoc,
    "\n  mutation AddReportSection($reportId: ID!, $input: ReportSectionInput!, $position: Int) {\n    addReportSection(reportId: $reportId, input: $input, position: $position) {\n      id\n      number\n      title\n    }\n  }\n": typeof types.AddReportSectionDocument,
    "\n  fragment EditorRecommendation on Recommendation {\n    id\n    number\n    statement\n    rationale\n    rationaleHtml\n    priority\n    version\n    updatedAt\n    evidence {\n      ...EditorEvidence\n    }\n  }\n": typeof types.EditorRecommendationFragmentDoc,
    "\n  mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {\n    updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...EditorRecommendation\n    }\n  }\n": typeof types.UpdateRecommendationDocument,
    "\n  mutation MoveRecommendation($id: ID!, $sectionId: ID!, $position: Int!) {\n    moveRecommendation(id: $id, sectionId: $sectionId, position: $position) {\n      id\n    }\n  }\n": typeof types.MoveRecommendationDocument,
    "\n  mutation RemoveRecommendation($id: ID!) {\n    removeRecommendation(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveRecommendationDocument,
    "\n  query EditReportPage($id: ID!) {\n    report(id: $id) {\n      id\n      title\n      kind\n      status\n      viewerCanEdit\n      changedEvidence\n      ...EditorReportDetails\n      sections {\n        ...EditorSection\n      }\n      coverage {\n        ...ReportCoveragePanel\n      }\n    }\n  }\n": typeof types.EditReportPageDocument,
    "\n  fragment EditorSection on ReportSection {\n    id\n    number\n    title\n    body\n    bodyHtml\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n    recommendations {\n      ...EditorRecommendation\n    }\n  }\n": typeof types.EditorSectionFragmentDoc,
    "\n  mutation UpdateReportSection($id: ID!, $input: ReportSectionInput!, $expectedVersion: Int!) {\n    updateReportSection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      title\n      body\n      bodyHtml\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateReportSectionDocument,
    "\n  mutation MoveReportSection($id: ID!, $position: Int!) {\n    moveReportSection(id: $id, position: $position) {\n      id\n    }\n  }\n": typeof types.MoveReportSectionDocument,
    "\n  mutation RemoveReportSection($id: ID!) {\n    removeReportSection(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveReportSectionDocument,
    "\n  mutation AddRecommendation($sectionId: ID!, $input: RecommendationInput!) {\n    addRecommendation(sectionId: $sectionId, input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.AddRecommendationDocument,
    "\n  fragment EditorEvidence on Evidence {\n    id\n    kind\n    visible\n    label\n    note\n    sourcePath\n    changed\n    linkedAt\n    confirmedAt\n    snapshot {\n      takenAt\n      summary\n      excerpt\n    }\n    live {\n      takenAt\n      summary\n      excerpt\n    }\n  }\n": typeof types.EditorEvidenceFragmentDoc,
    "\n  mutation ReconfirmEvidence($id: ID!) {\n    reconfirmEvidence(id: $id) {\n      ...EditorEvidence\n    }\n  }\n": typeof types.ReconfirmEvidenceDocument,
    "\n  mutation UnlinkEvidence($id: ID!) {\n    unlinkEvidence(id: $id) {\n      id\n    }\n  }\n": typeof types.UnlinkEvidenceDocument,
    "\n  fragment EvidencePreviewFigures on EvidenceFigures {\n    takenAt\n    summary\n    questionText\n    responses\n    shown\n    answered\n    mean\n    options {\n      key\n      label\n      count\n      ratio\n    }\n    title\n    excerpt\n    version\n    updatedAt\n  }\n": typeof types.EvidencePreviewFiguresFragmentDoc,
    "\n  query EvidenceCandidates($query: String!, $kinds: [EvidenceKind!]) {\n    evidenceCandidates(query: $query, kinds: $kinds, first: 30) {\n      kind\n      label\n      detail\n      surveySlug\n      questionKey\n      useCaseId\n      useCasePart\n      requirementId\n      documentId\n      documentVersion\n      meetingId\n    }\n  }\n": typeof types.EvidenceCandidatesDocument,
    "\n  query EvidencePreview($input: EvidenceInput!) {\n    evidencePreview(input: $input) {\n      ...EvidencePreviewFigures\n    }\n  }\n": typeof types.EvidencePreviewDocument,
    "\n  query EvidencePickerSurvey($slug: String!) {\n    survey(slug: $slug) {\n      id\n      slug\n      title\n      responseCount\n      sections {\n        key\n        questions {\n          key\n          text\n          kind\n          allowOther\n          options {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidencePickerSurveyDocument,
    "\n  mutation LinkEvidence($recommendationId: ID!, $input: EvidenceInput!) {\n    linkEvidence(recommendationId: $recommendationId, input: $input) {\n      ...EditorEvidence\n    }\n  }\n": typeof types.LinkEvidenceDocument,
    "\n  mutation OpenReviewRound($reportId: ID!, $reviewerIds: [ID!]!, $note: String) {\n    openReviewRound(reportId: $reportId, reviewerIds: $reviewerIds, note: $note) {\n      id\n      number\n      reviewers {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OpenReviewRoundDocument,
    "\n  mutation PublishReport($id: ID!, $visibility: Visibility!) {\n    publishReport(id: $id, visibility: $visibility) {\n      id\n      status\n      document {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PublishReportDocument,
    "\n  fragment ReportEvidenceNote on Evidence {\n    id\n    kind\n    visible\n    label\n    note\n    sourcePath\n    changed\n    confirmedAt\n    snapshot {\n      takenAt\n      summary\n    }\n    live {\n      takenAt\n      summary\n    }\n  }\n": typeof types.ReportEvidenceNoteFragmentDoc,
    "\n  fragment ReportReadSection on ReportSection {\n    id\n    number\n    title\n    bodyHtml\n    recommendations {\n      id\n      number\n      statement\n      rationaleHtml\n      priority\n      evidence {\n        ...ReportEvidenceNote\n      }\n    }\n  }\n": typeof types.ReportReadSectionFragmentDoc,
    "\n  fragment AccessTokenRow on AccessToken {\n    id\n    name\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": typeof types.AccessTokenRowFragmentDoc,
    "\n  mutation CreateAccessToken($name: String!, $expiresAt: DateTime) {\n    createAccessToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      token {\n        ...AccessTokenRow\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  fragment EmailSettings on NotificationSettings {\n    digest\n    meetingReminders\n    newsletter\n  }\n": typeof types.EmailSettingsFragmentDoc,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...EmailSettings\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  fragment ProfileEditable on Person {\n    id\n    displayName\n    affiliation\n    country\n    orcid\n    bio\n    timeZone\n    email\n    role\n  }\n": typeof types.ProfileEditableFragmentDoc,
    "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileEditable\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SaveSurveyDraft($slug: String!, $answers: [AnswerInput!]!) {\n    saveSurveyDraft(slug: $slug, answers: $answers) {\n      id\n      submittedAt\n    }\n  }\n": typeof types.SaveSurveyDraftDocument,
    "\n  fragment SurveyEditorSource on Survey {\n    id\n    slug\n    title\n    description\n    status\n    anonymous\n    opensAt\n    closesAt\n    responseCount\n    sections {\n      ...SurveyFormSectionFields\n      questions {\n        resultMeasure\n      }\n    }\n  }\n": typeof types.SurveyEditorSourceFragmentDoc,
    "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyEditorSource\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      ...SurveyEditorSource\n    }\n  }\n": typeof types.UpdateSurveyDocument,
    "\n  mutation OpenSurvey($id: ID!) {\n    openSurvey(id: $id) {\n      id\n      status\n      responseCount\n    }\n  }\n": typeof types.OpenSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      responseCount\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  fragment QuestionResultView on QuestionResult {\n    shown\n    answered\n    noAnswer\n    mean\n    texts(first: 50)\n    options {\n      key\n      label\n      count\n      ratio\n      share\n    }\n    question {\n      key\n      text\n      kind\n      resultMeasure\n      scaleMin\n      scaleMax\n    }\n  }\n": typeof types.QuestionResultViewFragmentDoc,
    "\n  mutation SubmitSurveyResponse($slug: String!, $answers: [AnswerInput!]!) {\n    submitSurveyResponse(slug: $slug, answers: $answers) {\n      id\n      submittedAt\n    }\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  fragment SurveyFormSectionFields on SurveySection {\n    key\n    position\n    title\n    description\n    showIf {\n      questionKey\n      anyOf\n    }\n    questions {\n      key\n      kind\n      text\n      required\n      allowOther\n      options {\n        key\n        label\n      }\n      scaleMin\n      scaleMax\n      showIf {\n        questionKey\n        anyOf\n      }\n    }\n  }\n": typeof types.SurveyFormSectionFieldsFragmentDoc,
    "\n  query ExpertSuggestions($id: ID!) {\n    useCase(id: $id) {\n      id\n      expertSuggestions(first: 8) {\n        score\n        reasons\n        person {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n": typeof types.ExpertSuggestionsDocument,
    "\n  query ExpertPicker($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n": typeof types.ExpertPickerDocument,
    "\n  fragment RequirementRow on Requirement {\n    id\n    category\n    metric\n    value\n    unit\n    year\n    note\n  }\n": typeof types.RequirementRowFragmentDoc,
    "\n  mutation SetUseCaseStatus($id: ID!, $status: UseCaseStatus!) {\n    setUseCaseStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.SetUseCaseStatusDocument,
    "\n  mutation ProposeUseCase($input: UseCaseInput!) {\n    proposeUseCase(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.ProposeUseCaseDocument,
    "\n  mutation UpdateUseCase($id: ID!, $input: UseCaseInput!) {\n    updateUseCase(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateUseCaseDocument,
    "\n  mutation SetUseCaseRequirements($id: ID!, $requirements: [RequirementInput!]!) {\n    setUseCaseRequirements(id: $id, requirements: $requirements) {\n      id\n    }\n  }\n": typeof types.SetUseCaseRequirementsDocument,
    "\n  query Shell {\n    community {\n      name\n      shortName\n    }\n    authProviders {\n      id\n      name\n      loginUrl\n    }\n    viewer {\n      person {\n        id\n        displayName\n        role\n        timeZone\n      }\n    }\n  }\n": typeof types.ShellDocument,
    "\n  query CalendarPage($from: DateTime!, $to: DateTime!, $workingGroupCodes: [String!], $mine: Boolean) {\n    calendar(from: $from, to: $to, workingGroupCodes: $workingGroupCodes, mine: $mine) {\n      ...CalendarOccurrence\n    }\n    workingGroups {\n      id\n      code\n      name\n      ...MeetingFormGroup\n    }\n    viewer {\n      calendarFeedUrl\n    }\n  }\n": typeof types.CalendarPageDocument,
    "\n  query EditDocumentPage($id: ID!) {\n    document(id: $id) {\n      ...DocumentFormSource\n      viewerCanEdit\n      viewerCanDelete\n      attachments {\n        ...AttachmentRow\n      }\n    }\n    ...DocumentFormOptions\n  }\n": typeof types.EditDocumentPageDocument,
    "\n  query DocumentPage($id: ID!, $withTexts: Boolean!) {\n    document(id: $id) {\n      id\n      viewerCanEdit\n      viewerCanDelete\n      title\n      kind\n      visibility\n      summary\n      bodyHtml\n      externalUrl\n      tags\n      version\n      createdAt\n      updatedAt\n      author {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      topics {\n        id\n        name\n      }\n      attachments {\n        ...AttachmentRow\n      }\n      versions {\n        ...VersionEntry\n        title @include(if: $withTexts)\n        summary @include(if: $withTexts)\n        body @include(if: $withTexts)\n      }\n      linkedFrom {\n        meeting {\n          id\n          title\n          startsAt\n          timeZone\n        }\n        agendaItem {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.DocumentPageDocument,
    "\n  query DeletedDocumentsPage($first: Int!, $after: String) {\n    deletedDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DeletedDocument\n        }\n      }\n    }\n  }\n": typeof types.DeletedDocumentsPageDocument,
    "\n  query NewDocumentPage {\n    ...DocumentFormOptions\n  }\n": typeof types.NewDocumentPageDocument,
    "\n  query LibraryPage($filter: DocumentFilter, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DocumentRow\n        }\n      }\n    }\n  }\n": typeof types.LibraryPageDocument,
    "\n  query EditFaqPage {\n    faq {\n      ...FaqEditorEntry\n    }\n  }\n": typeof types.EditFaqPageDocument,
    "\n  query FaqPage {\n    faq {\n      id\n      question\n      answerHtml\n      position\n    }\n  }\n": typeof types.FaqPageDocument,
    "\n  query InitiativePage($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      name\n      url\n      descriptionHtml\n      groups {\n        ...InitiativeGroupEntry\n      }\n      targets {\n        ...TargetEntry\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": typeof types.InitiativePageDocument,
    "\n  query InitiativesPage {\n    initiatives {\n      id\n      slug\n      name\n      url\n      descriptionHtml\n      groups {\n        id\n      }\n      targets {\n        id\n        name\n        dueDate\n        daysLeft\n      }\n    }\n    reportTargets {\n      ...TargetEntry\n    }\n  }\n": typeof types.InitiativesPageDocument,
    "\n  query EditMeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      status\n      visibility\n      timeZone\n      startsAt\n      endsAt\n      recurrence\n      location\n      videoConferenceUrl\n      viewerCanManage\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": typeof types.EditMeetingPageDocument,
    "\n  query MeetingPage(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $around: DateTime!\n    $aroundEnd: DateTime!\n    $withOccurrence: Boolean!\n  ) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      status\n      visibility\n      timeZone\n      startsAt\n      endsAt\n      recurrence\n      location\n      videoConferenceUrl\n      minutesHtml\n      viewerCanManage\n      organizer {\n        id\n        displayName\n      }\n      workingGroup {\n        id\n        code\n        name\n      }\n      upcoming: occurrences(from: $from, to: $to) {\n        ...MeetingDate\n      }\n      selected: occurrences(from: $around, to: $aroundEnd) @include(if: $withOccurrence) {\n        ...MeetingDate\n      }\n      agenda {\n        ...AgendaEntry\n      }\n      attendance {\n        ...AttendanceAnswer\n      }\n      ...RsvpMeeting\n      ...MinutesSource\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  query NewMeetingPage {\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": typeof types.NewMeetingPageDocument,
    "\n  query EditNewsPage($id: ID!) {\n    newsItem(id: $id) {\n      id\n      title\n      body\n      pinned\n      viewerCanManage\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": typeof types.EditNewsPageDocument,
    "\n  query NewsItemPage($id: ID!) {\n    newsItem(id: $id) {\n      ...NewsArticle\n      ...NewsActionsItem\n    }\n  }\n": typeof types.NewsItemPageDocument,
    "\n  fragment NewsArticle on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    bodyHtml\n    author {\n      id\n      displayName\n      affiliation\n    }\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n": typeof types.NewsArticleFragmentDoc,
    "\n  query NewNewsPage {\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": typeof types.NewNewsPageDocument,
    "\n  query NewsPage($first: Int!, $after: String) {\n    news(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NewsEntry\n          ...NewsActionsItem\n        }\n      }\n    }\n    # Whether the viewer chairs a group (and so may write news), as the scheduling form asks.\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": typeof types.NewsPageDocument,
    "\n  mutation SubscribeToNewsletter($email: EmailAddress!) {\n    subscribeToNewsletter(email: $email)\n  }\n": typeof types.SubscribeToNewsletterDocument,
    "\n  query OfficeAdmissions {\n    pendingAdmissions {\n      ...AdmissionEntry\n    }\n  }\n": typeof types.OfficeAdmissionsDocument,
    "\n  fragment OfficeCommunityFields on Community {\n    name\n    shortName\n    mission\n    description\n    phases {\n      name\n      startsOn\n      endsOn\n      description\n    }\n  }\n": typeof types.OfficeCommunityFieldsFragmentDoc,
    "\n  query OfficeCommunity {\n    community {\n      ...OfficeCommunityFields\n    }\n  }\n": typeof types.OfficeCommunityDocument,
    "\n  mutation OfficeUpdateCommunity($input: CommunityInput!) {\n    updateCommunity(input: $input) {\n      ...OfficeCommunityFields\n    }\n  }\n": typeof types.OfficeUpdateCommunityDocument,
    "\n  query OfficeDataRequests($first: Int!, $after: String) {\n    dataRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DataRequestRecordRow\n        }\n      }\n    }\n  }\n": typeof types.OfficeDataRequestsDocument,
    "\n  query OfficeDigestsPage {\n    digestRuns(first: 20) {\n      id\n      status\n      ...DigestRunFields\n    }\n    weekly: digestPeriod(frequency: WEEKLY) {\n      periodStart\n      periodEnd\n      run {\n        id\n        startedAt\n      }\n    }\n    daily: digestPeriod(frequency: DAILY) {\n      periodStart\n      periodEnd\n      run {\n        id\n        startedAt\n      }\n    }\n  }\n": typeof types.OfficeDigestsPageDocument,
    "\n  query OfficeOverview {\n    pendingAdmissions {\n      id\n    }\n    newsletterSubscribers {\n      confirmed\n      pending\n      unsubscribed\n    }\n    newsletterIssues(first: 1) {\n      edges {\n        node {\n          id\n          subject\n          status\n          sentAt\n          scheduledFor\n          delivery {\n            recipients\n            sent\n            failed\n            pending\n          }\n        }\n      }\n    }\n    digestRuns(first: 1) {\n      ...DigestRunFields\n    }\n  }\n": typeof types.OfficeOverviewDocument,
    "\n  query OfficeNewsletterIssuePage($id: ID!) {\n    newsletterIssue(id: $id) {\n      subject\n      body\n      scheduledFor\n      sentAt\n      ...NewsletterDeliveryFields\n    }\n    viewer {\n      person {\n        id\n        email\n      }\n    }\n  }\n": typeof types.OfficeNewsletterIssuePageDocument,
    "\n  query OfficeNewNewsletterPage {\n    viewer {\n      person {\n        id\n        email\n      }\n    }\n  }\n": typeof types.OfficeNewNewsletterPageDocument,
    "\n  query OfficeNewsletterPage {\n    newsletterSubscribers {\n      confirmed\n      pending\n      unsubscribed\n    }\n    newsletterIssues(first: 50) {\n      totalCount\n      edges {\n        node {\n          subject\n          scheduledFor\n          sentAt\n          ...NewsletterDeliveryFields\n        }\n      }\n    }\n  }\n": typeof types.OfficeNewsletterPageDocument,
    "\n  query OfficePeople($search: String, $first: Int, $after: String) {\n    authProviders {\n      id\n      name\n    }\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DirectoryPerson\n        }\n      }\n    }\n  }\n": typeof types.OfficePeopleDocument,
    "\n  query OfficeGroup($code: String!) {\n    workingGroup(code: $code) {\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n      topics {\n        id\n        name\n        description\n      }\n      members(first: 100) {\n        edges {\n          node {\n            id\n            role\n            status\n            person {\n              id\n              displayName\n              affiliation\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficeGroupDocument,
    "\n  mutation OfficeUpdateGroup($id: ID!, $input: WorkingGroupInput!) {\n    updateWorkingGroup(id: $id, input: $input) {\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n    }\n  }\n": typeof types.OfficeUpdateGroupDocument,
    "\n  mutation OfficeCreateGroup($input: WorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.OfficeCreateGroupDocument,
    "\n  query OfficeGroups {\n    workingGroups {\n      id\n      code\n      name\n      joinPolicy\n      seatLimit\n      memberCount\n      chairs {\n        id\n        displayName\n      }\n    }\n    communityGrowth {\n      month\n      participants\n      people\n    }\n  }\n": typeof types.OfficeGroupsDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      affiliation\n      country\n      orcid\n      bio\n      domains\n      memberships {\n        id\n        role\n        status\n        workingGroup {\n          id\n          code\n          name\n        }\n      }\n      expertise {\n        level\n        term {\n          id\n          label\n        }\n      }\n      expertiseVisibility\n      authoredDocuments(first: 20) {\n        id\n        title\n        kind\n        updatedAt\n      }\n      expertOnUseCases {\n        id\n        title\n        status\n      }\n      presentingAt(first: 20) {\n        meeting {\n          id\n          title\n          startsAt\n          timeZone\n        }\n        agendaItem {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query PeopleGroups {\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": typeof types.PeopleGroupsDocument,
    "\n  query PeopleTerm($expertise: String!) {\n    expertiseTerms(search: $expertise, first: 20) {\n      id\n      label\n    }\n  }\n": typeof types.PeopleTermDocument,
    "\n  query PeoplePage(\n    $search: String\n    $workingGroupId: ID\n    $domain: ScientificDomain\n    $termId: ID\n    $level: ExpertiseLevel\n    $first: Int\n    $after: String\n  ) {\n    people(\n      search: $search\n      workingGroupId: $workingGroupId\n      domain: $domain\n      termId: $termId\n      level: $level\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonCard\n        }\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  query ReportPage($id: ID!) {\n    report(id: $id) {\n      id\n      title\n      kind\n      status\n      dueDate\n      updatedAt\n      viewerCanEdit\n      openComments\n      changedEvidence\n      target {\n        id\n        name\n        dueDate\n        initiative {\n          id\n          name\n        }\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      editors {\n        id\n        displayName\n      }\n      document {\n        id\n        title\n      }\n      publications {\n        number\n        documentVersion\n        visibility\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n      }\n      reviewRounds {\n        id\n        number\n        openedAt\n        closedAt\n        reviewers {\n          id\n          displayName\n        }\n      }\n      sections {\n        ...ReportReadSection\n      }\n    }\n  }\n": typeof types.ReportPageDocument,
    "\n  query NewReportPage {\n    workingGroups {\n      id\n      code\n      name\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n    reportTargets {\n      id\n      name\n      dueDate\n      initiative {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NewReportPageDocument,
    "\n  mutation CreateReport($input: ReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReportDocument,
    "\n  query ReportsPage($status: ReportStatus, $workingGroupId: ID, $first: Int!, $after: String) {\n    reports(status: $status, workingGroupId: $workingGroupId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReportListEntry\n        }\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n": typeof types.ReportsPageDocument,
    "\n  fragment ReportListEntry on Report {\n    id\n    title\n    kind\n    status\n    dueDate\n    openComments\n    target {\n      id\n      name\n      dueDate\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ReportListEntryFragmentDoc,
    "\n  query SearchPage($query: String!, $filter: DocumentFilter) {\n    searchDocuments(query: $query, filter: $filter, first: 50) {\n      totalCount\n      hits {\n        headline\n        document {\n          ...DocumentRow\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SettingsCalendar {\n    viewer {\n      calendarFeedUrl\n      calendarFeedWebcalUrl\n    }\n  }\n": typeof types.SettingsCalendarDocument,
    "\n  mutation RotateCalendarFeedUrl {\n    rotateCalendarFeedUrl\n  }\n": typeof types.RotateCalendarFeedUrlDocument,
    "\n  query SettingsData {\n    viewer {\n      person {\n        id\n        email\n      }\n      dataExports {\n        ...DataExportRow\n      }\n      accountErasure {\n        ...AccountErasureFields\n      }\n      erasureBlockers {\n        ...ErasureBlockerFields\n      }\n    }\n  }\n": typeof types.SettingsDataDocument,
    "\n  query SettingsEmail {\n    viewer {\n      person {\n        id\n        email\n      }\n      notificationSettings {\n        ...EmailSettings\n      }\n    }\n  }\n": typeof types.SettingsEmailDocument,
    "\n  query SettingsExpertise {\n    viewer {\n      person {\n        ...ExpertiseEditable\n      }\n    }\n  }\n": typeof types.SettingsExpertiseDocument,
    "\n  query SettingsIdentities {\n    authProviders {\n      id\n      name\n    }\n    viewer {\n      identities {\n        provider\n        subject\n        email\n        linkedAt\n        lastLoginAt\n      }\n    }\n  }\n": typeof types.SettingsIdentitiesDocument,
    "\n  query SettingsProfile {\n    viewer {\n      person {\n        ...ProfileEditable\n      }\n    }\n  }\n": typeof types.SettingsProfileDocument,
    "\n  query SettingsTokens {\n    viewer {\n      accessTokens {\n        ...AccessTokenRow\n      }\n    }\n  }\n": typeof types.SettingsTokensDocument,
    "\n  query EditSurveyPage($slug: String!) {\n    survey(slug: $slug) {\n      ...SurveyEditorSource\n    }\n  }\n": typeof types.EditSurveyPageDocument,
    "\n  query SurveyResultsPage($slug: String!, $where: [AnswerFilter!]) {\n    surveyResults(slug: $slug, where: $where) {\n      responses\n      survey {\n        id\n        slug\n        title\n        status\n        closesAt\n        responseCount\n        sections {\n          key\n          title\n          showIf {\n            questionKey\n          }\n          questions {\n            key\n            text\n            kind\n            allowOther\n            showIf {\n              questionKey\n            }\n            options {\n              key\n              label\n            }\n          }\n        }\n      }\n      questions {\n        question {\n          key\n        }\n        ...QuestionResultView\n      }\n    }\n  }\n": typeof types.SurveyResultsPageDocument,
    "\n  query SurveyAnswerPage($slug: String!, $signedIn: Boolean!) {\n    survey(slug: $slug) {\n      id\n      slug\n      title\n      description\n      status\n      anonymous\n      opensAt\n      closesAt\n      responseCount\n      sections {\n        ...SurveyFormSectionFields\n      }\n    }\n    viewerSurveyResponse(slug: $slug) @include(if: $signedIn) {\n      id\n      submittedAt\n      answers {\n        questionKey\n        optionKeys\n        otherText\n        text\n        number\n      }\n    }\n  }\n": typeof types.SurveyAnswerPageDocument,
    "\n  query SurveysPage {\n    surveys {\n      id\n      slug\n      title\n      status\n      anonymous\n      opensAt\n      closesAt\n      responseCount\n    }\n  }\n": typeof types.SurveysPageDocument,
    "\n  query EditUseCasePage($id: ID!) {\n    useCase(id: $id) {\n      id\n      title\n      summary\n      domains\n      viewerCanEdit\n      experts {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n      }\n      parts {\n        key\n        markdown\n      }\n      requirements {\n        ...RequirementRow\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": typeof types.EditUseCasePageDocument,
    "\n  query UseCasePage($id: ID!) {\n    useCase(id: $id) {\n      id\n      title\n      summary\n      status\n      completeness\n      domains\n      updatedAt\n      viewerCanEdit\n      createdBy {\n        id\n        displayName\n      }\n      experts {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      parts {\n        key\n        html\n      }\n      requirements {\n        ...RequirementRow\n      }\n    }\n  }\n": typeof types.UseCasePageDocument,
    "\n  query NewUseCasePage {\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": typeof types.NewUseCasePageDocument,
    "\n  query RequirementTotalsPage {\n    requirementTotals {\n      category\n      metric\n      year\n      unit\n      total\n      useCases\n      contributions {\n        total\n        useCase {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.RequirementTotalsPageDocument,
    "\n  query UseCasesPage($status: UseCaseStatus, $domain: ScientificDomain, $first: Int!, $after: String) {\n    useCases(status: $status, domain: $domain, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UseCaseListEntry\n        }\n      }\n    }\n  }\n": typeof types.UseCasesPageDocument,
    "\n  fragment UseCaseListEntry on UseCase {\n    id\n    title\n    summary\n    status\n    completeness\n    domains\n    workingGroups {\n      id\n      code\n      name\n    }\n    experts {\n      id\n      displayName\n    }\n  }\n": typeof types.UseCaseListEntryFragmentDoc,
    "\n  query WorkingGroupPage($code: String!) {\n    workingGroup(code: $code) {\n      ...SeatActionsGroup\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n      memberCount\n      chairs {\n        id\n        displayName\n        affiliation\n      }\n      topics {\n        id\n        name\n        description\n      }\n      upcomingMeetings(first: 5) {\n        ...OccurrenceItem\n      }\n      documents(first: 10) {\n        totalCount\n        edges {\n          node {\n            ...GroupDocumentItem\n          }\n        }\n      }\n      members(first: 100) {\n        totalCount\n        edges {\n          # Inline, not a fragment: see Seat in group-seats.tsx (the API's cost limit).\n          node {\n            id\n            role\n            status\n            requestedAt\n            joinedAt\n            person {\n              id\n              displayName\n              affiliation\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkingGroupPageDocument,
    "\n  query WorkingGroupsPage($first: Int, $after: ID, $search: String) {\n    workingGroups(first: $first, after: $after, search: $search) {\n      ...WorkingGroupSummary\n    }\n  }\n": typeof types.WorkingGroupsPageDocument,
};
const documents: Documents = {
    "\n  query EditorMarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n": types.EditorMarkdownPreviewDocument,
    "\n  fragment CalendarOccurrence on MeetingOccurrence {\n    originalStartsAt\n    startsAt\n    endsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      recurrence\n      viewerCanManage\n      workingGroup {\n        code\n        name\n      }\n    }\n  }\n": types.CalendarOccurrenceFragmentDoc,
    "\n  fragment GroupDocumentItem on Document {\n    id\n    title\n    kind\n    summary\n    visibility\n    updatedAt\n  }\n": types.GroupDocumentItemFragmentDoc,
    "\n  mutation ApproveMembership($membershipId: ID!) {\n    approveMembership(membershipId: $membershipId) {\n      id\n      status\n      joinedAt\n      workingGroup {\n        id\n        memberCount\n      }\n    }\n  }\n": types.ApproveMembershipDocument,
    "\n  mutation DeclineMembership($membershipId: ID!) {\n    removeMembership(membershipId: $membershipId)\n  }\n": types.DeclineMembershipDocument,
    "\n  query MemberHome($from: DateTime!, $to: DateTime!) {\n    viewer {\n      person {\n        id\n        displayName\n        memberships {\n          id\n          role\n          status\n          requestedAt\n          workingGroup {\n            id\n            code\n            name\n            upcomingMeetings(first: 3) {\n              ...OccurrenceItem\n            }\n            documents(first: 3) {\n              edges {\n                node {\n                  id\n                  title\n                  kind\n                  updatedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    surveys {\n      id\n      slug\n      title\n      status\n      closesAt\n    }\n    calendar(from: $from, to: $to, communityWide: true, first: 4) {\n      ...OccurrenceItem\n    }\n    news(first: 5) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n  }\n": types.MemberHomeDocument,
    "\n  fragment NewsListItem on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    workingGroup {\n      code\n    }\n  }\n": types.NewsListItemFragmentDoc,
    "\n  query PublicHome($from: DateTime!, $to: DateTime!) {\n    community {\n      name\n      mission\n      description\n      phases {\n        name\n        startsOn\n        endsOn\n        description\n      }\n      stats {\n        ...CommunityStatsLine\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    news(first: 3) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n    calendar(from: $from, to: $to, first: 5) {\n      ...OccurrenceItem\n    }\n    faq {\n      id\n      question\n    }\n  }\n": types.PublicHomeDocument,
    "\n  fragment SeatActionsGroup on WorkingGroup {\n    id\n    code\n    name\n    joinPolicy\n    seatLimit\n    memberCount\n    viewerMembership {\n      id\n      role\n      status\n      requestedAt\n      joinedAt\n    }\n  }\n": types.SeatActionsGroupFragmentDoc,
    "\n  mutation JoinWorkingGroup($workingGroupId: ID!) {\n    joinWorkingGroup(workingGroupId: $workingGroupId) {\n      id\n      role\n      status\n      requestedAt\n      joinedAt\n      person {\n        id\n      }\n      workingGroup {\n        id\n        memberCount\n      }\n    }\n  }\n": types.JoinWorkingGroupDocument,
    "\n  mutation LeaveWorkingGroup($workingGroupId: ID!) {\n    leaveWorkingGroup(workingGroupId: $workingGroupId)\n  }\n": types.LeaveWorkingGroupDocument,
    "\n  fragment CommunityStatsLine on CommunityStats {\n    participants\n    people\n    members\n    workingGroups\n  }\n": types.CommunityStatsLineFragmentDoc,
    "\n  fragment WorkingGroupSummary on WorkingGroup {\n    id\n    code\n    name\n    description\n    joinPolicy\n    seatLimit\n    memberCount\n    chairs {\n      id\n      displayName\n    }\n    topics {\n      id\n      name\n    }\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n": types.WorkingGroupSummaryFragmentDoc,
    "\n  fragment AttachmentRow on Attachment {\n    id\n    filename\n    size\n    contentType\n    downloadUrl\n    uploadedAt\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": types.AttachmentRowFragmentDoc,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": types.DeleteAttachmentDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": types.DeleteDocumentDocument,
    "\n  fragment DeletedDocument on Document {\n    id\n    title\n    kind\n    visibility\n    deletedAt\n    author {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": types.DeletedDocumentFragmentDoc,
    "\n  query DocumentConflictCurrent($id: ID!) {\n    document(id: $id) {\n      ...DocumentFormSource\n      updatedAt\n      versions {\n        version\n        editedAt\n        editedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.DocumentConflictCurrentDocument,
    "\n  fragment DocumentFormSource on Document {\n    id\n    version\n    title\n    summary\n    body\n    kind\n    visibility\n    tags\n    externalUrl\n    workingGroups {\n      id\n      code\n    }\n    topics {\n      id\n    }\n  }\n": types.DocumentFormSourceFragmentDoc,
    "\n  fragment DocumentFormGroup on WorkingGroup {\n    id\n    code\n    name\n    viewerMembership {\n      id\n      status\n    }\n    topics {\n      id\n      name\n    }\n  }\n": types.DocumentFormGroupFragmentDoc,
    "\n  fragment DocumentFormOptions on Query {\n    workingGroups {\n      ...DocumentFormGroup\n    }\n    documentLimits {\n      attachmentMaxBytes\n      bodyMaxBytes\n    }\n  }\n": types.DocumentFormOptionsFragmentDoc,
    "\n  mutation PostDocument($input: DocumentInput!) {\n    postDocument(input: $input) {\n      id\n      title\n    }\n  }\n": types.PostDocumentDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: DocumentInput!, $expectedVersion: Int!) {\n    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      title\n      version\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  query DocumentTagSuggestions($prefix: String) {\n    documentTags(prefix: $prefix, first: 10) {\n      tag\n      count\n    }\n  }\n": types.DocumentTagSuggestionsDocument,
    "\n  fragment DocumentRow on Document {\n    id\n    title\n    kind\n    visibility\n    tags\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      code\n    }\n    attachments {\n      id\n    }\n  }\n": types.DocumentRowFragmentDoc,
    "\n  query LibraryOptions($author: ID!, $withAuthor: Boolean!) {\n    workingGroups {\n      id\n      code\n      name\n    }\n    person(id: $author) @include(if: $withAuthor) {\n      id\n      displayName\n    }\n    documentTags(first: 30) {\n      tag\n    }\n  }\n": types.LibraryOptionsDocument,
    "\n  query AuthorPicker($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n": types.AuthorPickerDocument,
    "\n  mutation RestoreDocument($id: ID!) {\n    restoreDocument(id: $id) {\n      id\n      title\n      deletedAt\n    }\n  }\n": types.RestoreDocumentDocument,
    "\n  query SearchSuggestions($query: String!) {\n    searchDocuments(query: $query, first: 6) {\n      hits {\n        document {\n          id\n          title\n          kind\n        }\n      }\n    }\n  }\n": types.SearchSuggestionsDocument,
    "\n  fragment VersionEntry on DocumentVersion {\n    version\n    editedAt\n    editedBy {\n      id\n      displayName\n    }\n  }\n": types.VersionEntryFragmentDoc,
    "\n  fragment ExpertiseEditable on Person {\n    id\n    expertiseVisibility\n    expertise {\n      level\n      term {\n        id\n        kind\n        label\n      }\n    }\n  }\n": types.ExpertiseEditableFragmentDoc,
    "\n  mutation SetMyExpertise($input: MyExpertiseInput!) {\n    setMyExpertise(input: $input) {\n      ...ExpertiseEditable\n    }\n  }\n": types.SetMyExpertiseDocument,
    "\n  query OfficeExpertiseTags($search: String) {\n    expertiseTerms(kind: TAG, search: $search, first: 100) {\n      id\n      label\n      peopleCount\n    }\n  }\n": types.OfficeExpertiseTagsDocument,
    "\n  mutation MergeExpertiseTags($sourceIds: [ID!]!, $targetId: ID!) {\n    mergeExpertiseTags(sourceIds: $sourceIds, targetId: $targetId) {\n      id\n      label\n      peopleCount\n    }\n  }\n": types.MergeExpertiseTagsDocument,
    "\n  mutation RenameExpertiseTag($id: ID!, $label: String!) {\n    renameExpertiseTag(id: $id, label: $label) {\n      id\n      label\n      peopleCount\n    }\n  }\n": types.RenameExpertiseTagDocument,
    "\n  fragment ExpertiseTermOption on ExpertiseTerm {\n    id\n    kind\n    label\n    peopleCount\n  }\n": types.ExpertiseTermOptionFragmentDoc,
    "\n  query ExpertiseTermSearch($search: String, $kind: ExpertiseTermKind, $first: Int) {\n    expertiseTerms(search: $search, kind: $kind, first: $first) {\n      ...ExpertiseTermOption\n    }\n  }\n": types.ExpertiseTermSearchDocument,
    "\n  fragment FaqEditorEntry on FaqEntry {\n    id\n    question\n    answer\n    position\n  }\n": types.FaqEditorEntryFragmentDoc,
    "\n  mutation SetFaq($entries: [FaqEntryInput!]!) {\n    setFaq(entries: $entries) {\n      id\n      question\n      answer\n      answerHtml\n      position\n    }\n  }\n": types.SetFaqDocument,
    "\n  fragment InitiativeGroupEntry on InitiativeGroup {\n    id\n    name\n    description\n    linkedWorkingGroups {\n      id\n      code\n      name\n    }\n    members {\n      id\n      displayName\n      affiliation\n    }\n    peopleInBoth {\n      id\n    }\n  }\n": types.InitiativeGroupEntryFragmentDoc,
    "\n  mutation LinkInitiativeGroup($group: ID!, $workingGroup: ID!) {\n    linkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {\n      ...InitiativeGroupEntry\n    }\n  }\n": types.LinkInitiativeGroupDocument,
    "\n  mutation UnlinkInitiativeGroup($group: ID!, $workingGroup: ID!) {\n    unlinkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {\n      ...InitiativeGroupEntry\n    }\n  }\n": types.UnlinkInitiativeGroupDocument,
    "\n  mutation MarkInitiativeMember($group: ID!, $person: ID!) {\n    markInitiativeMember(initiativeGroupId: $group, personId: $person) {\n      ...InitiativeGroupEntry\n    }\n  }\n": types.MarkInitiativeMemberDocument,
    "\n  mutation UnmarkInitiativeMember($group: ID!, $person: ID!) {\n    unmarkInitiativeMember(initiativeGroupId: $group, personId: $person) {\n      ...InitiativeGroupEntry\n    }\n  }\n": types.UnmarkInitiativeMemberDocument,
    "\n  mutation RemoveInitiativeGroup($id: ID!) {\n    removeInitiativeGroup(id: $id) {\n      id\n      groups {\n        ...InitiativeGroupEntry\n      }\n    }\n  }\n": types.RemoveInitiativeGroupDocument,
    "\n  mutation AddInitiativeGroup($initiative: ID!, $input: InitiativeGroupInput!) {\n    addInitiativeGroup(initiativeId: $initiative, input: $input) {\n      id\n    }\n  }\n": types.AddInitiativeGroupDocument,
    "\n  mutation CreateReportTarget($input: ReportTargetInput!) {\n    createReportTarget(input: $input) {\n      id\n    }\n  }\n": types.CreateReportTargetDocument,
    "\n  fragment TargetEntry on ReportTarget {\n    id\n    name\n    description\n    url\n    dueDate\n    daysLeft\n    initiative {\n      id\n      slug\n      name\n    }\n  }\n": types.TargetEntryFragmentDoc,
    "\n  mutation RemoveReportTarget($id: ID!) {\n    removeReportTarget(id: $id)\n  }\n": types.RemoveReportTargetDocument,
    "\n  query TargetsDueSoon($days: Int!) {\n    reportTargets(dueWithinDays: $days) {\n      id\n      name\n      dueDate\n      daysLeft\n      initiative {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.TargetsDueSoonDocument,
    "\n  mutation SetAgenda($meetingId: ID!, $items: [AgendaItemInput!]!) {\n    setAgenda(meetingId: $meetingId, items: $items) {\n      id\n      agenda {\n        ...AgendaEntry\n      }\n    }\n  }\n": types.SetAgendaDocument,
    "\n  query AgendaDocumentSearch($query: String!) {\n    searchDocuments(query: $query, first: 8) {\n      hits {\n        document {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.AgendaDocumentSearchDocument,
    "\n  query PresenterSearch($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n": types.PresenterSearchDocument,
    "\n  query PresenterSuggestions($meetingId: ID!, $title: String!) {\n    presenterSuggestions(meetingId: $meetingId, title: $title, first: 5) {\n      reasons\n      person {\n        id\n        displayName\n        affiliation\n      }\n    }\n  }\n": types.PresenterSuggestionsDocument,
    "\n  fragment AgendaEntry on AgendaItem {\n    id\n    position\n    title\n    presenter\n    presenterPerson {\n      id\n      displayName\n    }\n    durationMinutes\n    documents {\n      id\n      title\n    }\n  }\n": types.AgendaEntryFragmentDoc,
    "\n  fragment AttendanceAnswer on Attendance {\n    occurrenceStartsAt\n    response\n    respondedAt\n    person {\n      id\n      displayName\n    }\n  }\n": types.AttendanceAnswerFragmentDoc,
    "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  query MeetingConflicts($input: MeetingInput!) {\n    meetingConflicts(input: $input) {\n      occurrence {\n        startsAt\n        endsAt\n        originalStartsAt\n        meeting {\n          id\n          title\n          timeZone\n          workingGroup {\n            id\n            code\n          }\n        }\n      }\n      sharedMembers {\n        id\n        displayName\n      }\n    }\n  }\n": types.MeetingConflictsDocument,
    "\n  fragment MeetingDate on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n  }\n": types.MeetingDateFragmentDoc,
    "\n  query MeetingOccurrencesPreview($input: MeetingInput!) {\n    meetingOccurrencesPreview(input: $input, first: 5) {\n      startsAt\n      endsAt\n    }\n  }\n": types.MeetingOccurrencesPreviewDocument,
    "\n  mutation ScheduleMeeting($input: MeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  query MeetingExceptionsDropped($id: ID!, $input: MeetingInput!) {\n    meetingExceptionsDropped(id: $id, input: $input) {\n      startsAt\n      endsAt\n      originalStartsAt\n      cancelled\n    }\n  }\n": types.MeetingExceptionsDroppedDocument,
    "\n  fragment MeetingFormGroup on WorkingGroup {\n    id\n    code\n    name\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n": types.MeetingFormGroupFragmentDoc,
    "\n  fragment MinutesSource on Meeting {\n    id\n    minutes\n    workingGroup {\n      id\n      code\n    }\n  }\n": types.MinutesSourceFragmentDoc,
    "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes) {\n      id\n      minutes\n      minutesHtml\n    }\n  }\n": types.RecordMinutesDocument,
    "\n  mutation CancelOccurrence($id: ID!, $occurrenceStartsAt: DateTime!) {\n    cancelMeeting(id: $id, occurrenceStartsAt: $occurrenceStartsAt) {\n      id\n      status\n    }\n  }\n": types.CancelOccurrenceDocument,
    "\n  mutation RescheduleOccurrence(\n    $id: ID!\n    $occurrenceStartsAt: DateTime!\n    $startsAt: DateTime!\n    $endsAt: DateTime!\n  ) {\n    rescheduleOccurrence(\n      id: $id\n      occurrenceStartsAt: $occurrenceStartsAt\n      startsAt: $startsAt\n      endsAt: $endsAt\n    ) {\n      id\n      status\n    }\n  }\n": types.RescheduleOccurrenceDocument,
    "\n  fragment OccurrenceItem on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      workingGroup {\n        code\n      }\n    }\n  }\n": types.OccurrenceItemFragmentDoc,
    "\n  fragment RsvpMeeting on Meeting {\n    id\n    title\n    status\n    recurrence\n    seriesResponse: viewerResponse\n  }\n": types.RsvpMeetingFragmentDoc,
    "\n  mutation RespondToMeeting($meetingId: ID!, $occurrenceStartsAt: DateTime, $response: RsvpResponse!) {\n    respondToMeeting(meetingId: $meetingId, occurrenceStartsAt: $occurrenceStartsAt, response: $response) {\n      occurrenceStartsAt\n      response\n      respondedAt\n    }\n  }\n": types.RespondToMeetingDocument,
    "\n  fragment NewsActionsItem on NewsItem {\n    id\n    title\n    pinned\n    viewerCanManage\n  }\n": types.NewsActionsItemFragmentDoc,
    "\n  query NewsForPin($id: ID!) {\n    newsItem(id: $id) {\n      id\n      title\n      body\n      pinned\n      workingGroup {\n        id\n      }\n    }\n  }\n": types.NewsForPinDocument,
    "\n  mutation PinNews($id: ID!, $input: NewsInput!) {\n    updateNews(id: $id, input: $input) {\n      id\n      pinned\n    }\n  }\n": types.PinNewsDocument,
    "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(id: $id)\n  }\n": types.DeleteNewsDocument,
    "\n  fragment NewsEntry on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    bodyHtml\n    author {\n      id\n      displayName\n    }\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n": types.NewsEntryFragmentDoc,
    "\n  mutation PublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      title\n    }\n  }\n": types.PublishNewsDocument,
    "\n  mutation UpdateNews($id: ID!, $input: NewsInput!) {\n    updateNews(id: $id, input: $input) {\n      id\n      title\n      pinned\n    }\n  }\n": types.UpdateNewsDocument,
    "\n  fragment AdmissionEntry on Person {\n    id\n    displayName\n    affiliation\n    email\n    joinedAt\n    lastSignedInAt\n  }\n": types.AdmissionEntryFragmentDoc,
    "\n  mutation AdmitMembers($personIds: [ID!]!) {\n    admitMembers(personIds: $personIds) {\n      id\n      role\n      roleSource\n    }\n  }\n": types.AdmitMembersDocument,
    "\n  query OfficeDigestPreview($personId: ID!, $frequency: DigestFrequency!) {\n    digestPreview(personId: $personId, frequency: $frequency) {\n      periodStart\n      periodEnd\n      subscribed\n      empty\n      mail {\n        subject\n        html\n        text\n      }\n    }\n  }\n": types.OfficeDigestPreviewDocument,
    "\n  mutation OfficeRunDigest($frequency: DigestFrequency!) {\n    runDigest(frequency: $frequency) {\n      id\n      ...DigestRunFields\n    }\n  }\n": types.OfficeRunDigestDocument,
    "\n  fragment DigestRunFields on DigestRun {\n    id\n    frequency\n    periodStart\n    periodEnd\n    status\n    startedAt\n    finishedAt\n    delivery {\n      recipients\n      sent\n      failed\n      pending\n    }\n  }\n": types.DigestRunFieldsFragmentDoc,
    "\n  mutation OfficeAddChair($group: ID!, $person: ID!) {\n    addMember(workingGroupId: $group, personId: $person, role: CHAIR) {\n      id\n      role\n      status\n    }\n  }\n": types.OfficeAddChairDocument,
    "\n  mutation OfficeSetSeatRole($membership: ID!, $role: MembershipRole!) {\n    setMembershipRole(membershipId: $membership, role: $role) {\n      id\n      role\n      status\n    }\n  }\n": types.OfficeSetSeatRoleDocument,
    "\n  query OfficeGroupHistory($code: String!, $first: Int, $after: String) {\n    workingGroup(code: $code) {\n      id\n      seatHistory(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            role\n            occurredAt\n            person {\n              id\n              displayName\n            }\n            actor {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OfficeGroupHistoryDocument,
    "\n  mutation OfficeAddTopic($group: ID!, $name: String!, $description: String) {\n    addTopic(workingGroupId: $group, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n": types.OfficeAddTopicDocument,
    "\n  mutation OfficeUpdateTopic($id: ID!, $name: String!, $description: String) {\n    updateTopic(id: $id, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n": types.OfficeUpdateTopicDocument,
    "\n  mutation OfficeRemoveTopic($id: ID!) {\n    removeTopic(id: $id)\n  }\n": types.OfficeRemoveTopicDocument,
    "\n  mutation DraftNewsletter($input: NewsletterInput!) {\n    draftNewsletter(input: $input) {\n      id\n      subject\n      body\n      status\n    }\n  }\n": types.DraftNewsletterDocument,
    "\n  mutation UpdateNewsletter($id: ID!, $input: NewsletterInput!) {\n    updateNewsletter(id: $id, input: $input) {\n      id\n      subject\n      body\n      status\n    }\n  }\n": types.UpdateNewsletterDocument,
    "\n  mutation SendTestNewsletter($id: ID!, $to: EmailAddress!) {\n    sendTestNewsletter(id: $id, to: $to)\n  }\n": types.SendTestNewsletterDocument,
    "\n  mutation SendNewsletter($id: ID!, $at: DateTime) {\n    sendNewsletter(id: $id, at: $at) {\n      id\n      status\n      scheduledFor\n    }\n  }\n": types.SendNewsletterDocument,
    "\n  query NewsletterRecipientCount {\n    newsletterSubscribers {\n      confirmed\n    }\n  }\n": types.NewsletterRecipientCountDocument,
    "\n  fragment NewsletterDeliveryFields on NewsletterIssue {\n    id\n    status\n    delivery {\n      recipients\n      sent\n      failed\n      pending\n    }\n  }\n": types.NewsletterDeliveryFieldsFragmentDoc,
    "\n  query NewsletterPreview($input: NewsletterInput!) {\n    newsletterPreview(input: $input) {\n      subject\n      html\n      text\n    }\n  }\n": types.NewsletterPreviewDocument,
    "\n  fragment DirectoryPerson on Person {\n    id\n    displayName\n    affiliation\n    email\n    role\n    roleSource\n    joinedAt\n    lastSignedInAt\n    identities {\n      provider\n      subject\n      email\n    }\n    memberships {\n      id\n      role\n      status\n      workingGroup {\n        id\n        code\n      }\n    }\n  }\n": types.DirectoryPersonFragmentDoc,
    "\n  mutation SetPlatformRole($personId: ID!, $role: PlatformRole!) {\n    setPlatformRole(personId: $personId, role: $role) {\n      id\n      role\n      roleSource\n    }\n  }\n": types.SetPlatformRoleDocument,
    "\n  fragment PersonCard on Person {\n    id\n    displayName\n    affiliation\n    memberships {\n      id\n      role\n      status\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    expertise {\n      level\n      term {\n        id\n        label\n      }\n    }\n  }\n": types.PersonCardFragmentDoc,
    "\n  fragment AccountErasureFields on AccountErasure {\n    requestedAt\n    erasesAt\n  }\n": types.AccountErasureFieldsFragmentDoc,
    "\n  fragment ErasureBlockerFields on ErasureBlocker {\n    reason\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n": types.ErasureBlockerFieldsFragmentDoc,
    "\n  mutation RequestAccountErasure($confirmEmail: String!) {\n    requestAccountErasure(confirmEmail: $confirmEmail) {\n      ...AccountErasureFields\n    }\n  }\n": types.RequestAccountErasureDocument,
    "\n  mutation CancelAccountErasure {\n    cancelAccountErasure\n  }\n": types.CancelAccountErasureDocument,
    "\n  fragment DataExportRow on DataExport {\n    id\n    requestedAt\n    readyAt\n    expiresAt\n    downloaded\n    outcome\n  }\n": types.DataExportRowFragmentDoc,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportRow\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  fragment DataRequestRecordRow on DataRequestRecord {\n    id\n    kind\n    person {\n      id\n      displayName\n    }\n    personLabel\n    requestedAt\n    completedAt\n    outcome\n  }\n": types.DataRequestRecordRowFragmentDoc,
    "\n  query ReportComments($id: ID!) {\n    report(id: $id) {\n      id\n      viewerCanEdit\n      openComments\n      comments {\n        ...ReportCommentThread\n      }\n    }\n  }\n": types.ReportCommentsDocument,
    "\n  fragment ReportCommentFields on ReportComment {\n    id\n    bodyHtml\n    createdAt\n    resolved\n    resolvedAt\n    parentId\n    author {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n    section {\n      id\n    }\n    recommendation {\n      id\n    }\n  }\n": types.ReportCommentFieldsFragmentDoc,
    "\n  fragment ReportCommentThread on ReportComment {\n    ...ReportCommentFields\n    replies {\n      ...ReportCommentFields\n    }\n  }\n": types.ReportCommentThreadFragmentDoc,
    "\n  mutation AddReportComment($input: ReportCommentInput!) {\n    addReportComment(input: $input) {\n      ...ReportCommentFields\n    }\n  }\n": types.AddReportCommentDocument,
    "\n  mutation ResolveReportComment($id: ID!) {\n    resolveReportComment(id: $id) {\n      ...ReportCommentFields\n    }\n  }\n": types.ResolveReportCommentDocument,
    "\n  mutation ReopenReportComment($id: ID!) {\n    reopenReportComment(id: $id) {\n      ...ReportCommentFields\n    }\n  }\n": types.ReopenReportCommentDocument,
    "\n  fragment ReportCoveragePanel on ReportCoverage {\n    cited\n    total\n    uncited {\n      kind\n      label\n      sourcePath\n    }\n  }\n": types.ReportCoveragePanelFragmentDoc,
    "\n  query ReportDetailsOptions {\n    workingGroups {\n      id\n      code\n      name\n    }\n    reportTargets {\n      id\n      name\n      dueDate\n      initiative {\n        id\n        name\n      }\n    }\n  }\n": types.ReportDetailsOptionsDocument,
    "\n  mutation UpdateReportDetails($id: ID!, $input: ReportInput!) {\n    updateReport(id: $id, input: $input) {\n      id\n      ...EditorReportDetails\n    }\n  }\n": types.UpdateReportDetailsDocument,
    "\n  mutation SetReportEditors($id: ID!, $personIds: [ID!]!) {\n    setReportEditors(id: $id, personIds: $personIds) {\n      id\n      ...EditorReportDetails\n    }\n  }\n": types.SetReportEditorsDocument,
    "\n  fragment EditorReportDetails on Report {\n    title\n    kind\n    dueDate\n    target {\n      id\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    editors {\n      id\n      displayName\n    }\n    namedEditors {\n      id\n      displayName\n      affiliation\n    }\n  }\n": types.EditorReportDetailsFragmentDoc,
    "\n  mutation AddReportSection($reportId: ID!, $input: ReportSectionInput!, $position: Int) {\n    addReportSection(reportId: $reportId, input: $input, position: $position) {\n      id\n      number\n      title\n    }\n  }\n": types.AddReportSectionDocument,
    "\n  fragment EditorRecommendation on Recommendation {\n    id\n    number\n    statement\n    rationale\n    rationaleHtml\n    priority\n    version\n    updatedAt\n    evidence {\n      ...EditorEvidence\n    }\n  }\n": types.EditorRecommendationFragmentDoc,
    "\n  mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {\n    updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...EditorRecommendation\n    }\n  }\n": types.UpdateRecommendationDocument,
    "\n  mutation MoveRecommendation($id: ID!, $sectionId: ID!, $position: Int!) {\n    moveRecommendation(id: $id, sectionId: $sectionId, position: $position) {\n      id\n    }\n  }\n": types.MoveRecommendationDocument,
    "\n  mutation RemoveRecommendation($id: ID!) {\n    removeRecommendation(id: $id) {\n      id\n    }\n  }\n": types.RemoveRecommendationDocument,
    "\n  query EditReportPage($id: ID!) {\n    report(id: $id) {\n      id\n      title\n      kind\n      status\n      viewerCanEdit\n      changedEvidence\n      ...EditorReportDetails\n      sections {\n        ...EditorSection\n      }\n      coverage {\n        ...ReportCoveragePanel\n      }\n    }\n  }\n": types.EditReportPageDocument,
    "\n  fragment EditorSection on ReportSection {\n    id\n    number\n    title\n    body\n    bodyHtml\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n    recommendations {\n      ...EditorRecommendation\n    }\n  }\n": types.EditorSectionFragmentDoc,
    "\n  mutation UpdateReportSection($id: ID!, $input: ReportSectionInput!, $expectedVersion: Int!) {\n    updateReportSection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      title\n      body\n      bodyHtml\n      version\n      updatedAt\n    }\n  }\n": types.UpdateReportSectionDocument,
    "\n  mutation MoveReportSection($id: ID!, $position: Int!) {\n    moveReportSection(id: $id, position: $position) {\n      id\n    }\n  }\n": types.MoveReportSectionDocument,
    "\n  mutation RemoveReportSection($id: ID!) {\n    removeReportSection(id: $id) {\n      id\n    }\n  }\n": types.RemoveReportSectionDocument,
    "\n  mutation AddRecommendation($sectionId: ID!, $input: RecommendationInput!) {\n    addRecommendation(sectionId: $sectionId, input: $input) {\n      id\n      number\n    }\n  }\n": types.AddRecommendationDocument,
    "\n  fragment EditorEvidence on Evidence {\n    id\n    kind\n    visible\n    label\n    note\n    sourcePath\n    changed\n    linkedAt\n    confirmedAt\n    snapshot {\n      takenAt\n      summary\n      excerpt\n    }\n    live {\n      takenAt\n      summary\n      excerpt\n    }\n  }\n": types.EditorEvidenceFragmentDoc,
    "\n  mutation ReconfirmEvidence($id: ID!) {\n    reconfirmEvidence(id: $id) {\n      ...EditorEvidence\n    }\n  }\n": types.ReconfirmEvidenceDocument,
    "\n  mutation UnlinkEvidence($id: ID!) {\n    unlinkEvidence(id: $id) {\n      id\n    }\n  }\n": types.UnlinkEvidenceDocument,
    "\n  fragment EvidencePreviewFigures on EvidenceFigures {\n    takenAt\n    summary\n    questionText\n    responses\n    shown\n    answered\n    mean\n    options {\n      key\n      label\n      count\n      ratio\n    }\n    title\n    excerpt\n    version\n    updatedAt\n  }\n": types.EvidencePreviewFiguresFragmentDoc,
    "\n  query EvidenceCandidates($query: String!, $kinds: [EvidenceKind!]) {\n    evidenceCandidates(query: $query, kinds: $kinds, first: 30) {\n      kind\n      label\n      detail\n      surveySlug\n      questionKey\n      useCaseId\n      useCasePart\n      requirementId\n      documentId\n      documentVersion\n      meetingId\n    }\n  }\n": types.EvidenceCandidatesDocument,
    "\n  query EvidencePreview($input: EvidenceInput!) {\n    evidencePreview(input: $input) {\n      ...EvidencePreviewFigures\n    }\n  }\n": types.EvidencePreviewDocument,
    "\n  query EvidencePickerSurvey($slug: String!) {\n    survey(slug: $slug) {\n      id\n      slug\n      title\n      responseCount\n      sections {\n        key\n        questions {\n          key\n          text\n          kind\n          allowOther\n          options {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n": types.EvidencePickerSurveyDocument,
    "\n  mutation LinkEvidence($recommendationId: ID!, $input: EvidenceInput!) {\n    linkEvidence(recommendationId: $recommendationId, input: $input) {\n      ...EditorEvidence\n    }\n  }\n": types.LinkEvidenceDocument,
    "\n  mutation OpenReviewRound($reportId: ID!, $reviewerIds: [ID!]!, $note: String) {\n    openReviewRound(reportId: $reportId, reviewerIds: $reviewerIds, note: $note) {\n      id\n      number\n      reviewers {\n        id\n        displayName\n      }\n    }\n  }\n": types.OpenReviewRoundDocument,
    "\n  mutation PublishReport($id: ID!, $visibility: Visibility!) {\n    publishReport(id: $id, visibility: $visibility) {\n      id\n      status\n      document {\n        id\n        title\n      }\n    }\n  }\n": types.PublishReportDocument,
    "\n  fragment ReportEvidenceNote on Evidence {\n    id\n    kind\n    visible\n    label\n    note\n    sourcePath\n    changed\n    confirmedAt\n    snapshot {\n      takenAt\n      summary\n    }\n    live {\n      takenAt\n      summary\n    }\n  }\n": types.ReportEvidenceNoteFragmentDoc,
    "\n  fragment ReportReadSection on ReportSection {\n    id\n    number\n    title\n    bodyHtml\n    recommendations {\n      id\n      number\n      statement\n      rationaleHtml\n      priority\n      evidence {\n        ...ReportEvidenceNote\n      }\n    }\n  }\n": types.ReportReadSectionFragmentDoc,
    "\n  fragment AccessTokenRow on AccessToken {\n    id\n    name\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": types.AccessTokenRowFragmentDoc,
    "\n  mutation CreateAccessToken($name: String!, $expiresAt: DateTime) {\n    createAccessToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      token {\n        ...AccessTokenRow\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n": types.RevokeAccessTokenDocument,
    "\n  fragment EmailSettings on NotificationSettings {\n    digest\n    meetingReminders\n    newsletter\n  }\n": types.EmailSettingsFragmentDoc,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...EmailSettings\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  fragment ProfileEditable on Person {\n    id\n    displayName\n    affiliation\n    country\n    orcid\n    bio\n    timeZone\n    email\n    role\n  }\n": types.ProfileEditableFragmentDoc,
    "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileEditable\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SaveSurveyDraft($slug: String!, $answers: [AnswerInput!]!) {\n    saveSurveyDraft(slug: $slug, answers: $answers) {\n      id\n      submittedAt\n    }\n  }\n": types.SaveSurveyDraftDocument,
    "\n  fragment SurveyEditorSource on Survey {\n    id\n    slug\n    title\n    description\n    status\n    anonymous\n    opensAt\n    closesAt\n    responseCount\n    sections {\n      ...SurveyFormSectionFields\n      questions {\n        resultMeasure\n      }\n    }\n  }\n": types.SurveyEditorSourceFragmentDoc,
    "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyEditorSource\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      ...SurveyEditorSource\n    }\n  }\n": types.UpdateSurveyDocument,
    "\n  mutation OpenSurvey($id: ID!) {\n    openSurvey(id: $id) {\n      id\n      status\n      responseCount\n    }\n  }\n": types.OpenSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      responseCount\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  fragment QuestionResultView on QuestionResult {\n    shown\n    answered\n    noAnswer\n    mean\n    texts(first: 50)\n    options {\n      key\n      label\n      count\n      ratio\n      share\n    }\n    question {\n      key\n      text\n      kind\n      resultMeasure\n      scaleMin\n      scaleMax\n    }\n  }\n": types.QuestionResultViewFragmentDoc,
    "\n  mutation SubmitSurveyResponse($slug: String!, $answers: [AnswerInput!]!) {\n    submitSurveyResponse(slug: $slug, answers: $answers) {\n      id\n      submittedAt\n    }\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  fragment SurveyFormSectionFields on SurveySection {\n    key\n    position\n    title\n    description\n    showIf {\n      questionKey\n      anyOf\n    }\n    questions {\n      key\n      kind\n      text\n      required\n      allowOther\n      options {\n        key\n        label\n      }\n      scaleMin\n      scaleMax\n      showIf {\n        questionKey\n        anyOf\n      }\n    }\n  }\n": types.SurveyFormSectionFieldsFragmentDoc,
    "\n  query ExpertSuggestions($id: ID!) {\n    useCase(id: $id) {\n      id\n      expertSuggestions(first: 8) {\n        score\n        reasons\n        person {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n": types.ExpertSuggestionsDocument,
    "\n  query ExpertPicker($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n": types.ExpertPickerDocument,
    "\n  fragment RequirementRow on Requirement {\n    id\n    category\n    metric\n    value\n    unit\n    year\n    note\n  }\n": types.RequirementRowFragmentDoc,
    "\n  mutation SetUseCaseStatus($id: ID!, $status: UseCaseStatus!) {\n    setUseCaseStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.SetUseCaseStatusDocument,
    "\n  mutation ProposeUseCase($input: UseCaseInput!) {\n    proposeUseCase(input: $input) {\n      id\n      title\n    }\n  }\n": types.ProposeUseCaseDocument,
    "\n  mutation UpdateUseCase($id: ID!, $input: UseCaseInput!) {\n    updateUseCase(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateUseCaseDocument,
    "\n  mutation SetUseCaseRequirements($id: ID!, $requirements: [RequirementInput!]!) {\n    setUseCaseRequirements(id: $id, requirements: $requirements) {\n      id\n    }\n  }\n": types.SetUseCaseRequirementsDocument,
    "\n  query Shell {\n    community {\n      name\n      shortName\n    }\n    authProviders {\n      id\n      name\n      loginUrl\n    }\n    viewer {\n      person {\n        id\n        displayName\n        role\n        timeZone\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  query CalendarPage($from: DateTime!, $to: DateTime!, $workingGroupCodes: [String!], $mine: Boolean) {\n    calendar(from: $from, to: $to, workingGroupCodes: $workingGroupCodes, mine: $mine) {\n      ...CalendarOccurrence\n    }\n    workingGroups {\n      id\n      code\n      name\n      ...MeetingFormGroup\n    }\n    viewer {\n      calendarFeedUrl\n    }\n  }\n": types.CalendarPageDocument,
    "\n  query EditDocumentPage($id: ID!) {\n    document(id: $id) {\n      ...DocumentFormSource\n      viewerCanEdit\n      viewerCanDelete\n      attachments {\n        ...AttachmentRow\n      }\n    }\n    ...DocumentFormOptions\n  }\n": types.EditDocumentPageDocument,
    "\n  query DocumentPage($id: ID!, $withTexts: Boolean!) {\n    document(id: $id) {\n      id\n      viewerCanEdit\n      viewerCanDelete\n      title\n      kind\n      visibility\n      summary\n      bodyHtml\n      externalUrl\n      tags\n      version\n      createdAt\n      updatedAt\n      author {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      topics {\n        id\n        name\n      }\n      attachments {\n        ...AttachmentRow\n      }\n      versions {\n        ...VersionEntry\n        title @include(if: $withTexts)\n        summary @include(if: $withTexts)\n        body @include(if: $withTexts)\n      }\n      linkedFrom {\n        meeting {\n          id\n          title\n          startsAt\n          timeZone\n        }\n        agendaItem {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.DocumentPageDocument,
    "\n  query DeletedDocumentsPage($first: Int!, $after: String) {\n    deletedDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DeletedDocument\n        }\n      }\n    }\n  }\n": types.DeletedDocumentsPageDocument,
    "\n  query NewDocumentPage {\n    ...DocumentFormOptions\n  }\n": types.NewDocumentPageDocument,
    "\n  query LibraryPage($filter: DocumentFilter, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DocumentRow\n        }\n      }\n    }\n  }\n": types.LibraryPageDocument,
    "\n  query EditFaqPage {\n    faq {\n      ...FaqEditorEntry\n    }\n  }\n": types.EditFaqPageDocument,
    "\n  query FaqPage {\n    faq {\n      id\n      question\n      answerHtml\n      position\n    }\n  }\n": types.FaqPageDocument,
    "\n  query InitiativePage($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      name\n      url\n      descriptionHtml\n      groups {\n        ...InitiativeGroupEntry\n      }\n      targets {\n        ...TargetEntry\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": types.InitiativePageDocument,
    "\n  query InitiativesPage {\n    initiatives {\n      id\n      slug\n      name\n      url\n      descriptionHtml\n      groups {\n        id\n      }\n      targets {\n        id\n        name\n        dueDate\n        daysLeft\n      }\n    }\n    reportTargets {\n      ...TargetEntry\n    }\n  }\n": types.InitiativesPageDocument,
    "\n  query EditMeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      status\n      visibility\n      timeZone\n      startsAt\n      endsAt\n      recurrence\n      location\n      videoConferenceUrl\n      viewerCanManage\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": types.EditMeetingPageDocument,
    "\n  query MeetingPage(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $around: DateTime!\n    $aroundEnd: DateTime!\n    $withOccurrence: Boolean!\n  ) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      status\n      visibility\n      timeZone\n      startsAt\n      endsAt\n      recurrence\n      location\n      videoConferenceUrl\n      minutesHtml\n      viewerCanManage\n      organizer {\n        id\n        displayName\n      }\n      workingGroup {\n        id\n        code\n        name\n      }\n      upcoming: occurrences(from: $from, to: $to) {\n        ...MeetingDate\n      }\n      selected: occurrences(from: $around, to: $aroundEnd) @include(if: $withOccurrence) {\n        ...MeetingDate\n      }\n      agenda {\n        ...AgendaEntry\n      }\n      attendance {\n        ...AttendanceAnswer\n      }\n      ...RsvpMeeting\n      ...MinutesSource\n    }\n  }\n": types.MeetingPageDocument,
    "\n  query NewMeetingPage {\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": types.NewMeetingPageDocument,
    "\n  query EditNewsPage($id: ID!) {\n    newsItem(id: $id) {\n      id\n      title\n      body\n      pinned\n      viewerCanManage\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": types.EditNewsPageDocument,
    "\n  query NewsItemPage($id: ID!) {\n    newsItem(id: $id) {\n      ...NewsArticle\n      ...NewsActionsItem\n    }\n  }\n": types.NewsItemPageDocument,
    "\n  fragment NewsArticle on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    bodyHtml\n    author {\n      id\n      displayName\n      affiliation\n    }\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n": types.NewsArticleFragmentDoc,
    "\n  query NewNewsPage {\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": types.NewNewsPageDocument,
    "\n  query NewsPage($first: Int!, $after: String) {\n    news(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NewsEntry\n          ...NewsActionsItem\n        }\n      }\n    }\n    # Whether the viewer chairs a group (and so may write news), as the scheduling form asks.\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n": types.NewsPageDocument,
    "\n  mutation SubscribeToNewsletter($email: EmailAddress!) {\n    subscribeToNewsletter(email: $email)\n  }\n": types.SubscribeToNewsletterDocument,
    "\n  query OfficeAdmissions {\n    pendingAdmissions {\n      ...AdmissionEntry\n    }\n  }\n": types.OfficeAdmissionsDocument,
    "\n  fragment OfficeCommunityFields on Community {\n    name\n    shortName\n    mission\n    description\n    phases {\n      name\n      startsOn\n      endsOn\n      description\n    }\n  }\n": types.OfficeCommunityFieldsFragmentDoc,
    "\n  query OfficeCommunity {\n    community {\n      ...OfficeCommunityFields\n    }\n  }\n": types.OfficeCommunityDocument,
    "\n  mutation OfficeUpdateCommunity($input: CommunityInput!) {\n    updateCommunity(input: $input) {\n      ...OfficeCommunityFields\n    }\n  }\n": types.OfficeUpdateCommunityDocument,
    "\n  query OfficeDataRequests($first: Int!, $after: String) {\n    dataRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DataRequestRecordRow\n        }\n      }\n    }\n  }\n": types.OfficeDataRequestsDocument,
    "\n  query OfficeDigestsPage {\n    digestRuns(first: 20) {\n      id\n      status\n      ...DigestRunFields\n    }\n    weekly: digestPeriod(frequency: WEEKLY) {\n      periodStart\n      periodEnd\n      run {\n        id\n        startedAt\n      }\n    }\n    daily: digestPeriod(frequency: DAILY) {\n      periodStart\n      periodEnd\n      run {\n        id\n        startedAt\n      }\n    }\n  }\n": types.OfficeDigestsPageDocument,
    "\n  query OfficeOverview {\n    pendingAdmissions {\n      id\n    }\n    newsletterSubscribers {\n      confirmed\n      pending\n      unsubscribed\n    }\n    newsletterIssues(first: 1) {\n      edges {\n        node {\n          id\n          subject\n          status\n          sentAt\n          scheduledFor\n          delivery {\n            recipients\n            sent\n            failed\n            pending\n          }\n        }\n      }\n    }\n    digestRuns(first: 1) {\n      ...DigestRunFields\n    }\n  }\n": types.OfficeOverviewDocument,
    "\n  query OfficeNewsletterIssuePage($id: ID!) {\n    newsletterIssue(id: $id) {\n      subject\n      body\n      scheduledFor\n      sentAt\n      ...NewsletterDeliveryFields\n    }\n    viewer {\n      person {\n        id\n        email\n      }\n    }\n  }\n": types.OfficeNewsletterIssuePageDocument,
    "\n  query OfficeNewNewsletterPage {\n    viewer {\n      person {\n        id\n        email\n      }\n    }\n  }\n": types.OfficeNewNewsletterPageDocument,
    "\n  query OfficeNewsletterPage {\n    newsletterSubscribers {\n      confirmed\n      pending\n      unsubscribed\n    }\n    newsletterIssues(first: 50) {\n      totalCount\n      edges {\n        node {\n          subject\n          scheduledFor\n          sentAt\n          ...NewsletterDeliveryFields\n        }\n      }\n    }\n  }\n": types.OfficeNewsletterPageDocument,
    "\n  query OfficePeople($search: String, $first: Int, $after: String) {\n    authProviders {\n      id\n      name\n    }\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DirectoryPerson\n        }\n      }\n    }\n  }\n": types.OfficePeopleDocument,
    "\n  query OfficeGroup($code: String!) {\n    workingGroup(code: $code) {\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n      topics {\n        id\n        name\n        description\n      }\n      members(first: 100) {\n        edges {\n          node {\n            id\n            role\n            status\n            person {\n              id\n              displayName\n              affiliation\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OfficeGroupDocument,
    "\n  mutation OfficeUpdateGroup($id: ID!, $input: WorkingGroupInput!) {\n    updateWorkingGroup(id: $id, input: $input) {\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n    }\n  }\n": types.OfficeUpdateGroupDocument,
    "\n  mutation OfficeCreateGroup($input: WorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      code\n    }\n  }\n": types.OfficeCreateGroupDocument,
    "\n  query OfficeGroups {\n    workingGroups {\n      id\n      code\n      name\n      joinPolicy\n      seatLimit\n      memberCount\n      chairs {\n        id\n        displayName\n      }\n    }\n    communityGrowth {\n      month\n      participants\n      people\n    }\n  }\n": types.OfficeGroupsDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      affiliation\n      country\n      orcid\n      bio\n      domains\n      memberships {\n        id\n        role\n        status\n        workingGroup {\n          id\n          code\n          name\n        }\n      }\n      expertise {\n        level\n        term {\n          id\n          label\n        }\n      }\n      expertiseVisibility\n      authoredDocuments(first: 20) {\n        id\n        title\n        kind\n        updatedAt\n      }\n      expertOnUseCases {\n        id\n        title\n        status\n      }\n      presentingAt(first: 20) {\n        meeting {\n          id\n          title\n          startsAt\n          timeZone\n        }\n        agendaItem {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query PeopleGroups {\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": types.PeopleGroupsDocument,
    "\n  query PeopleTerm($expertise: String!) {\n    expertiseTerms(search: $expertise, first: 20) {\n      id\n      label\n    }\n  }\n": types.PeopleTermDocument,
    "\n  query PeoplePage(\n    $search: String\n    $workingGroupId: ID\n    $domain: ScientificDomain\n    $termId: ID\n    $level: ExpertiseLevel\n    $first: Int\n    $after: String\n  ) {\n    people(\n      search: $search\n      workingGroupId: $workingGroupId\n      domain: $domain\n      termId: $termId\n      level: $level\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonCard\n        }\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  query ReportPage($id: ID!) {\n    report(id: $id) {\n      id\n      title\n      kind\n      status\n      dueDate\n      updatedAt\n      viewerCanEdit\n      openComments\n      changedEvidence\n      target {\n        id\n        name\n        dueDate\n        initiative {\n          id\n          name\n        }\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      editors {\n        id\n        displayName\n      }\n      document {\n        id\n        title\n      }\n      publications {\n        number\n        documentVersion\n        visibility\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n      }\n      reviewRounds {\n        id\n        number\n        openedAt\n        closedAt\n        reviewers {\n          id\n          displayName\n        }\n      }\n      sections {\n        ...ReportReadSection\n      }\n    }\n  }\n": types.ReportPageDocument,
    "\n  query NewReportPage {\n    workingGroups {\n      id\n      code\n      name\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n    reportTargets {\n      id\n      name\n      dueDate\n      initiative {\n        id\n        name\n      }\n    }\n  }\n": types.NewReportPageDocument,
    "\n  mutation CreateReport($input: ReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n": types.CreateReportDocument,
    "\n  query ReportsPage($status: ReportStatus, $workingGroupId: ID, $first: Int!, $after: String) {\n    reports(status: $status, workingGroupId: $workingGroupId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReportListEntry\n        }\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n": types.ReportsPageDocument,
    "\n  fragment ReportListEntry on Report {\n    id\n    title\n    kind\n    status\n    dueDate\n    openComments\n    target {\n      id\n      name\n      dueDate\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": types.ReportListEntryFragmentDoc,
    "\n  query SearchPage($query: String!, $filter: DocumentFilter) {\n    searchDocuments(query: $query, filter: $filter, first: 50) {\n      totalCount\n      hits {\n        headline\n        document {\n          ...DocumentRow\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SettingsCalendar {\n    viewer {\n      calendarFeedUrl\n      calendarFeedWebcalUrl\n    }\n  }\n": types.SettingsCalendarDocument,
    "\n  mutation RotateCalendarFeedUrl {\n    rotateCalendarFeedUrl\n  }\n": types.RotateCalendarFeedUrlDocument,
    "\n  query SettingsData {\n    viewer {\n      person {\n        id\n        email\n      }\n      dataExports {\n        ...DataExportRow\n      }\n      accountErasure {\n        ...AccountErasureFields\n      }\n      erasureBlockers {\n        ...ErasureBlockerFields\n      }\n    }\n  }\n": types.SettingsDataDocument,
    "\n  query SettingsEmail {\n    viewer {\n      person {\n        id\n        email\n      }\n      notificationSettings {\n        ...EmailSettings\n      }\n    }\n  }\n": types.SettingsEmailDocument,
    "\n  query SettingsExpertise {\n    viewer {\n      person {\n        ...ExpertiseEditable\n      }\n    }\n  }\n": types.SettingsExpertiseDocument,
    "\n  query SettingsIdentities {\n    authProviders {\n      id\n      name\n    }\n    viewer {\n      identities {\n        provider\n        subject\n        email\n        linkedAt\n        lastLoginAt\n      }\n    }\n  }\n": types.SettingsIdentitiesDocument,
    "\n  query SettingsProfile {\n    viewer {\n      person {\n        ...ProfileEditable\n      }\n    }\n  }\n": types.SettingsProfileDocument,
    "\n  query SettingsTokens {\n    viewer {\n      accessTokens {\n        ...AccessTokenRow\n      }\n    }\n  }\n": types.SettingsTokensDocument,
    "\n  query EditSurveyPage($slug: String!) {\n    survey(slug: $slug) {\n      ...SurveyEditorSource\n    }\n  }\n": types.EditSurveyPageDocument,
    "\n  query SurveyResultsPage($slug: String!, $where: [AnswerFilter!]) {\n    surveyResults(slug: $slug, where: $where) {\n      responses\n      survey {\n        id\n        slug\n        title\n        status\n        closesAt\n        responseCount\n        sections {\n          key\n          title\n          showIf {\n            questionKey\n          }\n          questions {\n            key\n            text\n            kind\n            allowOther\n            showIf {\n              questionKey\n            }\n            options {\n              key\n              label\n            }\n          }\n        }\n      }\n      questions {\n        question {\n          key\n        }\n        ...QuestionResultView\n      }\n    }\n  }\n": types.SurveyResultsPageDocument,
    "\n  query SurveyAnswerPage($slug: String!, $signedIn: Boolean!) {\n    survey(slug: $slug) {\n      id\n      slug\n      title\n      description\n      status\n      anonymous\n      opensAt\n      closesAt\n      responseCount\n      sections {\n        ...SurveyFormSectionFields\n      }\n    }\n    viewerSurveyResponse(slug: $slug) @include(if: $signedIn) {\n      id\n      submittedAt\n      answers {\n        questionKey\n        optionKeys\n        otherText\n        text\n        number\n      }\n    }\n  }\n": types.SurveyAnswerPageDocument,
    "\n  query SurveysPage {\n    surveys {\n      id\n      slug\n      title\n      status\n      anonymous\n      opensAt\n      closesAt\n      responseCount\n    }\n  }\n": types.SurveysPageDocument,
    "\n  query EditUseCasePage($id: ID!) {\n    useCase(id: $id) {\n      id\n      title\n      summary\n      domains\n      viewerCanEdit\n      experts {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n      }\n      parts {\n        key\n        markdown\n      }\n      requirements {\n        ...RequirementRow\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": types.EditUseCasePageDocument,
    "\n  query UseCasePage($id: ID!) {\n    useCase(id: $id) {\n      id\n      title\n      summary\n      status\n      completeness\n      domains\n      updatedAt\n      viewerCanEdit\n      createdBy {\n        id\n        displayName\n      }\n      experts {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      parts {\n        key\n        html\n      }\n      requirements {\n        ...RequirementRow\n      }\n    }\n  }\n": types.UseCasePageDocument,
    "\n  query NewUseCasePage {\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n": types.NewUseCasePageDocument,
    "\n  query RequirementTotalsPage {\n    requirementTotals {\n      category\n      metric\n      year\n      unit\n      total\n      useCases\n      contributions {\n        total\n        useCase {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.RequirementTotalsPageDocument,
    "\n  query UseCasesPage($status: UseCaseStatus, $domain: ScientificDomain, $first: Int!, $after: String) {\n    useCases(status: $status, domain: $domain, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UseCaseListEntry\n        }\n      }\n    }\n  }\n": types.UseCasesPageDocument,
    "\n  fragment UseCaseListEntry on UseCase {\n    id\n    title\n    summary\n    status\n    completeness\n    domains\n    workingGroups {\n      id\n      code\n      name\n    }\n    experts {\n      id\n      displayName\n    }\n  }\n": types.UseCaseListEntryFragmentDoc,
    "\n  query WorkingGroupPage($code: String!) {\n    workingGroup(code: $code) {\n      ...SeatActionsGroup\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n      memberCount\n      chairs {\n        id\n        displayName\n        affiliation\n      }\n      topics {\n        id\n        name\n        description\n      }\n      upcomingMeetings(first: 5) {\n        ...OccurrenceItem\n      }\n      documents(first: 10) {\n        totalCount\n        edges {\n          node {\n            ...GroupDocumentItem\n          }\n        }\n      }\n      members(first: 100) {\n        totalCount\n        edges {\n          # Inline, not a fragment: see Seat in group-seats.tsx (the API's cost limit).\n          node {\n            id\n            role\n            status\n            requestedAt\n            joinedAt\n            person {\n              id\n              displayName\n              affiliation\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WorkingGroupPageDocument,
    "\n  query WorkingGroupsPage($first: Int, $after: ID, $search: String) {\n    workingGroups(first: $first, after: $after, search: $search) {\n      ...WorkingGroupSummary\n    }\n  }\n": types.WorkingGroupsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorMarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query EditorMarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarOccurrence on MeetingOccurrence {\n    originalStartsAt\n    startsAt\n    endsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      recurrence\n      viewerCanManage\n      workingGroup {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarOccurrence on MeetingOccurrence {\n    originalStartsAt\n    startsAt\n    endsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      recurrence\n      viewerCanManage\n      workingGroup {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupDocumentItem on Document {\n    id\n    title\n    kind\n    summary\n    visibility\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment GroupDocumentItem on Document {\n    id\n    title\n    kind\n    summary\n    visibility\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($membershipId: ID!) {\n    approveMembership(membershipId: $membershipId) {\n      id\n      status\n      joinedAt\n      workingGroup {\n        id\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMembership($membershipId: ID!) {\n    approveMembership(membershipId: $membershipId) {\n      id\n      status\n      joinedAt\n      workingGroup {\n        id\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMembership($membershipId: ID!) {\n    removeMembership(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation DeclineMembership($membershipId: ID!) {\n    removeMembership(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHome($from: DateTime!, $to: DateTime!) {\n    viewer {\n      person {\n        id\n        displayName\n        memberships {\n          id\n          role\n          status\n          requestedAt\n          workingGroup {\n            id\n            code\n            name\n            upcomingMeetings(first: 3) {\n              ...OccurrenceItem\n            }\n            documents(first: 3) {\n              edges {\n                node {\n                  id\n                  title\n                  kind\n                  updatedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    surveys {\n      id\n      slug\n      title\n      status\n      closesAt\n    }\n    calendar(from: $from, to: $to, communityWide: true, first: 4) {\n      ...OccurrenceItem\n    }\n    news(first: 5) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberHome($from: DateTime!, $to: DateTime!) {\n    viewer {\n      person {\n        id\n        displayName\n        memberships {\n          id\n          role\n          status\n          requestedAt\n          workingGroup {\n            id\n            code\n            name\n            upcomingMeetings(first: 3) {\n              ...OccurrenceItem\n            }\n            documents(first: 3) {\n              edges {\n                node {\n                  id\n                  title\n                  kind\n                  updatedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    surveys {\n      id\n      slug\n      title\n      status\n      closesAt\n    }\n    calendar(from: $from, to: $to, communityWide: true, first: 4) {\n      ...OccurrenceItem\n    }\n    news(first: 5) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsListItem on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    workingGroup {\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment NewsListItem on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    workingGroup {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicHome($from: DateTime!, $to: DateTime!) {\n    community {\n      name\n      mission\n      description\n      phases {\n        name\n        startsOn\n        endsOn\n        description\n      }\n      stats {\n        ...CommunityStatsLine\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    news(first: 3) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n    calendar(from: $from, to: $to, first: 5) {\n      ...OccurrenceItem\n    }\n    faq {\n      id\n      question\n    }\n  }\n"): (typeof documents)["\n  query PublicHome($from: DateTime!, $to: DateTime!) {\n    community {\n      name\n      mission\n      description\n      phases {\n        name\n        startsOn\n        endsOn\n        description\n      }\n      stats {\n        ...CommunityStatsLine\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    news(first: 3) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n    calendar(from: $from, to: $to, first: 5) {\n      ...OccurrenceItem\n    }\n    faq {\n      id\n      question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatActionsGroup on WorkingGroup {\n    id\n    code\n    name\n    joinPolicy\n    seatLimit\n    memberCount\n    viewerMembership {\n      id\n      role\n      status\n      requestedAt\n      joinedAt\n    }\n  }\n"): (typeof documents)["\n  fragment SeatActionsGroup on WorkingGroup {\n    id\n    code\n    name\n    joinPolicy\n    seatLimit\n    memberCount\n    viewerMembership {\n      id\n      role\n      status\n      requestedAt\n      joinedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWorkingGroup($workingGroupId: ID!) {\n    joinWorkingGroup(workingGroupId: $workingGroupId) {\n      id\n      role\n      status\n      requestedAt\n      joinedAt\n      person {\n        id\n      }\n      workingGroup {\n        id\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWorkingGroup($workingGroupId: ID!) {\n    joinWorkingGroup(workingGroupId: $workingGroupId) {\n      id\n      role\n      status\n      requestedAt\n      joinedAt\n      person {\n        id\n      }\n      workingGroup {\n        id\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWorkingGroup($workingGroupId: ID!) {\n    leaveWorkingGroup(workingGroupId: $workingGroupId)\n  }\n"): (typeof documents)["\n  mutation LeaveWorkingGroup($workingGroupId: ID!) {\n    leaveWorkingGroup(workingGroupId: $workingGroupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityStatsLine on CommunityStats {\n    participants\n    people\n    members\n    workingGroups\n  }\n"): (typeof documents)["\n  fragment CommunityStatsLine on CommunityStats {\n    participants\n    people\n    members\n    workingGroups\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingGroupSummary on WorkingGroup {\n    id\n    code\n    name\n    description\n    joinPolicy\n    seatLimit\n    memberCount\n    chairs {\n      id\n      displayName\n    }\n    topics {\n      id\n      name\n    }\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment WorkingGroupSummary on WorkingGroup {\n    id\n    code\n    name\n    description\n    joinPolicy\n    seatLimit\n    memberCount\n    chairs {\n      id\n      displayName\n    }\n    topics {\n      id\n      name\n    }\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentRow on Attachment {\n    id\n    filename\n    size\n    contentType\n    downloadUrl\n    uploadedAt\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AttachmentRow on Attachment {\n    id\n    filename\n    size\n    contentType\n    downloadUrl\n    uploadedAt\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeletedDocument on Document {\n    id\n    title\n    kind\n    visibility\n    deletedAt\n    author {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DeletedDocument on Document {\n    id\n    title\n    kind\n    visibility\n    deletedAt\n    author {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentConflictCurrent($id: ID!) {\n    document(id: $id) {\n      ...DocumentFormSource\n      updatedAt\n      versions {\n        version\n        editedAt\n        editedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentConflictCurrent($id: ID!) {\n    document(id: $id) {\n      ...DocumentFormSource\n      updatedAt\n      versions {\n        version\n        editedAt\n        editedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFormSource on Document {\n    id\n    version\n    title\n    summary\n    body\n    kind\n    visibility\n    tags\n    externalUrl\n    workingGroups {\n      id\n      code\n    }\n    topics {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFormSource on Document {\n    id\n    version\n    title\n    summary\n    body\n    kind\n    visibility\n    tags\n    externalUrl\n    workingGroups {\n      id\n      code\n    }\n    topics {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFormGroup on WorkingGroup {\n    id\n    code\n    name\n    viewerMembership {\n      id\n      status\n    }\n    topics {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFormGroup on WorkingGroup {\n    id\n    code\n    name\n    viewerMembership {\n      id\n      status\n    }\n    topics {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFormOptions on Query {\n    workingGroups {\n      ...DocumentFormGroup\n    }\n    documentLimits {\n      attachmentMaxBytes\n      bodyMaxBytes\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFormOptions on Query {\n    workingGroups {\n      ...DocumentFormGroup\n    }\n    documentLimits {\n      attachmentMaxBytes\n      bodyMaxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostDocument($input: DocumentInput!) {\n    postDocument(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation PostDocument($input: DocumentInput!) {\n    postDocument(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($id: ID!, $input: DocumentInput!, $expectedVersion: Int!) {\n    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($id: ID!, $input: DocumentInput!, $expectedVersion: Int!) {\n    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentTagSuggestions($prefix: String) {\n    documentTags(prefix: $prefix, first: 10) {\n      tag\n      count\n    }\n  }\n"): (typeof documents)["\n  query DocumentTagSuggestions($prefix: String) {\n    documentTags(prefix: $prefix, first: 10) {\n      tag\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentRow on Document {\n    id\n    title\n    kind\n    visibility\n    tags\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      code\n    }\n    attachments {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentRow on Document {\n    id\n    title\n    kind\n    visibility\n    tags\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      code\n    }\n    attachments {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryOptions($author: ID!, $withAuthor: Boolean!) {\n    workingGroups {\n      id\n      code\n      name\n    }\n    person(id: $author) @include(if: $withAuthor) {\n      id\n      displayName\n    }\n    documentTags(first: 30) {\n      tag\n    }\n  }\n"): (typeof documents)["\n  query LibraryOptions($author: ID!, $withAuthor: Boolean!) {\n    workingGroups {\n      id\n      code\n      name\n    }\n    person(id: $author) @include(if: $withAuthor) {\n      id\n      displayName\n    }\n    documentTags(first: 30) {\n      tag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorPicker($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorPicker($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDocument($id: ID!) {\n    restoreDocument(id: $id) {\n      id\n      title\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDocument($id: ID!) {\n    restoreDocument(id: $id) {\n      id\n      title\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestions($query: String!) {\n    searchDocuments(query: $query, first: 6) {\n      hits {\n        document {\n          id\n          title\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSuggestions($query: String!) {\n    searchDocuments(query: $query, first: 6) {\n      hits {\n        document {\n          id\n          title\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VersionEntry on DocumentVersion {\n    version\n    editedAt\n    editedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment VersionEntry on DocumentVersion {\n    version\n    editedAt\n    editedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertiseEditable on Person {\n    id\n    expertiseVisibility\n    expertise {\n      level\n      term {\n        id\n        kind\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ExpertiseEditable on Person {\n    id\n    expertiseVisibility\n    expertise {\n      level\n      term {\n        id\n        kind\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyExpertise($input: MyExpertiseInput!) {\n    setMyExpertise(input: $input) {\n      ...ExpertiseEditable\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyExpertise($input: MyExpertiseInput!) {\n    setMyExpertise(input: $input) {\n      ...ExpertiseEditable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeExpertiseTags($search: String) {\n    expertiseTerms(kind: TAG, search: $search, first: 100) {\n      id\n      label\n      peopleCount\n    }\n  }\n"): (typeof documents)["\n  query OfficeExpertiseTags($search: String) {\n    expertiseTerms(kind: TAG, search: $search, first: 100) {\n      id\n      label\n      peopleCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeExpertiseTags($sourceIds: [ID!]!, $targetId: ID!) {\n    mergeExpertiseTags(sourceIds: $sourceIds, targetId: $targetId) {\n      id\n      label\n      peopleCount\n    }\n  }\n"): (typeof documents)["\n  mutation MergeExpertiseTags($sourceIds: [ID!]!, $targetId: ID!) {\n    mergeExpertiseTags(sourceIds: $sourceIds, targetId: $targetId) {\n      id\n      label\n      peopleCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameExpertiseTag($id: ID!, $label: String!) {\n    renameExpertiseTag(id: $id, label: $label) {\n      id\n      label\n      peopleCount\n    }\n  }\n"): (typeof documents)["\n  mutation RenameExpertiseTag($id: ID!, $label: String!) {\n    renameExpertiseTag(id: $id, label: $label) {\n      id\n      label\n      peopleCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertiseTermOption on ExpertiseTerm {\n    id\n    kind\n    label\n    peopleCount\n  }\n"): (typeof documents)["\n  fragment ExpertiseTermOption on ExpertiseTerm {\n    id\n    kind\n    label\n    peopleCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertiseTermSearch($search: String, $kind: ExpertiseTermKind, $first: Int) {\n    expertiseTerms(search: $search, kind: $kind, first: $first) {\n      ...ExpertiseTermOption\n    }\n  }\n"): (typeof documents)["\n  query ExpertiseTermSearch($search: String, $kind: ExpertiseTermKind, $first: Int) {\n    expertiseTerms(search: $search, kind: $kind, first: $first) {\n      ...ExpertiseTermOption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaqEditorEntry on FaqEntry {\n    id\n    question\n    answer\n    position\n  }\n"): (typeof documents)["\n  fragment FaqEditorEntry on FaqEntry {\n    id\n    question\n    answer\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFaq($entries: [FaqEntryInput!]!) {\n    setFaq(entries: $entries) {\n      id\n      question\n      answer\n      answerHtml\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation SetFaq($entries: [FaqEntryInput!]!) {\n    setFaq(entries: $entries) {\n      id\n      question\n      answer\n      answerHtml\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeGroupEntry on InitiativeGroup {\n    id\n    name\n    description\n    linkedWorkingGroups {\n      id\n      code\n      name\n    }\n    members {\n      id\n      displayName\n      affiliation\n    }\n    peopleInBoth {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeGroupEntry on InitiativeGroup {\n    id\n    name\n    description\n    linkedWorkingGroups {\n      id\n      code\n      name\n    }\n    members {\n      id\n      displayName\n      affiliation\n    }\n    peopleInBoth {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkInitiativeGroup($group: ID!, $workingGroup: ID!) {\n    linkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {\n      ...InitiativeGroupEntry\n    }\n  }\n"): (typeof documents)["\n  mutation LinkInitiativeGroup($group: ID!, $workingGroup: ID!) {\n    linkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {\n      ...InitiativeGroupEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkInitiativeGroup($group: ID!, $workingGroup: ID!) {\n    unlinkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {\n      ...InitiativeGroupEntry\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkInitiativeGroup($group: ID!, $workingGroup: ID!) {\n    unlinkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {\n      ...InitiativeGroupEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInitiativeMember($group: ID!, $person: ID!) {\n    markInitiativeMember(initiativeGroupId: $group, personId: $person) {\n      ...InitiativeGroupEntry\n    }\n  }\n"): (typeof documents)["\n  mutation MarkInitiativeMember($group: ID!, $person: ID!) {\n    markInitiativeMember(initiativeGroupId: $group, personId: $person) {\n      ...InitiativeGroupEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmarkInitiativeMember($group: ID!, $person: ID!) {\n    unmarkInitiativeMember(initiativeGroupId: $group, personId: $person) {\n      ...InitiativeGroupEntry\n    }\n  }\n"): (typeof documents)["\n  mutation UnmarkInitiativeMember($group: ID!, $person: ID!) {\n    unmarkInitiativeMember(initiativeGroupId: $group, personId: $person) {\n      ...InitiativeGroupEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveInitiativeGroup($id: ID!) {\n    removeInitiativeGroup(id: $id) {\n      id\n      groups {\n        ...InitiativeGroupEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveInitiativeGroup($id: ID!) {\n    removeInitiativeGroup(id: $id) {\n      id\n      groups {\n        ...InitiativeGroupEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInitiativeGroup($initiative: ID!, $input: InitiativeGroupInput!) {\n    addInitiativeGroup(initiativeId: $initiative, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddInitiativeGroup($initiative: ID!, $input: InitiativeGroupInput!) {\n    addInitiativeGroup(initiativeId: $initiative, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReportTarget($input: ReportTargetInput!) {\n    createReportTarget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReportTarget($input: ReportTargetInput!) {\n    createReportTarget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetEntry on ReportTarget {\n    id\n    name\n    description\n    url\n    dueDate\n    daysLeft\n    initiative {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TargetEntry on ReportTarget {\n    id\n    name\n    description\n    url\n    dueDate\n    daysLeft\n    initiative {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReportTarget($id: ID!) {\n    removeReportTarget(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveReportTarget($id: ID!) {\n    removeReportTarget(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetsDueSoon($days: Int!) {\n    reportTargets(dueWithinDays: $days) {\n      id\n      name\n      dueDate\n      daysLeft\n      initiative {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetsDueSoon($days: Int!) {\n    reportTargets(dueWithinDays: $days) {\n      id\n      name\n      dueDate\n      daysLeft\n      initiative {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgenda($meetingId: ID!, $items: [AgendaItemInput!]!) {\n    setAgenda(meetingId: $meetingId, items: $items) {\n      id\n      agenda {\n        ...AgendaEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAgenda($meetingId: ID!, $items: [AgendaItemInput!]!) {\n    setAgenda(meetingId: $meetingId, items: $items) {\n      id\n      agenda {\n        ...AgendaEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaDocumentSearch($query: String!) {\n    searchDocuments(query: $query, first: 8) {\n      hits {\n        document {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaDocumentSearch($query: String!) {\n    searchDocuments(query: $query, first: 8) {\n      hits {\n        document {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresenterSearch($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PresenterSearch($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresenterSuggestions($meetingId: ID!, $title: String!) {\n    presenterSuggestions(meetingId: $meetingId, title: $title, first: 5) {\n      reasons\n      person {\n        id\n        displayName\n        affiliation\n      }\n    }\n  }\n"): (typeof documents)["\n  query PresenterSuggestions($meetingId: ID!, $title: String!) {\n    presenterSuggestions(meetingId: $meetingId, title: $title, first: 5) {\n      reasons\n      person {\n        id\n        displayName\n        affiliation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaEntry on AgendaItem {\n    id\n    position\n    title\n    presenter\n    presenterPerson {\n      id\n      displayName\n    }\n    durationMinutes\n    documents {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaEntry on AgendaItem {\n    id\n    position\n    title\n    presenter\n    presenterPerson {\n      id\n      displayName\n    }\n    durationMinutes\n    documents {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceAnswer on Attendance {\n    occurrenceStartsAt\n    response\n    respondedAt\n    person {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AttendanceAnswer on Attendance {\n    occurrenceStartsAt\n    response\n    respondedAt\n    person {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingConflicts($input: MeetingInput!) {\n    meetingConflicts(input: $input) {\n      occurrence {\n        startsAt\n        endsAt\n        originalStartsAt\n        meeting {\n          id\n          title\n          timeZone\n          workingGroup {\n            id\n            code\n          }\n        }\n      }\n      sharedMembers {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingConflicts($input: MeetingInput!) {\n    meetingConflicts(input: $input) {\n      occurrence {\n        startsAt\n        endsAt\n        originalStartsAt\n        meeting {\n          id\n          title\n          timeZone\n          workingGroup {\n            id\n            code\n          }\n        }\n      }\n      sharedMembers {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDate on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n  }\n"): (typeof documents)["\n  fragment MeetingDate on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOccurrencesPreview($input: MeetingInput!) {\n    meetingOccurrencesPreview(input: $input, first: 5) {\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query MeetingOccurrencesPreview($input: MeetingInput!) {\n    meetingOccurrencesPreview(input: $input, first: 5) {\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: MeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: MeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingExceptionsDropped($id: ID!, $input: MeetingInput!) {\n    meetingExceptionsDropped(id: $id, input: $input) {\n      startsAt\n      endsAt\n      originalStartsAt\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  query MeetingExceptionsDropped($id: ID!, $input: MeetingInput!) {\n    meetingExceptionsDropped(id: $id, input: $input) {\n      startsAt\n      endsAt\n      originalStartsAt\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFormGroup on WorkingGroup {\n    id\n    code\n    name\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFormGroup on WorkingGroup {\n    id\n    code\n    name\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesSource on Meeting {\n    id\n    minutes\n    workingGroup {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment MinutesSource on Meeting {\n    id\n    minutes\n    workingGroup {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes) {\n      id\n      minutes\n      minutesHtml\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes) {\n      id\n      minutes\n      minutesHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOccurrence($id: ID!, $occurrenceStartsAt: DateTime!) {\n    cancelMeeting(id: $id, occurrenceStartsAt: $occurrenceStartsAt) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOccurrence($id: ID!, $occurrenceStartsAt: DateTime!) {\n    cancelMeeting(id: $id, occurrenceStartsAt: $occurrenceStartsAt) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleOccurrence(\n    $id: ID!\n    $occurrenceStartsAt: DateTime!\n    $startsAt: DateTime!\n    $endsAt: DateTime!\n  ) {\n    rescheduleOccurrence(\n      id: $id\n      occurrenceStartsAt: $occurrenceStartsAt\n      startsAt: $startsAt\n      endsAt: $endsAt\n    ) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleOccurrence(\n    $id: ID!\n    $occurrenceStartsAt: DateTime!\n    $startsAt: DateTime!\n    $endsAt: DateTime!\n  ) {\n    rescheduleOccurrence(\n      id: $id\n      occurrenceStartsAt: $occurrenceStartsAt\n      startsAt: $startsAt\n      endsAt: $endsAt\n    ) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OccurrenceItem on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      workingGroup {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OccurrenceItem on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      workingGroup {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RsvpMeeting on Meeting {\n    id\n    title\n    status\n    recurrence\n    seriesResponse: viewerResponse\n  }\n"): (typeof documents)["\n  fragment RsvpMeeting on Meeting {\n    id\n    title\n    status\n    recurrence\n    seriesResponse: viewerResponse\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMeeting($meetingId: ID!, $occurrenceStartsAt: DateTime, $response: RsvpResponse!) {\n    respondToMeeting(meetingId: $meetingId, occurrenceStartsAt: $occurrenceStartsAt, response: $response) {\n      occurrenceStartsAt\n      response\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMeeting($meetingId: ID!, $occurrenceStartsAt: DateTime, $response: RsvpResponse!) {\n    respondToMeeting(meetingId: $meetingId, occurrenceStartsAt: $occurrenceStartsAt, response: $response) {\n      occurrenceStartsAt\n      response\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsActionsItem on NewsItem {\n    id\n    title\n    pinned\n    viewerCanManage\n  }\n"): (typeof documents)["\n  fragment NewsActionsItem on NewsItem {\n    id\n    title\n    pinned\n    viewerCanManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsForPin($id: ID!) {\n    newsItem(id: $id) {\n      id\n      title\n      body\n      pinned\n      workingGroup {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewsForPin($id: ID!) {\n    newsItem(id: $id) {\n      id\n      title\n      body\n      pinned\n      workingGroup {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinNews($id: ID!, $input: NewsInput!) {\n    updateNews(id: $id, input: $input) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinNews($id: ID!, $input: NewsInput!) {\n    updateNews(id: $id, input: $input) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNews($id: ID!) {\n    deleteNews(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsEntry on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    bodyHtml\n    author {\n      id\n      displayName\n    }\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NewsEntry on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    bodyHtml\n    author {\n      id\n      displayName\n    }\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNews($id: ID!, $input: NewsInput!) {\n    updateNews(id: $id, input: $input) {\n      id\n      title\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNews($id: ID!, $input: NewsInput!) {\n    updateNews(id: $id, input: $input) {\n      id\n      title\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdmissionEntry on Person {\n    id\n    displayName\n    affiliation\n    email\n    joinedAt\n    lastSignedInAt\n  }\n"): (typeof documents)["\n  fragment AdmissionEntry on Person {\n    id\n    displayName\n    affiliation\n    email\n    joinedAt\n    lastSignedInAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmitMembers($personIds: [ID!]!) {\n    admitMembers(personIds: $personIds) {\n      id\n      role\n      roleSource\n    }\n  }\n"): (typeof documents)["\n  mutation AdmitMembers($personIds: [ID!]!) {\n    admitMembers(personIds: $personIds) {\n      id\n      role\n      roleSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeDigestPreview($personId: ID!, $frequency: DigestFrequency!) {\n    digestPreview(personId: $personId, frequency: $frequency) {\n      periodStart\n      periodEnd\n      subscribed\n      empty\n      mail {\n        subject\n        html\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeDigestPreview($personId: ID!, $frequency: DigestFrequency!) {\n    digestPreview(personId: $personId, frequency: $frequency) {\n      periodStart\n      periodEnd\n      subscribed\n      empty\n      mail {\n        subject\n        html\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeRunDigest($frequency: DigestFrequency!) {\n    runDigest(frequency: $frequency) {\n      id\n      ...DigestRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeRunDigest($frequency: DigestFrequency!) {\n    runDigest(frequency: $frequency) {\n      id\n      ...DigestRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestRunFields on DigestRun {\n    id\n    frequency\n    periodStart\n    periodEnd\n    status\n    startedAt\n    finishedAt\n    delivery {\n      recipients\n      sent\n      failed\n      pending\n    }\n  }\n"): (typeof documents)["\n  fragment DigestRunFields on DigestRun {\n    id\n    frequency\n    periodStart\n    periodEnd\n    status\n    startedAt\n    finishedAt\n    delivery {\n      recipients\n      sent\n      failed\n      pending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeAddChair($group: ID!, $person: ID!) {\n    addMember(workingGroupId: $group, personId: $person, role: CHAIR) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeAddChair($group: ID!, $person: ID!) {\n    addMember(workingGroupId: $group, personId: $person, role: CHAIR) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeSetSeatRole($membership: ID!, $role: MembershipRole!) {\n    setMembershipRole(membershipId: $membership, role: $role) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeSetSeatRole($membership: ID!, $role: MembershipRole!) {\n    setMembershipRole(membershipId: $membership, role: $role) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeGroupHistory($code: String!, $first: Int, $after: String) {\n    workingGroup(code: $code) {\n      id\n      seatHistory(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            role\n            occurredAt\n            person {\n              id\n              displayName\n            }\n            actor {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeGroupHistory($code: String!, $first: Int, $after: String) {\n    workingGroup(code: $code) {\n      id\n      seatHistory(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            role\n            occurredAt\n            person {\n              id\n              displayName\n            }\n            actor {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeAddTopic($group: ID!, $name: String!, $description: String) {\n    addTopic(workingGroupId: $group, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeAddTopic($group: ID!, $name: String!, $description: String) {\n    addTopic(workingGroupId: $group, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeUpdateTopic($id: ID!, $name: String!, $description: String) {\n    updateTopic(id: $id, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeUpdateTopic($id: ID!, $name: String!, $description: String) {\n    updateTopic(id: $id, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeRemoveTopic($id: ID!) {\n    removeTopic(id: $id)\n  }\n"): (typeof documents)["\n  mutation OfficeRemoveTopic($id: ID!) {\n    removeTopic(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftNewsletter($input: NewsletterInput!) {\n    draftNewsletter(input: $input) {\n      id\n      subject\n      body\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DraftNewsletter($input: NewsletterInput!) {\n    draftNewsletter(input: $input) {\n      id\n      subject\n      body\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNewsletter($id: ID!, $input: NewsletterInput!) {\n    updateNewsletter(id: $id, input: $input) {\n      id\n      subject\n      body\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNewsletter($id: ID!, $input: NewsletterInput!) {\n    updateNewsletter(id: $id, input: $input) {\n      id\n      subject\n      body\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestNewsletter($id: ID!, $to: EmailAddress!) {\n    sendTestNewsletter(id: $id, to: $to)\n  }\n"): (typeof documents)["\n  mutation SendTestNewsletter($id: ID!, $to: EmailAddress!) {\n    sendTestNewsletter(id: $id, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNewsletter($id: ID!, $at: DateTime) {\n    sendNewsletter(id: $id, at: $at) {\n      id\n      status\n      scheduledFor\n    }\n  }\n"): (typeof documents)["\n  mutation SendNewsletter($id: ID!, $at: DateTime) {\n    sendNewsletter(id: $id, at: $at) {\n      id\n      status\n      scheduledFor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterRecipientCount {\n    newsletterSubscribers {\n      confirmed\n    }\n  }\n"): (typeof documents)["\n  query NewsletterRecipientCount {\n    newsletterSubscribers {\n      confirmed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsletterDeliveryFields on NewsletterIssue {\n    id\n    status\n    delivery {\n      recipients\n      sent\n      failed\n      pending\n    }\n  }\n"): (typeof documents)["\n  fragment NewsletterDeliveryFields on NewsletterIssue {\n    id\n    status\n    delivery {\n      recipients\n      sent\n      failed\n      pending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterPreview($input: NewsletterInput!) {\n    newsletterPreview(input: $input) {\n      subject\n      html\n      text\n    }\n  }\n"): (typeof documents)["\n  query NewsletterPreview($input: NewsletterInput!) {\n    newsletterPreview(input: $input) {\n      subject\n      html\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryPerson on Person {\n    id\n    displayName\n    affiliation\n    email\n    role\n    roleSource\n    joinedAt\n    lastSignedInAt\n    identities {\n      provider\n      subject\n      email\n    }\n    memberships {\n      id\n      role\n      status\n      workingGroup {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryPerson on Person {\n    id\n    displayName\n    affiliation\n    email\n    role\n    roleSource\n    joinedAt\n    lastSignedInAt\n    identities {\n      provider\n      subject\n      email\n    }\n    memberships {\n      id\n      role\n      status\n      workingGroup {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlatformRole($personId: ID!, $role: PlatformRole!) {\n    setPlatformRole(personId: $personId, role: $role) {\n      id\n      role\n      roleSource\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlatformRole($personId: ID!, $role: PlatformRole!) {\n    setPlatformRole(personId: $personId, role: $role) {\n      id\n      role\n      roleSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCard on Person {\n    id\n    displayName\n    affiliation\n    memberships {\n      id\n      role\n      status\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    expertise {\n      level\n      term {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonCard on Person {\n    id\n    displayName\n    affiliation\n    memberships {\n      id\n      role\n      status\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    expertise {\n      level\n      term {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountErasureFields on AccountErasure {\n    requestedAt\n    erasesAt\n  }\n"): (typeof documents)["\n  fragment AccountErasureFields on AccountErasure {\n    requestedAt\n    erasesAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErasureBlockerFields on ErasureBlocker {\n    reason\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ErasureBlockerFields on ErasureBlocker {\n    reason\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccountErasure($confirmEmail: String!) {\n    requestAccountErasure(confirmEmail: $confirmEmail) {\n      ...AccountErasureFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccountErasure($confirmEmail: String!) {\n    requestAccountErasure(confirmEmail: $confirmEmail) {\n      ...AccountErasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAccountErasure {\n    cancelAccountErasure\n  }\n"): (typeof documents)["\n  mutation CancelAccountErasure {\n    cancelAccountErasure\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataExportRow on DataExport {\n    id\n    requestedAt\n    readyAt\n    expiresAt\n    downloaded\n    outcome\n  }\n"): (typeof documents)["\n  fragment DataExportRow on DataExport {\n    id\n    requestedAt\n    readyAt\n    expiresAt\n    downloaded\n    outcome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportRow\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataRequestRecordRow on DataRequestRecord {\n    id\n    kind\n    person {\n      id\n      displayName\n    }\n    personLabel\n    requestedAt\n    completedAt\n    outcome\n  }\n"): (typeof documents)["\n  fragment DataRequestRecordRow on DataRequestRecord {\n    id\n    kind\n    person {\n      id\n      displayName\n    }\n    personLabel\n    requestedAt\n    completedAt\n    outcome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportComments($id: ID!) {\n    report(id: $id) {\n      id\n      viewerCanEdit\n      openComments\n      comments {\n        ...ReportCommentThread\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportComments($id: ID!) {\n    report(id: $id) {\n      id\n      viewerCanEdit\n      openComments\n      comments {\n        ...ReportCommentThread\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCommentFields on ReportComment {\n    id\n    bodyHtml\n    createdAt\n    resolved\n    resolvedAt\n    parentId\n    author {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n    section {\n      id\n    }\n    recommendation {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ReportCommentFields on ReportComment {\n    id\n    bodyHtml\n    createdAt\n    resolved\n    resolvedAt\n    parentId\n    author {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n    section {\n      id\n    }\n    recommendation {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCommentThread on ReportComment {\n    ...ReportCommentFields\n    replies {\n      ...ReportCommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReportCommentThread on ReportComment {\n    ...ReportCommentFields\n    replies {\n      ...ReportCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReportComment($input: ReportCommentInput!) {\n    addReportComment(input: $input) {\n      ...ReportCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddReportComment($input: ReportCommentInput!) {\n    addReportComment(input: $input) {\n      ...ReportCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReportComment($id: ID!) {\n    resolveReportComment(id: $id) {\n      ...ReportCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReportComment($id: ID!) {\n    resolveReportComment(id: $id) {\n      ...ReportCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenReportComment($id: ID!) {\n    reopenReportComment(id: $id) {\n      ...ReportCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenReportComment($id: ID!) {\n    reopenReportComment(id: $id) {\n      ...ReportCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCoveragePanel on ReportCoverage {\n    cited\n    total\n    uncited {\n      kind\n      label\n      sourcePath\n    }\n  }\n"): (typeof documents)["\n  fragment ReportCoveragePanel on ReportCoverage {\n    cited\n    total\n    uncited {\n      kind\n      label\n      sourcePath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDetailsOptions {\n    workingGroups {\n      id\n      code\n      name\n    }\n    reportTargets {\n      id\n      name\n      dueDate\n      initiative {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportDetailsOptions {\n    workingGroups {\n      id\n      code\n      name\n    }\n    reportTargets {\n      id\n      name\n      dueDate\n      initiative {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReportDetails($id: ID!, $input: ReportInput!) {\n    updateReport(id: $id, input: $input) {\n      id\n      ...EditorReportDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReportDetails($id: ID!, $input: ReportInput!) {\n    updateReport(id: $id, input: $input) {\n      id\n      ...EditorReportDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportEditors($id: ID!, $personIds: [ID!]!) {\n    setReportEditors(id: $id, personIds: $personIds) {\n      id\n      ...EditorReportDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetReportEditors($id: ID!, $personIds: [ID!]!) {\n    setReportEditors(id: $id, personIds: $personIds) {\n      id\n      ...EditorReportDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorReportDetails on Report {\n    title\n    kind\n    dueDate\n    target {\n      id\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    editors {\n      id\n      displayName\n    }\n    namedEditors {\n      id\n      displayName\n      affiliation\n    }\n  }\n"): (typeof documents)["\n  fragment EditorReportDetails on Report {\n    title\n    kind\n    dueDate\n    target {\n      id\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    editors {\n      id\n      displayName\n    }\n    namedEditors {\n      id\n      displayName\n      affiliation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReportSection($reportId: ID!, $input: ReportSectionInput!, $position: Int) {\n    addReportSection(reportId: $reportId, input: $input, position: $position) {\n      id\n      number\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation AddReportSection($reportId: ID!, $input: ReportSectionInput!, $position: Int) {\n    addReportSection(reportId: $reportId, input: $input, position: $position) {\n      id\n      number\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorRecommendation on Recommendation {\n    id\n    number\n    statement\n    rationale\n    rationaleHtml\n    priority\n    version\n    updatedAt\n    evidence {\n      ...EditorEvidence\n    }\n  }\n"): (typeof documents)["\n  fragment EditorRecommendation on Recommendation {\n    id\n    number\n    statement\n    rationale\n    rationaleHtml\n    priority\n    version\n    updatedAt\n    evidence {\n      ...EditorEvidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {\n    updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...EditorRecommendation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {\n    updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...EditorRecommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveRecommendation($id: ID!, $sectionId: ID!, $position: Int!) {\n    moveRecommendation(id: $id, sectionId: $sectionId, position: $position) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveRecommendation($id: ID!, $sectionId: ID!, $position: Int!) {\n    moveRecommendation(id: $id, sectionId: $sectionId, position: $position) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRecommendation($id: ID!) {\n    removeRecommendation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRecommendation($id: ID!) {\n    removeRecommendation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditReportPage($id: ID!) {\n    report(id: $id) {\n      id\n      title\n      kind\n      status\n      viewerCanEdit\n      changedEvidence\n      ...EditorReportDetails\n      sections {\n        ...EditorSection\n      }\n      coverage {\n        ...ReportCoveragePanel\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditReportPage($id: ID!) {\n    report(id: $id) {\n      id\n      title\n      kind\n      status\n      viewerCanEdit\n      changedEvidence\n      ...EditorReportDetails\n      sections {\n        ...EditorSection\n      }\n      coverage {\n        ...ReportCoveragePanel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorSection on ReportSection {\n    id\n    number\n    title\n    body\n    bodyHtml\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n    recommendations {\n      ...EditorRecommendation\n    }\n  }\n"): (typeof documents)["\n  fragment EditorSection on ReportSection {\n    id\n    number\n    title\n    body\n    bodyHtml\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n    recommendations {\n      ...EditorRecommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReportSection($id: ID!, $input: ReportSectionInput!, $expectedVersion: Int!) {\n    updateReportSection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      title\n      body\n      bodyHtml\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReportSection($id: ID!, $input: ReportSectionInput!, $expectedVersion: Int!) {\n    updateReportSection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      title\n      body\n      bodyHtml\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveReportSection($id: ID!, $position: Int!) {\n    moveReportSection(id: $id, position: $position) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveReportSection($id: ID!, $position: Int!) {\n    moveReportSection(id: $id, position: $position) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReportSection($id: ID!) {\n    removeReportSection(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReportSection($id: ID!) {\n    removeReportSection(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecommendation($sectionId: ID!, $input: RecommendationInput!) {\n    addRecommendation(sectionId: $sectionId, input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecommendation($sectionId: ID!, $input: RecommendationInput!) {\n    addRecommendation(sectionId: $sectionId, input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorEvidence on Evidence {\n    id\n    kind\n    visible\n    label\n    note\n    sourcePath\n    changed\n    linkedAt\n    confirmedAt\n    snapshot {\n      takenAt\n      summary\n      excerpt\n    }\n    live {\n      takenAt\n      summary\n      excerpt\n    }\n  }\n"): (typeof documents)["\n  fragment EditorEvidence on Evidence {\n    id\n    kind\n    visible\n    label\n    note\n    sourcePath\n    changed\n    linkedAt\n    confirmedAt\n    snapshot {\n      takenAt\n      summary\n      excerpt\n    }\n    live {\n      takenAt\n      summary\n      excerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReconfirmEvidence($id: ID!) {\n    reconfirmEvidence(id: $id) {\n      ...EditorEvidence\n    }\n  }\n"): (typeof documents)["\n  mutation ReconfirmEvidence($id: ID!) {\n    reconfirmEvidence(id: $id) {\n      ...EditorEvidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkEvidence($id: ID!) {\n    unlinkEvidence(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkEvidence($id: ID!) {\n    unlinkEvidence(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidencePreviewFigures on EvidenceFigures {\n    takenAt\n    summary\n    questionText\n    responses\n    shown\n    answered\n    mean\n    options {\n      key\n      label\n      count\n      ratio\n    }\n    title\n    excerpt\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment EvidencePreviewFigures on EvidenceFigures {\n    takenAt\n    summary\n    questionText\n    responses\n    shown\n    answered\n    mean\n    options {\n      key\n      label\n      count\n      ratio\n    }\n    title\n    excerpt\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceCandidates($query: String!, $kinds: [EvidenceKind!]) {\n    evidenceCandidates(query: $query, kinds: $kinds, first: 30) {\n      kind\n      label\n      detail\n      surveySlug\n      questionKey\n      useCaseId\n      useCasePart\n      requirementId\n      documentId\n      documentVersion\n      meetingId\n    }\n  }\n"): (typeof documents)["\n  query EvidenceCandidates($query: String!, $kinds: [EvidenceKind!]) {\n    evidenceCandidates(query: $query, kinds: $kinds, first: 30) {\n      kind\n      label\n      detail\n      surveySlug\n      questionKey\n      useCaseId\n      useCasePart\n      requirementId\n      documentId\n      documentVersion\n      meetingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePreview($input: EvidenceInput!) {\n    evidencePreview(input: $input) {\n      ...EvidencePreviewFigures\n    }\n  }\n"): (typeof documents)["\n  query EvidencePreview($input: EvidenceInput!) {\n    evidencePreview(input: $input) {\n      ...EvidencePreviewFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePickerSurvey($slug: String!) {\n    survey(slug: $slug) {\n      id\n      slug\n      title\n      responseCount\n      sections {\n        key\n        questions {\n          key\n          text\n          kind\n          allowOther\n          options {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidencePickerSurvey($slug: String!) {\n    survey(slug: $slug) {\n      id\n      slug\n      title\n      responseCount\n      sections {\n        key\n        questions {\n          key\n          text\n          kind\n          allowOther\n          options {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkEvidence($recommendationId: ID!, $input: EvidenceInput!) {\n    linkEvidence(recommendationId: $recommendationId, input: $input) {\n      ...EditorEvidence\n    }\n  }\n"): (typeof documents)["\n  mutation LinkEvidence($recommendationId: ID!, $input: EvidenceInput!) {\n    linkEvidence(recommendationId: $recommendationId, input: $input) {\n      ...EditorEvidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReviewRound($reportId: ID!, $reviewerIds: [ID!]!, $note: String) {\n    openReviewRound(reportId: $reportId, reviewerIds: $reviewerIds, note: $note) {\n      id\n      number\n      reviewers {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReviewRound($reportId: ID!, $reviewerIds: [ID!]!, $note: String) {\n    openReviewRound(reportId: $reportId, reviewerIds: $reviewerIds, note: $note) {\n      id\n      number\n      reviewers {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishReport($id: ID!, $visibility: Visibility!) {\n    publishReport(id: $id, visibility: $visibility) {\n      id\n      status\n      document {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishReport($id: ID!, $visibility: Visibility!) {\n    publishReport(id: $id, visibility: $visibility) {\n      id\n      status\n      document {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportEvidenceNote on Evidence {\n    id\n    kind\n    visible\n    label\n    note\n    sourcePath\n    changed\n    confirmedAt\n    snapshot {\n      takenAt\n      summary\n    }\n    live {\n      takenAt\n      summary\n    }\n  }\n"): (typeof documents)["\n  fragment ReportEvidenceNote on Evidence {\n    id\n    kind\n    visible\n    label\n    note\n    sourcePath\n    changed\n    confirmedAt\n    snapshot {\n      takenAt\n      summary\n    }\n    live {\n      takenAt\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportReadSection on ReportSection {\n    id\n    number\n    title\n    bodyHtml\n    recommendations {\n      id\n      number\n      statement\n      rationaleHtml\n      priority\n      evidence {\n        ...ReportEvidenceNote\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportReadSection on ReportSection {\n    id\n    number\n    title\n    bodyHtml\n    recommendations {\n      id\n      number\n      statement\n      rationaleHtml\n      priority\n      evidence {\n        ...ReportEvidenceNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessTokenRow on AccessToken {\n    id\n    name\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment AccessTokenRow on AccessToken {\n    id\n    name\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($name: String!, $expiresAt: DateTime) {\n    createAccessToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      token {\n        ...AccessTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($name: String!, $expiresAt: DateTime) {\n    createAccessToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      token {\n        ...AccessTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailSettings on NotificationSettings {\n    digest\n    meetingReminders\n    newsletter\n  }\n"): (typeof documents)["\n  fragment EmailSettings on NotificationSettings {\n    digest\n    meetingReminders\n    newsletter\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...EmailSettings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...EmailSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileEditable on Person {\n    id\n    displayName\n    affiliation\n    country\n    orcid\n    bio\n    timeZone\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment ProfileEditable on Person {\n    id\n    displayName\n    affiliation\n    country\n    orcid\n    bio\n    timeZone\n    email\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileEditable\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileEditable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurveyDraft($slug: String!, $answers: [AnswerInput!]!) {\n    saveSurveyDraft(slug: $slug, answers: $answers) {\n      id\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSurveyDraft($slug: String!, $answers: [AnswerInput!]!) {\n    saveSurveyDraft(slug: $slug, answers: $answers) {\n      id\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyEditorSource on Survey {\n    id\n    slug\n    title\n    description\n    status\n    anonymous\n    opensAt\n    closesAt\n    responseCount\n    sections {\n      ...SurveyFormSectionFields\n      questions {\n        resultMeasure\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyEditorSource on Survey {\n    id\n    slug\n    title\n    description\n    status\n    anonymous\n    opensAt\n    closesAt\n    responseCount\n    sections {\n      ...SurveyFormSectionFields\n      questions {\n        resultMeasure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyEditorSource\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyEditorSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      ...SurveyEditorSource\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      ...SurveyEditorSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSurvey($id: ID!) {\n    openSurvey(id: $id) {\n      id\n      status\n      responseCount\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSurvey($id: ID!) {\n    openSurvey(id: $id) {\n      id\n      status\n      responseCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      responseCount\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      responseCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionResultView on QuestionResult {\n    shown\n    answered\n    noAnswer\n    mean\n    texts(first: 50)\n    options {\n      key\n      label\n      count\n      ratio\n      share\n    }\n    question {\n      key\n      text\n      kind\n      resultMeasure\n      scaleMin\n      scaleMax\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionResultView on QuestionResult {\n    shown\n    answered\n    noAnswer\n    mean\n    texts(first: 50)\n    options {\n      key\n      label\n      count\n      ratio\n      share\n    }\n    question {\n      key\n      text\n      kind\n      resultMeasure\n      scaleMin\n      scaleMax\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($slug: String!, $answers: [AnswerInput!]!) {\n    submitSurveyResponse(slug: $slug, answers: $answers) {\n      id\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSurveyResponse($slug: String!, $answers: [AnswerInput!]!) {\n    submitSurveyResponse(slug: $slug, answers: $answers) {\n      id\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFormSectionFields on SurveySection {\n    key\n    position\n    title\n    description\n    showIf {\n      questionKey\n      anyOf\n    }\n    questions {\n      key\n      kind\n      text\n      required\n      allowOther\n      options {\n        key\n        label\n      }\n      scaleMin\n      scaleMax\n      showIf {\n        questionKey\n        anyOf\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyFormSectionFields on SurveySection {\n    key\n    position\n    title\n    description\n    showIf {\n      questionKey\n      anyOf\n    }\n    questions {\n      key\n      kind\n      text\n      required\n      allowOther\n      options {\n        key\n        label\n      }\n      scaleMin\n      scaleMax\n      showIf {\n        questionKey\n        anyOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertSuggestions($id: ID!) {\n    useCase(id: $id) {\n      id\n      expertSuggestions(first: 8) {\n        score\n        reasons\n        person {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertSuggestions($id: ID!) {\n    useCase(id: $id) {\n      id\n      expertSuggestions(first: 8) {\n        score\n        reasons\n        person {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertPicker($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertPicker($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          affiliation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequirementRow on Requirement {\n    id\n    category\n    metric\n    value\n    unit\n    year\n    note\n  }\n"): (typeof documents)["\n  fragment RequirementRow on Requirement {\n    id\n    category\n    metric\n    value\n    unit\n    year\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUseCaseStatus($id: ID!, $status: UseCaseStatus!) {\n    setUseCaseStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetUseCaseStatus($id: ID!, $status: UseCaseStatus!) {\n    setUseCaseStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeUseCase($input: UseCaseInput!) {\n    proposeUseCase(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeUseCase($input: UseCaseInput!) {\n    proposeUseCase(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUseCase($id: ID!, $input: UseCaseInput!) {\n    updateUseCase(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUseCase($id: ID!, $input: UseCaseInput!) {\n    updateUseCase(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUseCaseRequirements($id: ID!, $requirements: [RequirementInput!]!) {\n    setUseCaseRequirements(id: $id, requirements: $requirements) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetUseCaseRequirements($id: ID!, $requirements: [RequirementInput!]!) {\n    setUseCaseRequirements(id: $id, requirements: $requirements) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell {\n    community {\n      name\n      shortName\n    }\n    authProviders {\n      id\n      name\n      loginUrl\n    }\n    viewer {\n      person {\n        id\n        displayName\n        role\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Shell {\n    community {\n      name\n      shortName\n    }\n    authProviders {\n      id\n      name\n      loginUrl\n    }\n    viewer {\n      person {\n        id\n        displayName\n        role\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarPage($from: DateTime!, $to: DateTime!, $workingGroupCodes: [String!], $mine: Boolean) {\n    calendar(from: $from, to: $to, workingGroupCodes: $workingGroupCodes, mine: $mine) {\n      ...CalendarOccurrence\n    }\n    workingGroups {\n      id\n      code\n      name\n      ...MeetingFormGroup\n    }\n    viewer {\n      calendarFeedUrl\n    }\n  }\n"): (typeof documents)["\n  query CalendarPage($from: DateTime!, $to: DateTime!, $workingGroupCodes: [String!], $mine: Boolean) {\n    calendar(from: $from, to: $to, workingGroupCodes: $workingGroupCodes, mine: $mine) {\n      ...CalendarOccurrence\n    }\n    workingGroups {\n      id\n      code\n      name\n      ...MeetingFormGroup\n    }\n    viewer {\n      calendarFeedUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditDocumentPage($id: ID!) {\n    document(id: $id) {\n      ...DocumentFormSource\n      viewerCanEdit\n      viewerCanDelete\n      attachments {\n        ...AttachmentRow\n      }\n    }\n    ...DocumentFormOptions\n  }\n"): (typeof documents)["\n  query EditDocumentPage($id: ID!) {\n    document(id: $id) {\n      ...DocumentFormSource\n      viewerCanEdit\n      viewerCanDelete\n      attachments {\n        ...AttachmentRow\n      }\n    }\n    ...DocumentFormOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentPage($id: ID!, $withTexts: Boolean!) {\n    document(id: $id) {\n      id\n      viewerCanEdit\n      viewerCanDelete\n      title\n      kind\n      visibility\n      summary\n      bodyHtml\n      externalUrl\n      tags\n      version\n      createdAt\n      updatedAt\n      author {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      topics {\n        id\n        name\n      }\n      attachments {\n        ...AttachmentRow\n      }\n      versions {\n        ...VersionEntry\n        title @include(if: $withTexts)\n        summary @include(if: $withTexts)\n        body @include(if: $withTexts)\n      }\n      linkedFrom {\n        meeting {\n          id\n          title\n          startsAt\n          timeZone\n        }\n        agendaItem {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentPage($id: ID!, $withTexts: Boolean!) {\n    document(id: $id) {\n      id\n      viewerCanEdit\n      viewerCanDelete\n      title\n      kind\n      visibility\n      summary\n      bodyHtml\n      externalUrl\n      tags\n      version\n      createdAt\n      updatedAt\n      author {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      topics {\n        id\n        name\n      }\n      attachments {\n        ...AttachmentRow\n      }\n      versions {\n        ...VersionEntry\n        title @include(if: $withTexts)\n        summary @include(if: $withTexts)\n        body @include(if: $withTexts)\n      }\n      linkedFrom {\n        meeting {\n          id\n          title\n          startsAt\n          timeZone\n        }\n        agendaItem {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedDocumentsPage($first: Int!, $after: String) {\n    deletedDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DeletedDocument\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletedDocumentsPage($first: Int!, $after: String) {\n    deletedDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DeletedDocument\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewDocumentPage {\n    ...DocumentFormOptions\n  }\n"): (typeof documents)["\n  query NewDocumentPage {\n    ...DocumentFormOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryPage($filter: DocumentFilter, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DocumentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryPage($filter: DocumentFilter, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DocumentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditFaqPage {\n    faq {\n      ...FaqEditorEntry\n    }\n  }\n"): (typeof documents)["\n  query EditFaqPage {\n    faq {\n      ...FaqEditorEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqPage {\n    faq {\n      id\n      question\n      answerHtml\n      position\n    }\n  }\n"): (typeof documents)["\n  query FaqPage {\n    faq {\n      id\n      question\n      answerHtml\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativePage($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      name\n      url\n      descriptionHtml\n      groups {\n        ...InitiativeGroupEntry\n      }\n      targets {\n        ...TargetEntry\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query InitiativePage($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      name\n      url\n      descriptionHtml\n      groups {\n        ...InitiativeGroupEntry\n      }\n      targets {\n        ...TargetEntry\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativesPage {\n    initiatives {\n      id\n      slug\n      name\n      url\n      descriptionHtml\n      groups {\n        id\n      }\n      targets {\n        id\n        name\n        dueDate\n        daysLeft\n      }\n    }\n    reportTargets {\n      ...TargetEntry\n    }\n  }\n"): (typeof documents)["\n  query InitiativesPage {\n    initiatives {\n      id\n      slug\n      name\n      url\n      descriptionHtml\n      groups {\n        id\n      }\n      targets {\n        id\n        name\n        dueDate\n        daysLeft\n      }\n    }\n    reportTargets {\n      ...TargetEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditMeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      status\n      visibility\n      timeZone\n      startsAt\n      endsAt\n      recurrence\n      location\n      videoConferenceUrl\n      viewerCanManage\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"): (typeof documents)["\n  query EditMeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      status\n      visibility\n      timeZone\n      startsAt\n      endsAt\n      recurrence\n      location\n      videoConferenceUrl\n      viewerCanManage\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $around: DateTime!\n    $aroundEnd: DateTime!\n    $withOccurrence: Boolean!\n  ) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      status\n      visibility\n      timeZone\n      startsAt\n      endsAt\n      recurrence\n      location\n      videoConferenceUrl\n      minutesHtml\n      viewerCanManage\n      organizer {\n        id\n        displayName\n      }\n      workingGroup {\n        id\n        code\n        name\n      }\n      upcoming: occurrences(from: $from, to: $to) {\n        ...MeetingDate\n      }\n      selected: occurrences(from: $around, to: $aroundEnd) @include(if: $withOccurrence) {\n        ...MeetingDate\n      }\n      agenda {\n        ...AgendaEntry\n      }\n      attendance {\n        ...AttendanceAnswer\n      }\n      ...RsvpMeeting\n      ...MinutesSource\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $around: DateTime!\n    $aroundEnd: DateTime!\n    $withOccurrence: Boolean!\n  ) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      status\n      visibility\n      timeZone\n      startsAt\n      endsAt\n      recurrence\n      location\n      videoConferenceUrl\n      minutesHtml\n      viewerCanManage\n      organizer {\n        id\n        displayName\n      }\n      workingGroup {\n        id\n        code\n        name\n      }\n      upcoming: occurrences(from: $from, to: $to) {\n        ...MeetingDate\n      }\n      selected: occurrences(from: $around, to: $aroundEnd) @include(if: $withOccurrence) {\n        ...MeetingDate\n      }\n      agenda {\n        ...AgendaEntry\n      }\n      attendance {\n        ...AttendanceAnswer\n      }\n      ...RsvpMeeting\n      ...MinutesSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewMeetingPage {\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"): (typeof documents)["\n  query NewMeetingPage {\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditNewsPage($id: ID!) {\n    newsItem(id: $id) {\n      id\n      title\n      body\n      pinned\n      viewerCanManage\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"): (typeof documents)["\n  query EditNewsPage($id: ID!) {\n    newsItem(id: $id) {\n      id\n      title\n      body\n      pinned\n      viewerCanManage\n      workingGroup {\n        id\n        code\n        name\n      }\n    }\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsItemPage($id: ID!) {\n    newsItem(id: $id) {\n      ...NewsArticle\n      ...NewsActionsItem\n    }\n  }\n"): (typeof documents)["\n  query NewsItemPage($id: ID!) {\n    newsItem(id: $id) {\n      ...NewsArticle\n      ...NewsActionsItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsArticle on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    bodyHtml\n    author {\n      id\n      displayName\n      affiliation\n    }\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NewsArticle on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    bodyHtml\n    author {\n      id\n      displayName\n      affiliation\n    }\n    workingGroup {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewNewsPage {\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"): (typeof documents)["\n  query NewNewsPage {\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsPage($first: Int!, $after: String) {\n    news(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NewsEntry\n          ...NewsActionsItem\n        }\n      }\n    }\n    # Whether the viewer chairs a group (and so may write news), as the scheduling form asks.\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"): (typeof documents)["\n  query NewsPage($first: Int!, $after: String) {\n    news(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NewsEntry\n          ...NewsActionsItem\n        }\n      }\n    }\n    # Whether the viewer chairs a group (and so may write news), as the scheduling form asks.\n    workingGroups {\n      ...MeetingFormGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToNewsletter($email: EmailAddress!) {\n    subscribeToNewsletter(email: $email)\n  }\n"): (typeof documents)["\n  mutation SubscribeToNewsletter($email: EmailAddress!) {\n    subscribeToNewsletter(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeAdmissions {\n    pendingAdmissions {\n      ...AdmissionEntry\n    }\n  }\n"): (typeof documents)["\n  query OfficeAdmissions {\n    pendingAdmissions {\n      ...AdmissionEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeCommunityFields on Community {\n    name\n    shortName\n    mission\n    description\n    phases {\n      name\n      startsOn\n      endsOn\n      description\n    }\n  }\n"): (typeof documents)["\n  fragment OfficeCommunityFields on Community {\n    name\n    shortName\n    mission\n    description\n    phases {\n      name\n      startsOn\n      endsOn\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeCommunity {\n    community {\n      ...OfficeCommunityFields\n    }\n  }\n"): (typeof documents)["\n  query OfficeCommunity {\n    community {\n      ...OfficeCommunityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeUpdateCommunity($input: CommunityInput!) {\n    updateCommunity(input: $input) {\n      ...OfficeCommunityFields\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeUpdateCommunity($input: CommunityInput!) {\n    updateCommunity(input: $input) {\n      ...OfficeCommunityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeDataRequests($first: Int!, $after: String) {\n    dataRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DataRequestRecordRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeDataRequests($first: Int!, $after: String) {\n    dataRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DataRequestRecordRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeDigestsPage {\n    digestRuns(first: 20) {\n      id\n      status\n      ...DigestRunFields\n    }\n    weekly: digestPeriod(frequency: WEEKLY) {\n      periodStart\n      periodEnd\n      run {\n        id\n        startedAt\n      }\n    }\n    daily: digestPeriod(frequency: DAILY) {\n      periodStart\n      periodEnd\n      run {\n        id\n        startedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeDigestsPage {\n    digestRuns(first: 20) {\n      id\n      status\n      ...DigestRunFields\n    }\n    weekly: digestPeriod(frequency: WEEKLY) {\n      periodStart\n      periodEnd\n      run {\n        id\n        startedAt\n      }\n    }\n    daily: digestPeriod(frequency: DAILY) {\n      periodStart\n      periodEnd\n      run {\n        id\n        startedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeOverview {\n    pendingAdmissions {\n      id\n    }\n    newsletterSubscribers {\n      confirmed\n      pending\n      unsubscribed\n    }\n    newsletterIssues(first: 1) {\n      edges {\n        node {\n          id\n          subject\n          status\n          sentAt\n          scheduledFor\n          delivery {\n            recipients\n            sent\n            failed\n            pending\n          }\n        }\n      }\n    }\n    digestRuns(first: 1) {\n      ...DigestRunFields\n    }\n  }\n"): (typeof documents)["\n  query OfficeOverview {\n    pendingAdmissions {\n      id\n    }\n    newsletterSubscribers {\n      confirmed\n      pending\n      unsubscribed\n    }\n    newsletterIssues(first: 1) {\n      edges {\n        node {\n          id\n          subject\n          status\n          sentAt\n          scheduledFor\n          delivery {\n            recipients\n            sent\n            failed\n            pending\n          }\n        }\n      }\n    }\n    digestRuns(first: 1) {\n      ...DigestRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeNewsletterIssuePage($id: ID!) {\n    newsletterIssue(id: $id) {\n      subject\n      body\n      scheduledFor\n      sentAt\n      ...NewsletterDeliveryFields\n    }\n    viewer {\n      person {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeNewsletterIssuePage($id: ID!) {\n    newsletterIssue(id: $id) {\n      subject\n      body\n      scheduledFor\n      sentAt\n      ...NewsletterDeliveryFields\n    }\n    viewer {\n      person {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeNewNewsletterPage {\n    viewer {\n      person {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeNewNewsletterPage {\n    viewer {\n      person {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeNewsletterPage {\n    newsletterSubscribers {\n      confirmed\n      pending\n      unsubscribed\n    }\n    newsletterIssues(first: 50) {\n      totalCount\n      edges {\n        node {\n          subject\n          scheduledFor\n          sentAt\n          ...NewsletterDeliveryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeNewsletterPage {\n    newsletterSubscribers {\n      confirmed\n      pending\n      unsubscribed\n    }\n    newsletterIssues(first: 50) {\n      totalCount\n      edges {\n        node {\n          subject\n          scheduledFor\n          sentAt\n          ...NewsletterDeliveryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficePeople($search: String, $first: Int, $after: String) {\n    authProviders {\n      id\n      name\n    }\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DirectoryPerson\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficePeople($search: String, $first: Int, $after: String) {\n    authProviders {\n      id\n      name\n    }\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DirectoryPerson\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeGroup($code: String!) {\n    workingGroup(code: $code) {\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n      topics {\n        id\n        name\n        description\n      }\n      members(first: 100) {\n        edges {\n          node {\n            id\n            role\n            status\n            person {\n              id\n              displayName\n              affiliation\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeGroup($code: String!) {\n    workingGroup(code: $code) {\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n      topics {\n        id\n        name\n        description\n      }\n      members(first: 100) {\n        edges {\n          node {\n            id\n            role\n            status\n            person {\n              id\n              displayName\n              affiliation\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeUpdateGroup($id: ID!, $input: WorkingGroupInput!) {\n    updateWorkingGroup(id: $id, input: $input) {\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeUpdateGroup($id: ID!, $input: WorkingGroupInput!) {\n    updateWorkingGroup(id: $id, input: $input) {\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCreateGroup($input: WorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCreateGroup($input: WorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeGroups {\n    workingGroups {\n      id\n      code\n      name\n      joinPolicy\n      seatLimit\n      memberCount\n      chairs {\n        id\n        displayName\n      }\n    }\n    communityGrowth {\n      month\n      participants\n      people\n    }\n  }\n"): (typeof documents)["\n  query OfficeGroups {\n    workingGroups {\n      id\n      code\n      name\n      joinPolicy\n      seatLimit\n      memberCount\n      chairs {\n        id\n        displayName\n      }\n    }\n    communityGrowth {\n      month\n      participants\n      people\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      affiliation\n      country\n      orcid\n      bio\n      domains\n      memberships {\n        id\n        role\n        status\n        workingGroup {\n          id\n          code\n          name\n        }\n      }\n      expertise {\n        level\n        term {\n          id\n          label\n        }\n      }\n      expertiseVisibility\n      authoredDocuments(first: 20) {\n        id\n        title\n        kind\n        updatedAt\n      }\n      expertOnUseCases {\n        id\n        title\n        status\n      }\n      presentingAt(first: 20) {\n        meeting {\n          id\n          title\n          startsAt\n          timeZone\n        }\n        agendaItem {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      affiliation\n      country\n      orcid\n      bio\n      domains\n      memberships {\n        id\n        role\n        status\n        workingGroup {\n          id\n          code\n          name\n        }\n      }\n      expertise {\n        level\n        term {\n          id\n          label\n        }\n      }\n      expertiseVisibility\n      authoredDocuments(first: 20) {\n        id\n        title\n        kind\n        updatedAt\n      }\n      expertOnUseCases {\n        id\n        title\n        status\n      }\n      presentingAt(first: 20) {\n        meeting {\n          id\n          title\n          startsAt\n          timeZone\n        }\n        agendaItem {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleGroups {\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PeopleGroups {\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleTerm($expertise: String!) {\n    expertiseTerms(search: $expertise, first: 20) {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query PeopleTerm($expertise: String!) {\n    expertiseTerms(search: $expertise, first: 20) {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage(\n    $search: String\n    $workingGroupId: ID\n    $domain: ScientificDomain\n    $termId: ID\n    $level: ExpertiseLevel\n    $first: Int\n    $after: String\n  ) {\n    people(\n      search: $search\n      workingGroupId: $workingGroupId\n      domain: $domain\n      termId: $termId\n      level: $level\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage(\n    $search: String\n    $workingGroupId: ID\n    $domain: ScientificDomain\n    $termId: ID\n    $level: ExpertiseLevel\n    $first: Int\n    $after: String\n  ) {\n    people(\n      search: $search\n      workingGroupId: $workingGroupId\n      domain: $domain\n      termId: $termId\n      level: $level\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPage($id: ID!) {\n    report(id: $id) {\n      id\n      title\n      kind\n      status\n      dueDate\n      updatedAt\n      viewerCanEdit\n      openComments\n      changedEvidence\n      target {\n        id\n        name\n        dueDate\n        initiative {\n          id\n          name\n        }\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      editors {\n        id\n        displayName\n      }\n      document {\n        id\n        title\n      }\n      publications {\n        number\n        documentVersion\n        visibility\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n      }\n      reviewRounds {\n        id\n        number\n        openedAt\n        closedAt\n        reviewers {\n          id\n          displayName\n        }\n      }\n      sections {\n        ...ReportReadSection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportPage($id: ID!) {\n    report(id: $id) {\n      id\n      title\n      kind\n      status\n      dueDate\n      updatedAt\n      viewerCanEdit\n      openComments\n      changedEvidence\n      target {\n        id\n        name\n        dueDate\n        initiative {\n          id\n          name\n        }\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      editors {\n        id\n        displayName\n      }\n      document {\n        id\n        title\n      }\n      publications {\n        number\n        documentVersion\n        visibility\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n      }\n      reviewRounds {\n        id\n        number\n        openedAt\n        closedAt\n        reviewers {\n          id\n          displayName\n        }\n      }\n      sections {\n        ...ReportReadSection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewReportPage {\n    workingGroups {\n      id\n      code\n      name\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n    reportTargets {\n      id\n      name\n      dueDate\n      initiative {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewReportPage {\n    workingGroups {\n      id\n      code\n      name\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n    reportTargets {\n      id\n      name\n      dueDate\n      initiative {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReport($input: ReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReport($input: ReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsPage($status: ReportStatus, $workingGroupId: ID, $first: Int!, $after: String) {\n    reports(status: $status, workingGroupId: $workingGroupId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReportListEntry\n        }\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsPage($status: ReportStatus, $workingGroupId: ID, $first: Int!, $after: String) {\n    reports(status: $status, workingGroupId: $workingGroupId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReportListEntry\n        }\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportListEntry on Report {\n    id\n    title\n    kind\n    status\n    dueDate\n    openComments\n    target {\n      id\n      name\n      dueDate\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReportListEntry on Report {\n    id\n    title\n    kind\n    status\n    dueDate\n    openComments\n    target {\n      id\n      name\n      dueDate\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!, $filter: DocumentFilter) {\n    searchDocuments(query: $query, filter: $filter, first: 50) {\n      totalCount\n      hits {\n        headline\n        document {\n          ...DocumentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($query: String!, $filter: DocumentFilter) {\n    searchDocuments(query: $query, filter: $filter, first: 50) {\n      totalCount\n      hits {\n        headline\n        document {\n          ...DocumentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsCalendar {\n    viewer {\n      calendarFeedUrl\n      calendarFeedWebcalUrl\n    }\n  }\n"): (typeof documents)["\n  query SettingsCalendar {\n    viewer {\n      calendarFeedUrl\n      calendarFeedWebcalUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeedUrl {\n    rotateCalendarFeedUrl\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeedUrl {\n    rotateCalendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsData {\n    viewer {\n      person {\n        id\n        email\n      }\n      dataExports {\n        ...DataExportRow\n      }\n      accountErasure {\n        ...AccountErasureFields\n      }\n      erasureBlockers {\n        ...ErasureBlockerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsData {\n    viewer {\n      person {\n        id\n        email\n      }\n      dataExports {\n        ...DataExportRow\n      }\n      accountErasure {\n        ...AccountErasureFields\n      }\n      erasureBlockers {\n        ...ErasureBlockerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsEmail {\n    viewer {\n      person {\n        id\n        email\n      }\n      notificationSettings {\n        ...EmailSettings\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsEmail {\n    viewer {\n      person {\n        id\n        email\n      }\n      notificationSettings {\n        ...EmailSettings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsExpertise {\n    viewer {\n      person {\n        ...ExpertiseEditable\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsExpertise {\n    viewer {\n      person {\n        ...ExpertiseEditable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsIdentities {\n    authProviders {\n      id\n      name\n    }\n    viewer {\n      identities {\n        provider\n        subject\n        email\n        linkedAt\n        lastLoginAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsIdentities {\n    authProviders {\n      id\n      name\n    }\n    viewer {\n      identities {\n        provider\n        subject\n        email\n        linkedAt\n        lastLoginAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsProfile {\n    viewer {\n      person {\n        ...ProfileEditable\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsProfile {\n    viewer {\n      person {\n        ...ProfileEditable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTokens {\n    viewer {\n      accessTokens {\n        ...AccessTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsTokens {\n    viewer {\n      accessTokens {\n        ...AccessTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSurveyPage($slug: String!) {\n    survey(slug: $slug) {\n      ...SurveyEditorSource\n    }\n  }\n"): (typeof documents)["\n  query EditSurveyPage($slug: String!) {\n    survey(slug: $slug) {\n      ...SurveyEditorSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsPage($slug: String!, $where: [AnswerFilter!]) {\n    surveyResults(slug: $slug, where: $where) {\n      responses\n      survey {\n        id\n        slug\n        title\n        status\n        closesAt\n        responseCount\n        sections {\n          key\n          title\n          showIf {\n            questionKey\n          }\n          questions {\n            key\n            text\n            kind\n            allowOther\n            showIf {\n              questionKey\n            }\n            options {\n              key\n              label\n            }\n          }\n        }\n      }\n      questions {\n        question {\n          key\n        }\n        ...QuestionResultView\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResultsPage($slug: String!, $where: [AnswerFilter!]) {\n    surveyResults(slug: $slug, where: $where) {\n      responses\n      survey {\n        id\n        slug\n        title\n        status\n        closesAt\n        responseCount\n        sections {\n          key\n          title\n          showIf {\n            questionKey\n          }\n          questions {\n            key\n            text\n            kind\n            allowOther\n            showIf {\n              questionKey\n            }\n            options {\n              key\n              label\n            }\n          }\n        }\n      }\n      questions {\n        question {\n          key\n        }\n        ...QuestionResultView\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyAnswerPage($slug: String!, $signedIn: Boolean!) {\n    survey(slug: $slug) {\n      id\n      slug\n      title\n      description\n      status\n      anonymous\n      opensAt\n      closesAt\n      responseCount\n      sections {\n        ...SurveyFormSectionFields\n      }\n    }\n    viewerSurveyResponse(slug: $slug) @include(if: $signedIn) {\n      id\n      submittedAt\n      answers {\n        questionKey\n        optionKeys\n        otherText\n        text\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyAnswerPage($slug: String!, $signedIn: Boolean!) {\n    survey(slug: $slug) {\n      id\n      slug\n      title\n      description\n      status\n      anonymous\n      opensAt\n      closesAt\n      responseCount\n      sections {\n        ...SurveyFormSectionFields\n      }\n    }\n    viewerSurveyResponse(slug: $slug) @include(if: $signedIn) {\n      id\n      submittedAt\n      answers {\n        questionKey\n        optionKeys\n        otherText\n        text\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveysPage {\n    surveys {\n      id\n      slug\n      title\n      status\n      anonymous\n      opensAt\n      closesAt\n      responseCount\n    }\n  }\n"): (typeof documents)["\n  query SurveysPage {\n    surveys {\n      id\n      slug\n      title\n      status\n      anonymous\n      opensAt\n      closesAt\n      responseCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditUseCasePage($id: ID!) {\n    useCase(id: $id) {\n      id\n      title\n      summary\n      domains\n      viewerCanEdit\n      experts {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n      }\n      parts {\n        key\n        markdown\n      }\n      requirements {\n        ...RequirementRow\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query EditUseCasePage($id: ID!) {\n    useCase(id: $id) {\n      id\n      title\n      summary\n      domains\n      viewerCanEdit\n      experts {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n      }\n      parts {\n        key\n        markdown\n      }\n      requirements {\n        ...RequirementRow\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UseCasePage($id: ID!) {\n    useCase(id: $id) {\n      id\n      title\n      summary\n      status\n      completeness\n      domains\n      updatedAt\n      viewerCanEdit\n      createdBy {\n        id\n        displayName\n      }\n      experts {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      parts {\n        key\n        html\n      }\n      requirements {\n        ...RequirementRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query UseCasePage($id: ID!) {\n    useCase(id: $id) {\n      id\n      title\n      summary\n      status\n      completeness\n      domains\n      updatedAt\n      viewerCanEdit\n      createdBy {\n        id\n        displayName\n      }\n      experts {\n        id\n        displayName\n        affiliation\n      }\n      workingGroups {\n        id\n        code\n        name\n      }\n      parts {\n        key\n        html\n      }\n      requirements {\n        ...RequirementRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewUseCasePage {\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewUseCasePage {\n    workingGroups {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementTotalsPage {\n    requirementTotals {\n      category\n      metric\n      year\n      unit\n      total\n      useCases\n      contributions {\n        total\n        useCase {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequirementTotalsPage {\n    requirementTotals {\n      category\n      metric\n      year\n      unit\n      total\n      useCases\n      contributions {\n        total\n        useCase {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UseCasesPage($status: UseCaseStatus, $domain: ScientificDomain, $first: Int!, $after: String) {\n    useCases(status: $status, domain: $domain, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UseCaseListEntry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UseCasesPage($status: UseCaseStatus, $domain: ScientificDomain, $first: Int!, $after: String) {\n    useCases(status: $status, domain: $domain, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UseCaseListEntry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UseCaseListEntry on UseCase {\n    id\n    title\n    summary\n    status\n    completeness\n    domains\n    workingGroups {\n      id\n      code\n      name\n    }\n    experts {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment UseCaseListEntry on UseCase {\n    id\n    title\n    summary\n    status\n    completeness\n    domains\n    workingGroups {\n      id\n      code\n      name\n    }\n    experts {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupPage($code: String!) {\n    workingGroup(code: $code) {\n      ...SeatActionsGroup\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n      memberCount\n      chairs {\n        id\n        displayName\n        affiliation\n      }\n      topics {\n        id\n        name\n        description\n      }\n      upcomingMeetings(first: 5) {\n        ...OccurrenceItem\n      }\n      documents(first: 10) {\n        totalCount\n        edges {\n          node {\n            ...GroupDocumentItem\n          }\n        }\n      }\n      members(first: 100) {\n        totalCount\n        edges {\n          # Inline, not a fragment: see Seat in group-seats.tsx (the API's cost limit).\n          node {\n            id\n            role\n            status\n            requestedAt\n            joinedAt\n            person {\n              id\n              displayName\n              affiliation\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupPage($code: String!) {\n    workingGroup(code: $code) {\n      ...SeatActionsGroup\n      id\n      code\n      name\n      description\n      joinPolicy\n      seatLimit\n      memberCount\n      chairs {\n        id\n        displayName\n        affiliation\n      }\n      topics {\n        id\n        name\n        description\n      }\n      upcomingMeetings(first: 5) {\n        ...OccurrenceItem\n      }\n      documents(first: 10) {\n        totalCount\n        edges {\n          node {\n            ...GroupDocumentItem\n          }\n        }\n      }\n      members(first: 100) {\n        totalCount\n        edges {\n          # Inline, not a fragment: see Seat in group-seats.tsx (the API's cost limit).\n          node {\n            id\n            role\n            status\n            requestedAt\n            joinedAt\n            person {\n              id\n              displayName\n              affiliation\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupsPage($first: Int, $after: ID, $search: String) {\n    workingGroups(first: $first, after: $after, search: $search) {\n      ...WorkingGroupSummary\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupsPage($first: Int, $after: ID, $search: String) {\n    workingGroups(first: $first, after: $after, search: $search) {\n      ...WorkingGroupSummary\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;