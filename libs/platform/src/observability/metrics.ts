import { collectDefaultMetrics, register } from 'prom-client';

let started = false;

/** Process metrics (memory, event loop, GC) once per process, in prom-client's registry. */
export function startDefaultMetrics(prefix: string): void {
  if (started) return;
  started = true;
  collectDefaultMetrics({ prefix });
}

export { register as metricsRegistry };
