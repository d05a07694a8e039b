import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertValidStorageKey,
  InvalidStorageKeyError,
  MeasuringStream,
  StorageObjectNotFoundError,
  type PutOptions,
  type Storage,
  type StoredObject,
} from './storage';

/** Files in a directory. A put streams into a temporary file beside the target and renames it into place. */
export class FileStorage implements Storage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Readable, opts: PutOptions = {}): Promise<StoredObject> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    // Same directory, so the rename is atomic; readers never see a half-written file.
    const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
    const measuring = new MeasuringStream(opts.maxBytes);
    try {
      await pipeline(body, measuring, createWriteStream(temp, { flags: 'wx', flush: true }));
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    return measuring.result();
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    // Open first so a missing file is reported here rather than as a stream error later.
    const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR') {
        throw new StorageObjectNotFoundError(key);
      }
      throw error;
    });
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error;
    });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return false;
      throw error;
    }
  }

  private pathOf(key: string): string {
    assertValidStorageKey(key);
    const path = resolve(this.root, key);
    // Belt and braces: the key check already forbids anything that resolves outside the root.
    if (!path.startsWith(this.root + sep)) throw new InvalidStorageKeyError(key, 'outside the storage root');
    return path;
  }
}
