import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';

/** Injection token of the Storage chosen by STORAGE_URL. */
export const STORAGE = Symbol('STORAGE');

export interface PutOptions {
  contentType?: string;
  /** The upload fails with StorageLimitExceededError past this many bytes, storing nothing. */
  maxBytes?: number;
}

export interface StoredObject {
  size: number;
  /** Lower-case hex SHA-256 of the bytes stored. */
  sha256: string;
}

/** Where uploaded files live: a directory or an S3-compatible bucket. Bodies are streamed, never buffered whole. */
export interface Storage {
  /** Stores body under key, replacing any object there only once the whole body arrived. */
  put(key: string, body: Readable, opts?: PutOptions): Promise<StoredObject>;
  /** The stored bytes; StorageObjectNotFoundError when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class StorageLimitExceededError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Upload exceeds the limit of ${maxBytes} bytes`);
    this.name = 'StorageLimitExceededError';
  }
}

export class StorageObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under "${key}"`);
    this.name = 'StorageObjectNotFoundError';
  }
}

export class InvalidStorageKeyError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid storage key ${JSON.stringify(key)}: ${reason}`);
    this.name = 'InvalidStorageKeyError';
  }
}

const MAX_KEY_LENGTH = 1024;

/**
 * Keys are relative, slash-separated paths. Anything that could climb out of the storage root
 * or be read differently by a file system and by S3 is refused.
 */
export function assertValidStorageKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new InvalidStorageKeyError(String(key), 'empty');
  if (key.length > MAX_KEY_LENGTH)
    throw new InvalidStorageKeyError(key, `longer than ${MAX_KEY_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(key)) throw new InvalidStorageKeyError(key, 'control character');
  if (key.includes('\\')) throw new InvalidStorageKeyError(key, 'backslash');
  if (key.startsWith('/') || /^[A-Za-z]:/.test(key)) throw new InvalidStorageKeyError(key, 'absolute path');
  for (const segment of key.split('/')) {
    if (segment === '') throw new InvalidStorageKeyError(key, 'empty path segment');
    if (segment === '.' || segment === '..') throw new InvalidStorageKeyError(key, `"${segment}" segment`);
  }
}

/** Passes bytes through while counting and hashing them, failing once maxBytes is passed. */
export class MeasuringStream extends Transform {
  size = 0;
  private readonly hash: Hash = createHash('sha256');

  constructor(private readonly maxBytes?: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.maxBytes !== undefined && this.size > this.maxBytes) {
      callback(new StorageLimitExceededError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** The result, once the stream has ended. */
  result(): StoredObject {
    return { size: this.size, sha256: this.hash.digest('hex') };
  }
}
