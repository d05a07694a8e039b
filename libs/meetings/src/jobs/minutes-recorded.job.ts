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
import { MeetingRepository } from '../meeting.repository';

/**
 * Mails recorded minutes to the group's members who may see the meeting. Re-reads the meeting
 * (it may be gone or its minutes changed) and sends under a key per revision and recipient, so
 * a retried job mails nobody twice.
 */
@Injectable()
@HandlesJob('meetings.minutes-recorded')
export class MinutesRecordedJob implements JobHandler<'meetings.minutes-recorded'> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ meetingId, revision }: JobPayloads['meetings.minutes-recorded']): Promise<void> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting?.minutes) return;
    const group = meeting.workingGroupId ? await this.meetings.groupById(meeting.workingGroupId) : null;
    const url = webUrl(this.config.webUrl, webPaths.meeting(meeting.id));
    const subject = `Minutes: ${meeting.title}`;
    for (const recipient of await this.meetings.minutesRecipients(meeting)) {
      const { html, text } = await renderEmail({
        subject,
        preheader: `The minutes of ${meeting.title}.`,
        heading: subject,
        bodyMarkdown: meeting.minutes,
        actions: [{ label: 'Open the meeting', url }],
        footer: {
          reason: group
            ? `You receive this as a member of ${group.code} ${group.name}.`
            : 'You receive this as a member of the community.',
        },
      });
      await this.mail.send({
        key: `meeting-minutes:${meetingId}:${revision}:${recipient.id}`,
        to: recipient.email,
        subject,
        html,
        text,
      });
    }
  }
}
