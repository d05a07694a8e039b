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
export { S3Storage, type S3StorageOptions } from './s3-storage';
export { createStorage } from './storage.factory';
export { StorageModule } from './storage.module';
