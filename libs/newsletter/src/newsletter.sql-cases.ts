import { SQL_SAMPLE as S, sqlCases } from '@cop/platform';
import { NewsletterRepository } from './newsletter.repository';

/** The newsletter's SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/newsletter/sql/. */
export const newsletterSqlCases = [
  sqlCases(
    'newsletter/newsletter.repository',
    NewsletterRepository,
    {
      upsertLocked: [S.subscriber, 'reader@example.org', 'sample-unsubscribe-hash'],
      findSubscriber: [S.subscriber],
      findSubscriberByEmail: ['reader@example.org'],
      findByConfirmHash: ['sample-confirm-hash'],
      findByUnsubscribeHash: ['sample-unsubscribe-hash'],
      markConfirmationSent: [S.subscriber, S.at, 'sample-confirm-hash'],
      confirm: { anonymous: [S.subscriber], 'a person': [S.subscriber, S.person] },
      unsubscribe: [S.subscriber],
      placeholderHashIds: [],
      setUnsubscribeHash: [S.subscriber, 'sample-unsubscribe-hash'],
      countSubscribers: [],
      insertIssue: ['Subject', 'Body', S.person],
      findIssue: { read: [S.issue], locked: [S.issue, true] },
      updateIssueContent: [S.issue, 'Subject', 'Body'],
      schedule: [S.issue, S.later],
      startSending: [S.issue],
      markSentIfComplete: [S.issue],
      pageIssues: { first: [20, null], 'after a cursor': [20, [S.at.toISOString(), S.issue]] },
      countIssues: [],
      deliveryCounts: [[S.issue]],
      recipientIds: [S.issue],
      activeRecipients: [S.issue, [S.subscriber]],
      dropUnsubscribedRecipients: [S.issue, [S.subscriber]],
      insertTestSend: [S.id, S.issue, 'office@example.org', S.at],
      findTestSend: [S.id],
      deleteTestSend: [S.id],
      personEmail: [S.person],
    },
    { syncPersonFlag: 'private: in confirm and unsubscribe' },
  ),
];
