import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Histogram, register } from 'prom-client';

const duration =
  (register.getSingleMetric('cop_http_request_duration_seconds') as Histogram<
    'method' | 'route' | 'status'
  >) ??
  new Histogram({
    name: 'cop_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });

/** Request durations by route family (not by raw path, to keep the label set small). */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const end = duration.startTimer({ method: req.method });
    res.on('finish', () => end({ route: routeFamily(req.originalUrl), status: String(res.statusCode) }));
    next();
  }
}

function routeFamily(url: string): string {
  const path = url.split('?')[0];
  const first = path.split('/')[1] ?? '';
  return [
    'graphql',
    'health',
    'metrics',
    'auth',
    'calendar',
    'attachments',
    'documents',
    'newsletter',
    'surveys',
    'dev',
  ].includes(first)
    ? `/${first}`
    : 'other';
}
