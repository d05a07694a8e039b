import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  Clock,
  HandlesJob,
  MailDeliveryRepository,
  MailService,
  STORAGE,
  TransactionContext,
  type AppConfig,
  type JobHandler,
  type JobPayloads,
  type Storage,
} from '@cop/platform';
import { PeopleRepository, hashToken, randomToken } from '@cop/identity';
import { apiPaths, webPaths, webUrl } from '@cop/web-routes';
import { EXPORT_LINK_TTL_MS } from '../privacy.service';
import { PrivacyRepository } from '../privacy.repository';
import { ExportBuilder } from '../export-builder';
import { renderDataExportReady, DATA_EXPORT_SUBJECT } from './data-export-mail';

/** The mail key of an export: one mail per export, whatever the retries. */
export const dataExportMailKey = (requestId: string) => `privacy-export:${requestId}`;

/**
 * Builds a person's export, stores it and mails them its single-use link. Each step is
 * re-checked on a re-run: the ZIP is stored once (under the request's key, replaced whole if
 * rebuilt after a crash), the link is (re)made only while no mail with it went out, and the
 * mail goes under the export's key, so a killed and restarted worker mails once.
 */
@Injectable()
@HandlesJob('privacy.export')
export class DataExportJob implements JobHandler<'privacy.export'> {
  private readonly logger = new Logger(DataExportJob.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
    private readonly requests: PrivacyRepository,
    private readonly people: PeopleRepository,
    private readonly deliveries: MailDeliveryRepository,
    private readonly mail: MailService,
    private readonly builder: ExportBuilder,
  ) {}

  async handle({ requestId }: JobPayloads['privacy.export']): Promise<void> {
    let request = await this.requests.find(requestId);
    if (!request || !request.personId || request.mailedAt) return;
    if (request.outcome === 'CANCELLED' || request.outcome === 'FAILED') return;
    const person = await this.people.findById(request.personId);
    if (!person?.email) {
      await this.requests.complete(request.id, 'FAILED', this.clock.now());
      this.logger.warn(`Export ${request.id}: the person has no e-mail address to mail the link to`);
      return;
    }

    if (!request.storageKey) {
      const key = `privacy/exports/${request.id}.zip`;
      const zip = await this.builder.build({
        personId: request.personId,
        email: person.email.toLowerCase(),
        displayName: person.displayName,
      });
      await this.storage.put(key, zip, { contentType: 'application/zip' });
      await this.requests.setStored(request.id, key);
      request = (await this.requests.find(requestId))!;
    }

    const mailKey = dataExportMailKey(request.id);
    const delivery = await this.deliveries.findByKey(mailKey);
    if (delivery?.status === 'FAILED') await this.requests.markFailed(request.id);
    if (delivery?.status === 'SENT' || delivery?.status === 'FAILED') {
      // Mailed before a crash kept us from noting it: the link in that mail is the one stored.
      await this.requests.setMailed(request.id, this.clock.now());
      return;
    }
    // No mail went out with a link yet: a new one (only its hash is kept) replaces any earlier.
    const token = randomToken('cop_export');
    const readyAt = this.clock.now();
    const expiresAt = new Date(readyAt.getTime() + EXPORT_LINK_TTL_MS);
    await this.tx.run(() => this.requests.setReady(request.id, hashToken(token), readyAt, expiresAt));
    const { html, text } = await renderDataExportReady({
      downloadUrl: new URL(apiPaths.myDataExport(token), this.config.publicUrl).toString(),
      expiresAt,
      settingsUrl: webUrl(this.config.webUrl, webPaths.settingsData()),
    });
    const sent = await this.mail.send({
      key: mailKey,
      to: person.email,
      subject: DATA_EXPORT_SUBJECT,
      html,
      text,
    });
    // A refused address never gets the link: the export failed (the purge deletes its file).
    if (sent === 'failed') await this.requests.markFailed(request.id);
    await this.requests.setMailed(request.id, this.clock.now());
  }
}
