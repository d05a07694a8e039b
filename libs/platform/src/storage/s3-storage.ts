import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertValidStorageKey,
  MeasuringStream,
  StorageObjectNotFoundError,
  type PutOptions,
  type Storage,
  type StoredObject,
} from './storage';

export interface S3StorageOptions {
  bucket: string;
  /** Key prefix inside the bucket, without leading or trailing slash; may be empty. */
  prefix: string;
  /** An S3-compatible server (MinIO, Ceph…): also switches to path-style addressing. */
  endpoint?: string;
  region: string;
}

/** Objects in an S3-compatible bucket, uploaded as a multipart stream (at most a few parts in memory). */
export class S3Storage implements Storage {
  readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.endpoint !== undefined,
    });
  }

  async put(key: string, body: Readable, opts: PutOptions = {}): Promise<StoredObject> {
    const measuring = new MeasuringStream(opts.maxBytes);
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.options.bucket,
        Key: this.objectKey(key),
        Body: measuring,
        ContentType: opts.contentType ?? 'application/octet-stream',
      },
      // A failed or oversized upload must leave no parts behind.
      leavePartsOnError: false,
    });
    // The hash comes from the same pass that feeds the upload. Whichever side fails first stops
    // the other: a stalled reader would otherwise hang the pipeline.
    const feeding = pipeline(body, measuring);
    const uploading = upload.done().catch((error: unknown) => {
      measuring.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    });
    const [fed, uploaded] = await Promise.allSettled([feeding, uploading]);
    if (fed.status === 'rejected' || uploaded.status === 'rejected') {
      await upload.abort().catch(() => undefined);
      throw fed.status === 'rejected' ? fed.reason : (uploaded as PromiseRejectedResult).reason;
    }
    return measuring.result();
  }

  async get(key: string): Promise<Readable> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      if (!(out.Body instanceof Readable)) throw new Error(`S3 returned no stream for "${key}"`);
      return out.Body;
    } catch (error) {
      if (error instanceof NoSuchKey || isNotFound(error)) throw new StorageObjectNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
    );
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      return true;
    } catch (error) {
      if (error instanceof NotFound || isNotFound(error)) return false;
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    assertValidStorageKey(key);
    return this.options.prefix ? `${this.options.prefix}/${key}` : key;
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}
