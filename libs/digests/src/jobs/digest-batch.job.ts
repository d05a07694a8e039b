import { Injectable, Logger } from '@nestjs/common';
import {
  Clock,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  MailService,
  TransientMailError,
} from '@cop/platform';
import { type DigestContent, isEmpty } from '../digest-content';
import { DigestComposer } from '../digest-composer';
import {
  type DigestPerson,
  type DigestZoneRunRow,
  DigestsRepository,
  type WatermarkAdvance,
} from '../digests.repository';

export { DIGEST_MEETING_HORIZON_DAYS } from '../digest-composer';

/** Messages of one batch in flight at once (each holds its delivery row while SMTP runs). */
const SENDS_IN_FLIGHT = 4;

/**
 * Composes and mails one batch of digests. The content comes from one query per kind for the
 * whole batch (each domain's visibility SQL joined with the batch's people), never per member
 * per item. It is bounded by the zone run's period end and start instant, so a retry composes
 * the same digest; the mail key `digest:<runId>:<personId>` makes it go out once, and the
 * watermarks move forward after the sends are recorded (a crash between the two re-sends
 * nothing: the retry finds the keys sent and only moves the watermarks).
 */
@Injectable()
@HandlesJob('digests.batch')
export class DigestBatchJob implements JobHandler<'digests.batch'> {
  private readonly logger = new Logger('DigestBatchJob');

  constructor(
    private readonly repository: DigestsRepository,
    private readonly composer: DigestComposer,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async handle({ zoneRunId, batch, personIds }: JobPayloads['digests.batch']): Promise<void> {
    const zoneRun = await this.repository.findZoneRun(zoneRunId);
    if (!zoneRun || zoneRun.status === 'QUEUED') return;
    const w = this.composer.window(
      { start: new Date(zoneRun.periodStart), end: new Date(zoneRun.periodEnd) },
      new Date(zoneRun.startedAt),
    );
    const people = await this.repository.people(personIds, zoneRun.frequency);
    const contents = await this.composer.compose(people, w);

    let skipped = personIds.length - people.length;
    const covered: WatermarkAdvance[] = [];
    let transient: TransientMailError | null = null;
    const sendOne = async (person: DigestPerson) => {
      const content = contents.get(person.id)!;
      const watermark = {
        personId: person.id,
        contentUntil: w.periodEnd,
        meetingsUntil: w.meetingsTo,
        surveysUntil: w.at,
        surveysClosingUntil: w.closingTo,
      };
      if (isEmpty(content)) {
        skipped++;
        covered.push(watermark);
        return;
      }
      try {
        const outcome = await this.send(zoneRun, person, content);
        if (outcome === 'failed')
          this.logger.warn(`digest ${zoneRun.runId} to ${person.id} refused for good`);
        covered.push(watermark);
      } catch (error) {
        if (!(error instanceof TransientMailError)) throw error;
        transient ??= error;
      }
    };
    const queue = [...people];
    await Promise.all(
      Array.from({ length: Math.min(SENDS_IN_FLIGHT, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await sendOne(next);
      }),
    );
    // Only those sent, refused for good or with nothing new: a transient failure keeps its content.
    await this.repository.advanceWatermarks(covered);
    if (transient) throw transient;
    const now = this.clock.now();
    await this.repository.finishBatch(zoneRun, batch, skipped, now);
    await this.repository.refreshRun(zoneRun.runId, now);
  }

  private async send(zoneRun: DigestZoneRunRow, person: DigestPerson, content: DigestContent) {
    const mail = await this.composer.render(person, zoneRun.frequency, zoneRun.zone, content);
    return this.mail.send({
      key: `digest:${zoneRun.runId}:${person.id}`,
      to: person.email,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      listUnsubscribeUrl: mail.unsubscribeUrl,
    });
  }
}
