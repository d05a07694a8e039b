import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from './config/config';
import { APP_CONFIG, ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { Clock, sharedProcessClock } from './clock/clock';
import { LoggerModule } from './observability/logger.module';
import { MailModule } from './mail/mail.module';
import { StorageModule } from './storage/storage.module';
import { CacheBus } from './cache-bus/cache-bus';

/** Configuration, database, queue producers, mail, storage, clock, cache bus and logs: imported once by each app. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config?: AppConfig, opts: { connect?: boolean } = {}): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule,
        DatabaseModule.forRoot(opts),
        QueueModule,
        MailModule,
        StorageModule,
      ],
      providers: [
        {
          provide: Clock,
          // One per context, except with DEV_CLOCK (development): one per process.
          useFactory: (c: AppConfig) => (c.devClock ? sharedProcessClock() : new Clock()),
          inject: [APP_CONFIG],
        },
        {
          provide: CacheBus,
          // Invalidations across processes and the shared rate limits (Redis, unless connect: false).
          useFactory: (c: AppConfig) => new CacheBus(c, opts.connect !== false),
          inject: [APP_CONFIG],
        },
      ],
      exports: [Clock, CacheBus, MailModule, StorageModule],
    };
  }
}
