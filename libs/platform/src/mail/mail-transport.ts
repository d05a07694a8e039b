import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createTransport, type Mail, type Transport } from 'nodemailer';
import type { AppConfig } from '../config/config';

/** Injection token of the nodemailer transporter MailService sends through. */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export type MailTransport = Mail;

/** What the .eml transport reports for a written message. */
export interface EmlFileInfo {
  messageId: string;
  envelope: { from: string | false; to: string[] };
  /** Absolute path of the written .eml file. */
  path: string;
}

/**
 * SMTP_URL set: a pooled SMTP transport. Unset: every message is written as an RFC 822 .eml
 * file under DATA_DIR/mail, so development and demos need no mail server.
 */
export function createMailTransport(
  config: Pick<AppConfig, 'smtpUrl' | 'dataDir' | 'newsletter'>,
): MailTransport {
  if (config.smtpUrl) {
    return createTransport({
      url: config.smtpUrl,
      pool: true,
      // One connection per newsletter batch running at once, so sends do not queue for one.
      maxConnections: Math.max(5, config.newsletter.concurrency),
      // Fail fast: the job retries with backoff, which beats a worker stuck on a dead server.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
  }
  return createTransport(new EmlFileTransport(join(config.dataDir, 'mail')));
}

/** A nodemailer transport that streams each message into its own .eml file, written atomically. */
export class EmlFileTransport implements Transport<EmlFileInfo> {
  readonly name = 'eml-file';
  readonly version = '1';

  constructor(readonly directory: string) {}

  send(
    mail: Parameters<Transport<EmlFileInfo>['send']>[0],
    callback: (err: Error | null, info: EmlFileInfo) => void,
  ): void {
    const messageId = mail.message.messageId();
    const envelope = mail.message.getEnvelope();
    // Sortable by time; the Message-ID tells messages of the same millisecond apart.
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('.', '');
    const safeId = messageId.replace(/[^A-Za-z0-9._@-]/g, '').slice(0, 120);
    const path = join(this.directory, `${stamp}-${safeId}.eml`);
    const temp = join(this.directory, `.${randomUUID()}.tmp`);

    const write = async (): Promise<void> => {
      await mkdir(this.directory, { recursive: true });
      try {
        await pipeline(
          mail.message.createReadStream(),
          createWriteStream(temp, { flags: 'wx', flush: true }),
        );
        await rename(temp, path);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    };
    write().then(
      () => callback(null, { messageId, envelope: { from: envelope.from, to: envelope.to }, path }),
      (error: Error) => callback(error, undefined as unknown as EmlFileInfo),
    );
  }
}
