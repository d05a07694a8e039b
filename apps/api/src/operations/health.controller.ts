import { Access } from '@cop/identity';
import { Controller, Get, Inject, OnModuleDestroy, Res } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig, createRedis, resolveQueueDriver } from '@cop/platform';

/**
 * GET /health: 200 when the database answers, 503 otherwise; Redis reported, not required (and not
 * dialled at all when the queue runs in-process: nothing of this process uses it then).
 */
@Access('ANYONE')
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private redis?: Redis;

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async check(@Res() res: Response): Promise<void> {
    const redis = await this.redisStatus();
    try {
      const result = await this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
      res.status(200).json({ ...result, info: { ...result.info, redis } });
    } catch (err) {
      const body = (err as { response?: Record<string, unknown> }).response ?? { status: 'error' };
      res.status(503).json({ ...body, redis });
    }
  }

  private async redisStatus(): Promise<{ status: 'up' | 'down' | 'unused'; message?: string }> {
    if ((await resolveQueueDriver(this.config)) === 'in-process')
      return { status: 'unused', message: 'jobs run in-process (QUEUE_DRIVER)' };
    try {
      this.redis ??= createRedis(this.config.redisUrl, 'producer');
      await withTimeout(this.redis.ping(), 1000);
      return { status: 'up' };
    } catch (err) {
      return { status: 'down', message: (err as Error).message };
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}
