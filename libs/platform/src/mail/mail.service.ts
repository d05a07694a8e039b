import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionContext } from '../database/transaction-context';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export interface OutgoingMail {
  /** Unique per message and recipient (e.g. `meeting-reminder:<meetingId>:<personId>`): a key is mailed at most once. */
  key: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** Adds List-Unsubscribe with one-click unsubscription (RFC 8058). */
  listUnsubscribeUrl?: string;
}

export type MailSendResult = 'sent' | 'already-sent' | 'failed';

/** The mail could not be sent now but may be later: the job should be retried with backoff. */
export class TransientMailError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientMailError';
  }
}

// Set by MailService itself; a caller's header of the same name would break threading or RFC 8058.
const RESERVED_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'list-unsubscribe',
  'list-unsubscribe-post',
]);

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly messageIdHost: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly deliveries: MailDeliveryRepository,
    private readonly tx: TransactionContext,
  ) {
    this.messageIdHost = new URL(config.publicUrl).hostname || 'localhost';
  }

  /**
   * Sends one message to one recipient at most once per key. 'failed' is final (a permanent
   * SMTP refusal); TransientMailError asks the caller's job to try again later.
   *
   * Call it outside any transaction: it runs its own, holding the delivery's row lock while
   * the message goes out, so the record commits on its own and a concurrent send of the same
   * key waits or backs off instead of mailing twice.
   */
  async send(message: OutgoingMail): Promise<MailSendResult> {
    if (!message.key) throw new Error('MailService.send: key is required');
    if (!message.to || /[\r\n]/.test(message.to)) throw new Error('MailService.send: invalid recipient');
    const headers = this.headersOf(message);
    if (this.tx.inTransaction()) {
      throw new Error('MailService.send must run outside transactions: a sent mail cannot be rolled back');
    }

    const messageId = this.messageIdOf(message.key);
    const outcome = await this.tx.run(
      async (): Promise<MailSendResult | { retry: string; cause?: unknown }> => {
        const delivery = await this.deliveries.claim(message.key, message.to, message.subject);
        if (!delivery) return { retry: 'being sent by another worker' };
        if (delivery.status === 'SENT') return 'already-sent';
        if (delivery.status === 'FAILED') return 'failed';
        try {
          await this.transport.sendMail({
            from: this.config.mailFrom,
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
            // Deterministic, so a copy resent after a lost acknowledgement can be recognised downstream.
            messageId,
            headers,
            attachments: message.attachments?.map((a) => ({
              filename: a.filename,
              content: a.content,
              contentType: a.contentType,
            })),
          });
        } catch (error) {
          const reason = reasonOf(error);
          if (isPermanentFailure(error)) {
            this.logger.warn(`Mail ${message.key} to ${message.to} refused for good: ${reason}`);
            await this.deliveries.markFailed(message.key, reason);
            return 'failed';
          }
          // Recorded, not thrown: throwing would roll the record back.
          await this.deliveries.recordTransientFailure(message.key, reason);
          return { retry: reason, cause: error };
        }
        await this.deliveries.markSent(message.key, messageId);
        return 'sent';
      },
    );
    if (typeof outcome === 'object') {
      throw new TransientMailError(`Mail ${message.key} not sent yet: ${outcome.retry}`, {
        cause: outcome.cause,
      });
    }
    return outcome;
  }

  /** `<sha256(key)@host of PUBLIC_URL>`: the same key always gets the same Message-ID. */
  messageIdOf(key: string): string {
    return `<${createHash('sha256').update(key).digest('hex')}@${this.messageIdHost}>`;
  }

  private headersOf(message: OutgoingMail): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(message.headers ?? {})) {
      if (!/^[!-9;-~]+$/.test(name)) throw new Error(`MailService.send: invalid header name "${name}"`);
      if (RESERVED_HEADERS.has(name.toLowerCase()))
        throw new Error(`MailService.send: header "${name}" is set by MailService`);
      if (/[\r\n]/.test(value)) throw new Error(`MailService.send: header "${name}" contains a line break`);
      headers[name] = value;
    }
    if (message.listUnsubscribeUrl !== undefined) {
      const url = message.listUnsubscribeUrl;
      if (!/^https?:\/\/[^\s<>]+$/i.test(url))
        throw new Error('MailService.send: listUnsubscribeUrl must be an http(s) URL');
      headers['List-Unsubscribe'] = `<${url}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    return headers;
  }
}

/**
 * 5xx replies are final (RFC 5321), except 503, a session out of step that a new connection
 * fixes; nodemailer marks this itself as err.permanent. An envelope refused without any reply
 * (no valid recipient address) cannot succeed later either. Everything else (4xx, refused or
 * dropped connections, timeouts, a full disk under the .eml transport) is worth retrying.
 */
function isPermanentFailure(error: unknown): boolean {
  const e = error as { permanent?: unknown; responseCode?: unknown; code?: unknown };
  if (typeof e?.permanent === 'boolean') return e.permanent;
  if (typeof e?.responseCode === 'number')
    return e.responseCode >= 500 && e.responseCode < 600 && e.responseCode !== 503;
  return e?.code === 'EENVELOPE';
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
