import { SQL_SAMPLE as S, sqlCases } from './database/sql-cases';
import { MailDeliveryRepository } from './mail/mail-delivery.repository';
import { OutboxRepository } from './queue/outbox.repository';

/** The platform's SQL snapshots (database/sql-cases.ts): libs/platform/sql/. */
export const platformSqlCases = [
  sqlCases('platform/outbox.repository', OutboxRepository, {
    insert: [
      [
        { jobName: 'sample.job', payload: { id: S.id } },
        { jobName: 'sample.job', payload: { id: S.id }, jobId: 'sample:1', runAt: S.later },
      ],
    ],
    lease: [100, 60],
    deletePending: [['sample:1']],
    markRelayed: [[S.id]],
    release: [[S.id], 'Redis is down', 30],
    countPending: [],
    purgeRelayedBefore: [S.at],
  }),
  sqlCases(
    'platform/mail-delivery.repository',
    MailDeliveryRepository,
    {
      claim: ['sample:mail:1', 'member@example.org', 'Subject'],
      markSent: ['sample:mail:1', '<message@example.org>'],
      markFailed: ['sample:mail:1', '550 no such user'],
      recordTransientFailure: ['sample:mail:1', '421 try later'],
      findByKey: ['sample:mail:1'],
      countByKeyPrefix: ['sample:mail:'],
    },
    { repository: 'private: the TypeORM repository of the current transaction' },
  ),
];
