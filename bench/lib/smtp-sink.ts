import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * An SMTP server on 127.0.0.1 that accepts everything and only counts: a benchmark measures
 * the sender, not a parser. Messages are read to the end before the 250, as a real server does.
 */
export interface SmtpSink {
  url: string;
  /** Accepted messages and recipients so far. */
  counts(): { messages: number; recipients: number };
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let messages = 0;
  let recipients = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      stream.on('end', () => {
        messages++;
        recipients += session.envelope.rcptTo.length;
        callback(null);
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.on('error', () => undefined);
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    counts: () => ({ messages, recipients }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
