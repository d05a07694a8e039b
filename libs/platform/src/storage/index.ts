export {
  STORAGE,
  StorageLimitExceededError,
  StorageObjectNotFoundError,
  InvalidStorageKeyError,
  assertValidStorageKey,
  type Storage,
  type PutOptions,
  type StoredObject,
} from './storage';
export { FileStorage } from './file-storage';
// S3Storage is loaded by createStorage only for an s3:// STORAGE_URL: the AWS SDK is 20 MB of memory.
export type { S3Storage, S3StorageOptions } from './s3-storage';
export { createStorage } from './storage.factory';
export { StorageModule } from './storage.module';
