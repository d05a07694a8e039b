import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import JSZip from 'jszip';
import {
  STORAGE,
  StorageObjectNotFoundError,
  TransactionContext,
  type PersonalDataFile,
  type PersonalDataSubject,
  type Storage,
} from '@cop/platform';
import { PersonalDataRegistry } from './personal-data.registry';

/** How the ZIP is laid out, for the person reading it. */
const README = `Your data on the platform

Each <part>.json holds what that part of the platform keeps about you; attachments/ holds the
files you uploaded. Other people appear at most by their id, never by name or e-mail address.
`;

/**
 * The ZIP of one person's data: a JSON file per domain (each provider's export, read in one
 * transaction so the parts agree) and the bytes of their files under the paths the providers give.
 */
@Injectable()
export class ExportBuilder {
  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly tx: TransactionContext,
    private readonly registry: PersonalDataRegistry,
  ) {}

  async build(subject: PersonalDataSubject): Promise<Readable> {
    const zip = new JSZip();
    zip.file('README.txt', README);
    const files: PersonalDataFile[] = [];
    await this.tx.run(async () => {
      for (const provider of this.registry.all()) {
        const part = await provider.export(subject, this.tx);
        zip.file(`${provider.name}.json`, JSON.stringify(part.data ?? null, null, 2));
        files.push(...(part.files ?? []));
      }
    });
    for (const file of files) {
      const bytes = await this.bytesOf(file.storageKey);
      if (bytes) zip.file(file.path, bytes);
    }
    return zip.generateNodeStream({
      type: 'nodebuffer',
      streamFiles: true,
      compression: 'DEFLATE',
    }) as Readable;
  }

  private async bytesOf(key: string): Promise<Buffer | null> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of await this.storage.get(key)) chunks.push(Buffer.from(chunk as Buffer));
      return Buffer.concat(chunks);
    } catch (error) {
      // A file whose bytes are gone is left out rather than failing the whole export.
      if (error instanceof StorageObjectNotFoundError) return null;
      throw error;
    }
  }
}
