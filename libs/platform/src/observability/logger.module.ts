import { Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';

/**
 * `npm start` runs the API and the worker as two Nest applications in one process. Each registers
 * TypeORM's default data source in its own container (nothing is overridden), but @nestjs/typeorm
 * 12 counts names process-wide and warns at the second. That line is the only noise of a quick
 * start, so it is dropped; every other line passes.
 */
function dropKnownNoise(this: unknown, args: unknown[], method: (...a: unknown[]) => void): void {
  const first = args[0] as { context?: unknown } | undefined;
  if (first?.context === 'DataSourceNameRegistry') return;
  method.apply(this, args);
}

/** Structured JSON logs (pino); secrets in headers never reach them. */
@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      imports: [],
      providers: [],
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: (req, res) => {
            const incoming = req.headers['x-request-id'];
            const id =
              typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
          autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
          hooks: { logMethod: dropKnownNoise },
        },
      }),
    }),
  ],
})
export class LoggerModule {}
