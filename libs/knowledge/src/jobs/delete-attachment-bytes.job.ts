import { Inject, Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobPayloads, STORAGE, type Storage } from '@cop/platform';
import { DocumentsRepository } from '../documents.repository';

/**
 * Deletes a removed attachment's stored bytes, after the removal committed. Re-checks that no
 * attachment names them; deleting bytes already gone is no error, so a retry is harmless.
 */
@Injectable()
@HandlesJob('knowledge.delete-attachment-bytes')
export class DeleteAttachmentBytesJob implements JobHandler<'knowledge.delete-attachment-bytes'> {
  constructor(
    private readonly documents: DocumentsRepository,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async handle({ storageKey }: JobPayloads['knowledge.delete-attachment-bytes']): Promise<void> {
    if (await this.documents.storageKeyUsed(storageKey)) return;
    await this.storage.delete(storageKey);
  }
}
