import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  BadUserInputError,
  Clock,
  MailDeliveryRepository,
  isUuid,
  pageSize,
} from '@cop/platform';
import type { DigestFrequency } from '@cop/identity';
import type { DeliveryStats } from '@cop/newsletter';
import { isEmpty } from './digest-content';
import { DigestComposer } from './digest-composer';
import { type DigestFrequencyValue, effectiveZone, lastEndedPeriod, localPeriod } from './digest-period';
import { DigestSchedulingService } from './digest-scheduling.service';
import { type DigestRunRow, DigestsRepository } from './digests.repository';
import type { DigestRun, RunStatus } from './models/digest-run.model';
import type { DigestPeriod, DigestPreview } from './models/digest-preview.model';

@Injectable()
export class DigestsService {
  constructor(
    private readonly repository: DigestsRepository,
    private readonly scheduling: DigestSchedulingService,
    private readonly composer: DigestComposer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: MailDeliveryRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The run of the period that ended last (in the default zone); its zones whose period has
   * ended start now, each once. A second call returns the same run and starts no zone twice.
   */
  async run(frequency: DigestFrequency): Promise<DigestRun> {
    return toModel(await this.scheduling.startLastEnded(checked(frequency), this.clock.now()));
  }

  /** The period runDigest(frequency) would run now, and its run when it was made already. */
  async period(frequency: DigestFrequency): Promise<DigestPeriod> {
    const value = checked(frequency);
    const reference = this.reference(value);
    const run = await this.repository.findRunOf(value, reference.label);
    return { periodStart: reference.start, periodEnd: reference.end, run: run ? toModel(run) : null };
  }

  /**
   * What runDigest(frequency) would send the person now: their zone's part of the period that
   * ended last, composed at this instant by the batch job's own composer (after their
   * watermark, so a digest already sent for the period previews as empty).
   */
  async preview(personId: string, frequency: DigestFrequency): Promise<DigestPreview> {
    const value = checked(frequency);
    const reference = this.reference(value);
    const person = isUuid(personId) ? await this.repository.person(personId) : null;
    if (!person) throw BadUserInputError.field('personId', 'no such person');
    const zone = effectiveZone(person.timeZone, this.config.digests.defaultTimeZone);
    const period = localPeriod(value, reference.label, zone);
    const subscribed = person.digest === value && person.recipient;
    // Only MEMBERs and the office get digests: anyone else's would hold nothing they may see.
    const content = person.recipient
      ? (await this.composer.compose([person], this.composer.window(period, this.clock.now()))).get(
          person.id,
        )!
      : null;
    const empty = !content || isEmpty(content);
    const mail = empty ? null : await this.composer.render(person, value, zone, content);
    return {
      periodStart: period.start,
      periodEnd: period.end,
      subscribed,
      empty,
      mail: mail && { subject: mail.subject, html: mail.html, text: mail.text },
    };
  }

  private reference(frequency: DigestFrequencyValue) {
    const digests = this.config.digests;
    return lastEndedPeriod(frequency, digests.defaultTimeZone, this.clock.now(), digests.weekday);
  }

  async list(first: number | null): Promise<DigestRun[]> {
    return (await this.repository.listRuns(pageSize(first, 20))).map(toModel);
  }

  async delivery(run: DigestRun): Promise<DeliveryStats> {
    const [counts, skipped] = await Promise.all([
      this.deliveries.countByKeyPrefix(`digest:${run.id}:`),
      this.repository.skippedOf(run.id),
    ]);
    const recipients = Math.max(counts.sent + counts.failed, run.members - skipped);
    return {
      recipients,
      sent: counts.sent,
      failed: counts.failed,
      pending: Math.max(0, recipients - counts.sent - counts.failed),
    };
  }
}

function checked(frequency: DigestFrequency): DigestFrequencyValue {
  if (frequency !== 'DAILY' && frequency !== 'WEEKLY')
    throw BadUserInputError.field('frequency', 'must be DAILY or WEEKLY');
  return frequency;
}

function toModel(row: DigestRunRow): DigestRun {
  return {
    id: row.id,
    frequency: row.frequency as DigestFrequency,
    periodStart: new Date(row.periodStart),
    periodEnd: new Date(row.periodEnd),
    status: row.status as RunStatus,
    startedAt: new Date(row.startedAt),
    finishedAt: row.finishedAt ? new Date(row.finishedAt) : null,
    members: row.members,
  };
}
