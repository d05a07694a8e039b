import { Inject, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@cop/platform';
import { DEV_IDP_PATH, devIdpEnabled } from '../oidc/oidc-providers';
import { DevIdpAccountsRepository } from './dev-idp-accounts.repository';

/**
 * Mounts the development identity provider under /dev/idp when OIDC_PROVIDERS is unset outside
 * production; otherwise mounts nothing (and the factory would refuse anyway).
 */
@Module({ providers: [DevIdpAccountsRepository] })
export class DevIdpModule implements NestModule {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: DevIdpAccountsRepository,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    if (!devIdpEnabled(this.config)) return;
    consumer
      .apply(this.lazyHandler())
      .forRoutes({ path: `${DEV_IDP_PATH.slice(1)}/*path`, method: RequestMethod.ALL });
  }

  /**
   * The provider is built on the first request to /dev/idp: loading oidc-provider and making a
   * signing key costs every API start (each test's included) time and a runtime notice.
   */
  private lazyHandler(): RequestHandler {
    let handler: Promise<RequestHandler> | null = null;
    const load = async (): Promise<RequestHandler> => {
      const { createDevIdentityProvider } = await import('./dev-identity-provider');
      const { devIdpMiddleware } = await import('./dev-idp.middleware');
      return devIdpMiddleware(createDevIdentityProvider(this.config, this.accounts), this.accounts);
    };
    return (req: Request, res: Response, next: NextFunction) => {
      handler ??= load().catch((err: unknown) => {
        handler = null;
        throw err;
      });
      handler.then((handle) => handle(req, res, next), next);
    };
  }
}
