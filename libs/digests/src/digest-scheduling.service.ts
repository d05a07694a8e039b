import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, OutboxService } from '@cop/platform';
import {
  type DigestFrequencyValue,
  type LocalPeriod,
  duePeriod,
  effectiveZone,
  lastEndedPeriod,
  localPeriod,
  sendTime,
} from './digest-period';
import { type DigestRunRow, DigestsRepository } from './digests.repository';

/**
 * The scheduler starts a period's digest no later than this after its local send time; a
 * period missed for longer (a long outage) is left to the next one, which carries its items
 * (the watermarks decide what is new), or to the office's runDigest.
 */
export const DIGEST_LATE_LIMIT_MS = 12 * 3600 * 1000;

/**
 * Starts digest runs: one run per frequency and local period (its label), one zone run per
 * IANA zone in use, each started exactly once (a unique key in PostgreSQL), by whichever comes
 * first of the scheduler's tick at the zone's local send time and the office's runDigest.
 * Callers hold a transaction: the zone run and its job are written together (outbox).
 */
@Injectable()
export class DigestSchedulingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DigestsRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** The scheduler's tick: every zone whose local send time has come gets its period started. */
  async startDue(now: Date): Promise<number> {
    const schedule = this.config.digests;
    let started = 0;
    for (const [frequency, zones] of await this.zonesInUse()) {
      for (const zone of zones.keys()) {
        const period = duePeriod(frequency, zone, now, schedule);
        const late = now.getTime() - sendTime(period, zone, schedule).getTime();
        if (late > DIGEST_LATE_LIMIT_MS) continue;
        const run = await this.repository.createRun(
          frequency,
          this.referencePeriod(frequency, period.label),
          now,
        );
        if (await this.startZone(run, zone, period, now)) started++;
      }
    }
    return started;
  }

  /**
   * runDigest: the period that ended last in the reference zone; its zones whose local period
   * has ended are started now (each once), the others by the scheduler at their send time.
   */
  async startLastEnded(frequency: DigestFrequencyValue, now: Date): Promise<DigestRunRow> {
    const reference = lastEndedPeriod(
      frequency,
      this.config.digests.defaultTimeZone,
      now,
      this.config.digests.weekday,
    );
    const run = await this.repository.createRun(frequency, reference, now);
    const zones = (await this.zonesInUse()).get(frequency) ?? new Map();
    for (const zone of zones.keys()) {
      const period = localPeriod(frequency, reference.label, zone);
      if (period.end <= now) await this.startZone(run, zone, period, now);
    }
    await this.repository.refreshRun(run.id, now);
    return (await this.repository.findRun(run.id))!;
  }

  /** The zones as stored (null: none set) that make up an effective zone, for its members. */
  async storedZonesOf(frequency: DigestFrequencyValue, zone: string): Promise<(string | null)[]> {
    return (await this.zonesInUse()).get(frequency)?.get(zone) ?? [];
  }

  private referencePeriod(frequency: DigestFrequencyValue, label: string): LocalPeriod {
    return localPeriod(frequency, label, this.config.digests.defaultTimeZone);
  }

  private async startZone(run: DigestRunRow, zone: string, period: LocalPeriod, now: Date): Promise<boolean> {
    const zoneRunId = await this.repository.startZone(run.id, zone, period, now);
    if (!zoneRunId) return false;
    await this.outbox.enqueue('digests.run', { zoneRunId });
    await this.repository.refreshRun(run.id, now);
    return true;
  }

  /** frequency → effective zone → the stored zones that map to it. */
  private async zonesInUse(): Promise<Map<DigestFrequencyValue, Map<string, (string | null)[]>>> {
    const result = new Map<DigestFrequencyValue, Map<string, (string | null)[]>>();
    for (const row of await this.repository.zonesInUse()) {
      const zone = effectiveZone(row.zone, this.config.digests.defaultTimeZone);
      const zones = result.get(row.frequency) ?? new Map<string, (string | null)[]>();
      zones.set(zone, [...(zones.get(zone) ?? []), row.zone]);
      result.set(row.frequency, zones);
    }
    return result;
  }
}
