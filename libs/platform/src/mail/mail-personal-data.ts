import { Injectable } from '@nestjs/common';
import type { TransactionContext } from '../database/transaction-context';
import { sql } from '../database/sql';
import {
  FORMER_MEMBER,
  ProvidesPersonalData,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
} from '../personal-data/personal-data';

/**
 * The mail records' part of one's own data: the mails sent to them (subjects and times). Erasure
 * replaces their address in the records, and their name where a subject or an error quoted it.
 */
@Injectable()
@ProvidesPersonalData()
export class MailPersonalData implements PersonalDataProvider {
  readonly name = 'mails';

  async export({ email }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    if (!email) return { data: { mails: [] } };
    const mails = await tx.query(
      sql`SELECT subject, status, created_at AS "createdAt", sent_at AS "sentAt" FROM mail_deliveries
          WHERE lower(recipient) = ${email} ORDER BY created_at, id`,
    );
    return { data: { mails } };
  }

  async erase({ email, displayName }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    if (email) {
      await tx.query(
        sql`UPDATE mail_deliveries SET recipient = ${FORMER_MEMBER},
                   last_error = replace(last_error, ${email}, ${FORMER_MEMBER})
            WHERE lower(recipient) = ${email}`,
      );
      await tx.query(
        sql`UPDATE mail_deliveries SET last_error = regexp_replace(last_error, ${escapeRegex(email)}, ${FORMER_MEMBER}, 'gi')
            WHERE strpos(lower(last_error), ${email}) > 0`,
      );
    }
    if (displayName.length >= 3) {
      await tx.query(
        sql`UPDATE mail_deliveries SET subject = regexp_replace(subject, ${escapeRegex(displayName)}, ${FORMER_MEMBER}, 'gi')
            WHERE strpos(lower(subject), lower(${displayName})) > 0`,
      );
    }
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
