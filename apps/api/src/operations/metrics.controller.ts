import { Access } from '@cop/identity';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig, UnauthenticatedError, metricsRegistry } from '@cop/platform';

/** GET /metrics in Prometheus text format; behind METRICS_TOKEN when one is configured. */
@Access('ANYONE')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  async metrics(
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (this.config.metricsToken && authorization !== `Bearer ${this.config.metricsToken}`) {
      throw new UnauthenticatedError('A metrics token is required.');
    }
    res.setHeader('Content-Type', metricsRegistry.contentType);
    res.send(await metricsRegistry.metrics());
  }
}
