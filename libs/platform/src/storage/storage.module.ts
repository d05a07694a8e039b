import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { S3Storage } from './s3-storage';
import { createStorage } from './storage.factory';
import { STORAGE, type Storage } from './storage';

/** Provides STORAGE (inject with `@Inject(STORAGE) storage: Storage`). */
@Module({
  providers: [
    { provide: STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createStorage(config) },
  ],
  exports: [STORAGE],
})
export class StorageModule implements OnModuleDestroy {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  onModuleDestroy(): void {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}
