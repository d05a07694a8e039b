import { Injectable } from '@nestjs/common';

/** The time, behind a seam so tests can move it (DESIGN rule 9: mock only the clock). */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: shifts now() by ms. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Tests only: sets now() to the instant. */
  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}

let processClock: Clock | undefined;

/**
 * DEV_CLOCK only: the one Clock of this process. The quick start runs the API and the worker as
 * two Nest contexts in one process; a journey that moves the API's clock (POST /dev/clock) must
 * move the worker's too, or a job would not see the time the page shows.
 */
export function sharedProcessClock(): Clock {
  processClock ??= new Clock();
  return processClock;
}
