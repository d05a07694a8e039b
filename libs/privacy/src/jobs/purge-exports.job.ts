import { Inject, Injectable } from '@nestjs/common';
import { Clock, HandlesJob, STORAGE, type JobHandler, type Storage } from '@cop/platform';
import { PrivacyRepository } from '../privacy.repository';

/** Hourly: deletes the stored ZIPs of exports that were downloaded, expired or whose person is gone. */
@Injectable()
@HandlesJob('privacy.purge-exports')
export class PurgeExportsJob implements JobHandler<'privacy.purge-exports'> {
  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly requests: PrivacyRepository,
  ) {}

  async handle(): Promise<void> {
    for (;;) {
      const files = await this.requests.filesToPurge(this.clock.now(), 100);
      for (const { id, storageKey } of files) {
        await this.storage.delete(storageKey);
        await this.requests.clearFile(id, storageKey);
      }
      if (files.length < 100) return;
    }
  }
}
