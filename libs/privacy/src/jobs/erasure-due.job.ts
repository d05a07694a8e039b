import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '@cop/platform';
import { ErasureService } from '../erasure.service';

/** Hourly: erases the accounts whose 7-day grace period has ended (on the platform Clock). */
@Injectable()
@HandlesJob('privacy.erasure-due')
export class ErasureDueJob implements JobHandler<'privacy.erasure-due'> {
  constructor(private readonly erasure: ErasureService) {}

  async handle(): Promise<void> {
    await this.erasure.eraseDue();
  }
}
