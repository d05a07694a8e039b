import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { Clock } from './clock/clock';
import { LoggerModule } from './observability/logger.module';
import { MailModule } from './mail/mail.module';
import { StorageModule } from './storage/storage.module';

/** Configuration, database, queue producers, mail, storage, clock and logs: imported once by each app. */
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
      providers: [Clock],
      exports: [Clock, MailModule, StorageModule],
    };
  }
}
