import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
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
import { mayJoinVideo } from '../meeting-visibility';
import { occurrenceStillPlanned } from '../reminders';

/**
 * Reminds those who may see a meeting and want reminders of one occurrence. Re-reads the
 * meeting: a cancelled or moved occurrence (its start no longer the planned one) is skipped,
 * and the mail key names the occurrence and the recipient, so nobody is reminded twice of it.
 */
@Injectable()
@HandlesJob('meetings.reminder')
export class MeetingReminderJob implements JobHandler<'meetings.reminder'> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ meetingId, originalStartsAt, startsAt }: JobPayloads['meetings.reminder']): Promise<void> {
    const meeting = await this.meetings.findWithExceptions(meetingId);
    if (!meeting) return;
    const original = new Date(originalStartsAt);
    const occurrence = occurrenceStillPlanned(meeting, original, new Date(startsAt));
    if (!occurrence) return;

    const group = meeting.workingGroupId ? await this.meetings.groupById(meeting.workingGroupId) : null;
    // A series' page opens on this occurrence (the app reads ?occurrence as its original start).
    const url = webUrl(
      this.config.webUrl,
      webPaths.meeting(meeting.id, meeting.rrule ? original : undefined),
    );
    const host = new URL(this.config.publicUrl).hostname || 'localhost';
    for (const r of await this.meetings.minutesRecipients(meeting, { wantsReminders: true })) {
      const zone = r.timeZone ?? meeting.timeZone;
      const when = DateTime.fromJSDate(occurrence.startsAt, { zone });
      const until = DateTime.fromJSDate(occurrence.endsAt, { zone });
      const whenText = `${when.toFormat('cccc d LLLL yyyy, HH:mm')}–${until.toFormat('HH:mm')} (${zone})`;
      const video = mayJoinVideo(r.role) ? meeting.videoUrl : null;
      const subject = `Reminder: ${meeting.title}, ${when.toFormat('ccc d LLL HH:mm')}`;
      const { html, text } = await renderEmail({
        subject,
        preheader: whenText,
        heading: meeting.title,
        paragraphs: [
          `When: ${whenText}`,
          ...(meeting.location ? [`Where: ${meeting.location}`] : []),
          ...(video ? [`Video: ${video}`] : []),
        ],
        actions: [{ label: 'Open the meeting', url }],
        footer: {
          reason: group
            ? `You receive this as a member of ${group.code}; turn meeting reminders off in your settings.`
            : 'You receive this as a member of the community; turn meeting reminders off in your settings.',
        },
      });
      const calendar = ical({
        method: ICalCalendarMethod.PUBLISH,
        prodId: { company: 'CoP platform', product: 'reminder' },
      });
      calendar.createEvent({
        id: `meeting-${meeting.id}-${original.getTime()}@${host}`,
        start: occurrence.startsAt,
        end: occurrence.endsAt,
        stamp: meeting.updatedAt,
        summary: meeting.title,
        description: [meeting.description, video ? `Video: ${video}` : null, url]
          .filter(Boolean)
          .join('\n\n'),
        location: meeting.location ?? video ?? undefined,
        url,
      });
      await this.mail.send({
        key: `meeting-reminder:${meeting.id}:${original.getTime()}:${r.id}`,
        to: r.email,
        subject,
        html,
        text,
        attachments: [
          {
            filename: 'meeting.ics',
            content: calendar.toString(),
            contentType: 'text/calendar; charset=utf-8',
          },
        ],
      });
    }
  }
}
