import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** A parsed message together with the SMTP envelope it arrived with. */
export interface ReceivedMail extends ParsedMail {
  envelope: { from: string | null; to: string[] };
}

export type SmtpFailureStage = 'rcpt' | 'data';

export interface TestSmtpServer {
  port: number;
  /** `smtp://127.0.0.1:<port>`, ready for SMTP_URL. */
  url: string;
  /** Every message accepted so far, in arrival order. */
  messages: ReceivedMail[];
  /** Resolves once at least count messages have arrived; rejects after timeoutMs. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /**
   * Resolves once at least count messages have arrived; rejects when none arrives for stallMs.
   * For long sends whose speed is the machine's, not the code's: a stall is a failure, slowness is not.
   */
  waitWhileArriving(count: number, stallMs: number): Promise<ReceivedMail[]>;
  /**
   * Makes the next n RCPT TO (or DATA) answers fail with code: 4xx for a transient refusal
   * (421 also closes the connection, as real servers do), 5xx for a permanent one.
   */
  failNext(n: number, code?: number, stage?: SmtpFailureStage): void;
  /** Forgets received messages and pending failures. */
  clear(): void;
  stop(): Promise<void>;
}

export interface StartSmtpServerOptions {
  /** Largest message accepted, in bytes (SIZE extension). */
  maxMessageBytes?: number;
}

/** An in-process SMTP server on 127.0.0.1 (random port, no TLS, any or no login) that records what it receives. */
export async function startSmtpServer(opts: StartSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const events = new EventEmitter();
  const failures: Record<SmtpFailureStage, { remaining: number; code: number }> = {
    rcpt: { remaining: 0, code: 421 },
    data: { remaining: 0, code: 421 },
  };

  const takeFailure = (stage: SmtpFailureStage): Error | null => {
    const failure = failures[stage];
    if (failure.remaining <= 0) return null;
    failure.remaining -= 1;
    const error = new Error(failure.code >= 500 ? 'Mailbox unavailable (test)' : 'Try again later (test)');
    return Object.assign(error, { responseCode: failure.code });
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: opts.maxMessageBytes,
    // A pooled client keeps idle connections open; do not wait for them on stop().
    closeTimeout: 100,
    onAuth(_auth, _session, callback) {
      callback(null, { user: 'test' });
    },
    onRcptTo(_address, _session, callback) {
      callback(takeFailure('rcpt'));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const failure = takeFailure('data');
      if (failure) {
        // The body has to be read to the end before the server may answer.
        stream.on('end', () => callback(failure));
        stream.resume();
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          const mailFrom = session.envelope.mailFrom;
          const received: ReceivedMail = Object.assign(parsed, {
            envelope: {
              from: mailFrom ? mailFrom.address : null,
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            },
          });
          // Recorded before the client hears 250, so a resolved send is already visible here.
          messages.push(received);
          events.emit('message');
          callback(null);
        },
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Errors after start (a client dropping its socket) must not crash the test process.
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  /** Waits for count messages; the timer restarts at each message when `rearm`. */
  function waitForMessages(count: number, timeoutMs: number, rearm: boolean): Promise<ReceivedMail[]> {
    if (messages.length >= count) return Promise.resolve(messages);
    return new Promise((resolve, reject) => {
      const expire = () => {
        events.off('message', onMessage);
        const bound = rearm ? `no new one for ${timeoutMs} ms` : `not within ${timeoutMs} ms`;
        reject(new Error(`Expected ${count} message(s), ${bound}: got ${messages.length}`));
      };
      const timer = setTimeout(expire, timeoutMs);
      const onMessage = () => {
        if (messages.length < count) {
          if (rearm) timer.refresh();
          return;
        }
        clearTimeout(timer);
        events.off('message', onMessage);
        resolve(messages);
      };
      events.on('message', onMessage);
    });
  }

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(count, timeoutMs = 5000) {
      return waitForMessages(count, timeoutMs, false);
    },
    waitWhileArriving(count, stallMs) {
      return waitForMessages(count, stallMs, true);
    },
    failNext(n, code = 421, stage = 'rcpt') {
      failures[stage] = { remaining: n, code };
    },
    clear() {
      messages.length = 0;
      failures.rcpt.remaining = 0;
      failures.data.remaining = 0;
    },
    stop() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
