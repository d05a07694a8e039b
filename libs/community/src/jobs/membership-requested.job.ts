import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  MailService,
  renderEmail,
} from '@cop/platform';
import { webPaths, webUrl } from '@cop/web-routes';
import { MembershipsRepository } from '../memberships.repository';
import { WorkingGroupsRepository } from '../working-groups.repository';

/**
 * Mails a group's chairs and the office that someone asks to join. Re-reads the request (it
 * may have been approved or withdrawn meanwhile) and sends under a per-recipient key, so a
 * retried job mails nobody twice.
 */
@Injectable()
@HandlesJob('community.membership-requested')
export class MembershipRequestedJob implements JobHandler<'community.membership-requested'> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seats: MembershipsRepository,
    private readonly groups: WorkingGroupsRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ membershipId }: JobPayloads['community.membership-requested']): Promise<void> {
    const seat = await this.seats.findById(membershipId);
    if (!seat || seat.status !== 'PENDING') return;
    const [group, requester] = await Promise.all([
      this.groups.findById(seat.workingGroupId),
      this.seats.personBrief(seat.personId),
    ]);
    if (!group || !requester) return;
    const url = webUrl(this.config.webUrl, webPaths.workingGroup(group.code));
    const subject = `${requester.displayName} asks to join ${group.code} ${group.name}`;
    for (const recipient of await this.seats.recipientsOfRequest(group.id)) {
      if (recipient.id === requester.id) continue;
      const { html, text } = await renderEmail({
        subject,
        preheader: 'A join request waits for a chair or the project office.',
        heading: `A request to join ${group.code}`,
        paragraphs: [
          `${requester.displayName}${requester.affiliation ? ` (${requester.affiliation})` : ''} asks to join the working group ${group.code} ${group.name}.`,
          'A chair of the group or the project office can approve or reject the request.',
        ],
        actions: [{ label: 'Review the request', url }],
        footer: {
          reason: `You receive this because you chair ${group.code} or belong to the project office.`,
        },
      });
      await this.mail.send({
        key: `membership-requested:${membershipId}:${recipient.id}`,
        to: recipient.email,
        subject,
        html,
        text,
      });
    }
  }
}
