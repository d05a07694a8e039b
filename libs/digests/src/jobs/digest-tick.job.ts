import { Injectable, Logger } from '@nestjs/common';
import { Clock, HandlesJob, type JobHandler, TransactionContext } from '@cop/platform';
import { DigestSchedulingService } from '../digest-scheduling.service';

/**
 * Every quarter hour (a BullMQ job scheduler): starts the digest of every zone whose local send
 * time has come. Re-running it starts nothing twice (unique zone runs).
 */
@Injectable()
@HandlesJob('digests.tick')
export class DigestTickJob implements JobHandler<'digests.tick'> {
  private readonly logger = new Logger('DigestTickJob');

  constructor(
    private readonly tx: TransactionContext,
    private readonly scheduling: DigestSchedulingService,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<void> {
    const now = this.clock.now();
    const started = await this.tx.run(() => this.scheduling.startDue(now));
    if (started) this.logger.log(`started ${started} digest zone run(s) at ${now.toISOString()}`);
  }
}
