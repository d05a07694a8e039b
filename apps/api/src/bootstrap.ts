import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, startDefaultMetrics } from '@cop/platform';
import { enforceFieldAccess } from '@cop/identity';
import { ApiModule } from './app.module';
import { noSniff, webAppPages, webAssets } from './web/web-app.middleware';

/** Builds the API application (not listening yet): used by main, the quick start and tests. */
export async function createApi(
  config: AppConfig,
  opts: { emitSchema?: boolean; logger?: boolean; connect?: boolean } = {},
) {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, opts), {
    bufferLogs: opts.logger !== false,
    logger: opts.logger === false ? ['error'] : undefined,
    bodyParser: false,
  });
  if (opts.logger !== false) app.useLogger(app.get(Logger));
  // Before init, where the schema is built: field resolvers' access rules as field middleware.
  enforceFieldAccess(app);
  // Proxies in front (TLS termination) set X-Forwarded-*; trust the first hop only.
  app.set('trust proxy', 1);
  app.disable('x-powered-by');
  // Mounted now, ahead of Nest's middleware and routes (registered at init): the built web app
  // at /assets and its pages on every path the API does not answer itself (libs/web-routes).
  app.use(noSniff);
  app.use('/assets', ...webAssets(config.webDistDir));
  app.use(webAppPages(config.webDistDir));
  app.useBodyParser('json', { limit: config.graphql.bodyLimit });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.enableShutdownHooks();
  startDefaultMetrics('cop_api_');
  return app;
}
