import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
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
    // S3Storage holds the SDK's sockets (it is loaded only for s3://, see createStorage).
    const closable = this.storage as Storage & { destroy?: () => void };
    closable.destroy?.();
  }
}
