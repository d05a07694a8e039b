import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStorage } from './file-storage';
import { createStorage } from './storage.factory';
import { InvalidStorageKeyError, StorageLimitExceededError, StorageObjectNotFoundError } from './storage';

/** A body delivered in uneven chunks, as a network upload would be. */
function chunked(buffer: Buffer, chunkSize = 64 * 1024 + 7): Readable {
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= buffer.length) return void this.push(null);
      this.push(buffer.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('FileStorage', () => {
  let root: string;
  let storage: FileStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'file-storage-'));
    storage = new FileStorage(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('round-trips a few megabytes exactly and reports their size and SHA-256', async () => {
    const data = randomBytes(5 * 1024 * 1024 + 123);
    const stored = await storage.put('attachments/a1/report.pdf', chunked(data), {
      contentType: 'application/pdf',
    });

    expect(stored).toEqual({ size: data.length, sha256: createHash('sha256').update(data).digest('hex') });
    expect(await storage.exists('attachments/a1/report.pdf')).toBe(true);
    const back = await readAll(await storage.get('attachments/a1/report.pdf'));
    expect(back.equals(data)).toBe(true);
    expect(await listFiles(root)).toEqual([join(root, 'attachments/a1/report.pdf')]);
  });

  it('stores an empty body', async () => {
    const stored = await storage.put('empty', Readable.from([]));
    expect(stored).toEqual({ size: 0, sha256: createHash('sha256').digest('hex') });
    expect((await readAll(await storage.get('empty'))).length).toBe(0);
  });

  it('accepts exactly maxBytes', async () => {
    const data = randomBytes(1000);
    await expect(storage.put('exact', chunked(data, 100), { maxBytes: 1000 })).resolves.toMatchObject({
      size: 1000,
    });
  });

  it('leaves nothing stored when the limit is exceeded', async () => {
    const data = randomBytes(3 * 1024 * 1024);
    await expect(
      storage.put('big/file.bin', chunked(data), { maxBytes: 1024 * 1024 }),
    ).rejects.toBeInstanceOf(StorageLimitExceededError);
    expect(await storage.exists('big/file.bin')).toBe(false);
    expect(await listFiles(root)).toEqual([]);
  });

  it('keeps the previous object when a replacing upload fails', async () => {
    await storage.put('doc', Readable.from([Buffer.from('version 1')]));
    await expect(
      storage.put('doc', chunked(randomBytes(5000), 100), { maxBytes: 10 }),
    ).rejects.toBeInstanceOf(StorageLimitExceededError);
    expect((await readAll(await storage.get('doc'))).toString()).toBe('version 1');
    expect(await listFiles(root)).toEqual([join(root, 'doc')]);
  });

  it('removes the temporary file when the body stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put('broken', failing)).rejects.toThrow('client went away');
    expect(await listFiles(root)).toEqual([]);
  });

  it('deletes, and treats a missing object as absent', async () => {
    await storage.put('x/y', Readable.from([Buffer.from('y')]));
    await storage.delete('x/y');
    await storage.delete('x/y');
    expect(await storage.exists('x/y')).toBe(false);
    await expect(storage.get('x/y')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
    await expect(storage.get('nothing/here')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
  });

  it.each([
    ['empty', ''],
    ['parent segment', '../outside'],
    ['parent segment inside', 'a/../../outside'],
    ['trailing parent segment', 'a/..'],
    ['dot segment', './a'],
    ['absolute path', '/etc/passwd'],
    ['drive letter', 'C:/windows'],
    ['backslash', 'a\\..\\b'],
    ['empty segment', 'a//b'],
    ['trailing slash', 'a/'],
    ['NUL', 'a\u0000b'],
    ['newline', 'a\nb'],
    ['DEL', 'a\u007fb'],
    ['too long', 'x'.repeat(1025)],
  ])('rejects a key: %s', async (_label, key) => {
    await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
      InvalidStorageKeyError,
    );
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(await listFiles(root)).toEqual([]);
  });

  it('accepts ordinary keys with dots, spaces and unicode', async () => {
    for (const key of ['a..b/c.d', 'dir/.hidden', 'Résumé final (2).pdf']) {
      await storage.put(key, Readable.from([Buffer.from(key)]));
      expect((await readAll(await storage.get(key))).toString()).toBe(key);
    }
  });

  it('is chosen by a file:// STORAGE_URL', async () => {
    const fromUrl = createStorage({ storageUrl: `file://${root}/sub` });
    await fromUrl.put('k', Readable.from([Buffer.from('v')]));
    expect(await storage.exists('sub/k')).toBe(true);
  });
});
