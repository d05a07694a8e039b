/**
 * Admission control: at most `limit` requests run at once, the others wait their turn in
 * arrival order, and beyond `queueLimit` waiting the server says it is busy.
 *
 * One Node process has one thread: running 64 year-long calendars at once is no faster than
 * running 8, but every one of them holds its rows, its result tree and its JSON at the same
 * time (the API's peak RSS), and all of them finish late together instead of one after the
 * other. In arrival order, each waits for those before it and then runs without sharing.
 */
export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly limit: number,
    readonly queueLimit: number,
  ) {}

  /** Resolves with a release function once admitted; null at once when the queue is full. */
  enter(): Promise<() => void> | null {
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.queueLimit) return null;
    return new Promise((resolve) => this.waiting.push(() => resolve(this.releaser())));
  }

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Each admission releases once, however often its release is called. */
  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }
}
