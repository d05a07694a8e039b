import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { TransactionContext } from './transaction-context';
import { dataSourceOptions } from './data-source-options';

/** TypeORM on pg: entities registered by each domain's forFeature, migrations never run here. */
@Global()
@Module({})
export class DatabaseModule {
  /** connect: false builds everything but the connection (schema emission at build time). */
  static forRoot(opts: { connect?: boolean } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config),
            autoLoadEntities: true,
            manualInitialization: opts.connect === false,
          }),
        }),
      ],
      providers: [TransactionContext],
      exports: [TransactionContext],
    };
  }
}
