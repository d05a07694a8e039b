import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import {
  AppConfig,
  HttpErrorFilter,
  InputValidationPipe,
  MutationTransactionInterceptor,
  PlatformModule,
} from '@cop/platform';
import { CommunityModule } from '@cop/community';
import { ExpertiseModule } from '@cop/expertise';
import { IdentityModule, ViewerMiddleware } from '@cop/identity';
import { NewsModule } from '@cop/news';
import { MeetingsModule } from '@cop/meetings';
import { SurveysModule } from '@cop/surveys';
import { UseCasesModule } from '@cop/use-cases';
import { KnowledgeModule } from '@cop/knowledge';
import { NewsletterModule } from '@cop/newsletter';
import { DigestsModule } from '@cop/digests';
import { InitiativesModule } from '@cop/initiatives';
import { ReportsModule } from '@cop/reports';
import { PrivacyModule } from '@cop/privacy';
import { AuthModule } from './auth/auth.module';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './operations/health.controller';
import { MetricsController } from './operations/metrics.controller';
import { HttpMetricsMiddleware } from './operations/http-metrics.middleware';
import { AdmissionMiddleware } from './operations/admission.middleware';
import { QueueBoardController } from './operations/queue-board.controller';
import { DevClockController } from './operations/dev-clock.controller';

/** The domains the API serves. */
const DOMAINS = [
  IdentityModule,
  AuthModule,
  CommunityModule,
  NewsModule,
  SurveysModule,
  ExpertiseModule,
  UseCasesModule,
  KnowledgeModule,
  MeetingsModule,
  NewsletterModule,
  InitiativesModule,
  ReportsModule,
  DigestsModule,
  PrivacyModule,
];

@Module({})
export class ApiModule implements NestModule {
  static forRoot(config: AppConfig, opts: { emitSchema?: boolean; connect?: boolean } = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(config, { connect: opts.connect }),
        TerminusModule.forRoot({ logger: false }),
        GraphQLModule.forRoot(graphqlOptions(config, { emitSchema: opts.emitSchema ?? false })),
        ...DOMAINS,
      ],
      controllers: [
        HealthController,
        MetricsController,
        ...(config.queueBoard ? [QueueBoardController] : []),
        // Development with DEV_CLOCK only (config.devClock is false in any other environment).
        ...(config.devClock && config.env === 'development' ? [DevClockController] : []),
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: MutationTransactionInterceptor },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware, AdmissionMiddleware, ViewerMiddleware).forRoutes('*path');
  }
}
