import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, register } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@cop/platform';
import { Admission } from './admission';

/** Every Admission of the process (one per API; tests start several): the gauges add them up. */
const admissions = new Set<Admission>();
const sum = (of: (a: Admission) => number) => [...admissions].reduce((n, a) => n + of(a), 0);
const metric = <M>(name: string, make: () => M): M => (register.getSingleMetric(name) as M) ?? make();
metric(
  'cop_http_admission_running',
  () =>
    new Gauge({
      name: 'cop_http_admission_running',
      help: 'GraphQL and feed requests running',
      collect() {
        this.set(sum((a) => a.inFlight));
      },
    }),
);
metric(
  'cop_http_admission_waiting',
  () =>
    new Gauge({
      name: 'cop_http_admission_waiting',
      help: 'GraphQL and feed requests waiting their turn',
      collect() {
        this.set(sum((a) => a.queued));
      },
    }),
);
const admitted = metric(
  'cop_http_admission_admitted_total',
  () =>
    new Counter({ name: 'cop_http_admission_admitted_total', help: 'GraphQL and feed requests admitted' }),
);
const refused = metric(
  'cop_http_admission_refused_total',
  () =>
    new Counter({ name: 'cop_http_admission_refused_total', help: 'Requests refused with 503: queue full' }),
);

/** What goes through admission: GraphQL and the personal calendar feeds (the costly reads). */
const ADMITTED = /^\/(graphql|calendar\/feeds\/)/;
/** How long a request whose connection closed may hold its slot without ending its response. */
const ABANDONED_MS = 30_000;

/**
 * GraphQL requests and calendar feeds go through one Admission (GRAPHQL_CONCURRENCY at once,
 * GRAPHQL_QUEUE_LIMIT waiting). A full queue answers 503 with Retry-After, in the contract's
 * RATE_LIMITED shape (the contract has no code of its own for an overloaded server).
 */
@Injectable()
export class AdmissionMiddleware implements NestMiddleware {
  readonly admission: Admission;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.admission = new Admission(config.graphql.concurrency, config.graphql.queueLimit);
    admissions.add(this.admission);
  }

  use(req: Request, res: Response, next: NextFunction): void {
    if (!ADMITTED.test(req.originalUrl)) return next();
    const entering = this.admission.enter();
    if (!entering) {
      refused.inc();
      res.setHeader('Retry-After', '1');
      res.status(503).json({
        errors: [
          {
            message: 'The server is busy; try again in a moment.',
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
          },
        ],
      });
      return;
    }
    void entering.then((release) => {
      admitted.inc();
      if (req.socket.destroyed) {
        release(); // the client gave up while waiting: nothing to run
        return;
      }
      // Done when the handler ends its response, not when the client goes away: a request
      // whose caller left still runs to its end, and its slot stays taken until then (else
      // abandoned work would pile up beyond the limit). A handler that never ends is let go
      // of a while after its connection closed.
      const end = res.end.bind(res) as (...args: unknown[]) => Response;
      res.end = ((...args: unknown[]) => {
        release();
        return end(...args);
      }) as Response['end'];
      res.once('close', () => {
        if (!res.writableEnded) setTimeout(release, ABANDONED_MS).unref();
      });
      next();
    });
  }
}
