import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { S3Storage } from './s3-storage';
import { StorageLimitExceededError, StorageObjectNotFoundError } from './storage';

// Runs only against a real S3-compatible server, e.g.
// S3_TEST_ENDPOINT=http://127.0.0.1:9000 S3_TEST_BUCKET=test AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=…
const endpoint = process.env.S3_TEST_ENDPOINT;
const describeWithS3 = endpoint ? describe : describe.skip;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function chunked(buffer: Buffer, chunkSize = 256 * 1024): Readable {
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= buffer.length) return void this.push(null);
      this.push(buffer.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

describeWithS3('S3Storage (against S3_TEST_ENDPOINT)', () => {
  let storage: S3Storage;
  const prefix = `spec-${Date.now()}-${randomBytes(4).toString('hex')}`;

  beforeAll(() => {
    storage = new S3Storage({
      bucket: process.env.S3_TEST_BUCKET ?? 'test',
      prefix,
      endpoint,
      region: process.env.AWS_REGION ?? 'us-east-1',
    });
  });

  afterAll(() => storage?.destroy());

  it('round-trips a multipart-sized body exactly', async () => {
    const data = randomBytes(12 * 1024 * 1024 + 5);
    const stored = await storage.put('big.bin', chunked(data), { contentType: 'application/octet-stream' });
    expect(stored).toEqual({ size: data.length, sha256: createHash('sha256').update(data).digest('hex') });
    expect(await storage.exists('big.bin')).toBe(true);
    expect((await readAll(await storage.get('big.bin'))).equals(data)).toBe(true);
    await storage.delete('big.bin');
    expect(await storage.exists('big.bin')).toBe(false);
  });

  it('stores nothing when the limit is exceeded', async () => {
    await expect(
      storage.put('too-big.bin', chunked(randomBytes(7 * 1024 * 1024)), { maxBytes: 6 * 1024 * 1024 }),
    ).rejects.toBeInstanceOf(StorageLimitExceededError);
    expect(await storage.exists('too-big.bin')).toBe(false);
  });

  it('reports a missing object', async () => {
    await expect(storage.get('missing')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
  });
});
