import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import {
  APP_CONFIG,
  Clock,
  STORAGE,
  StorageObjectNotFoundError,
  TransactionContext,
  sendPlainPage,
  type AppConfig,
  type Storage,
} from '@cop/platform';
import { Access, hashToken } from '@cop/identity';
import { webPaths, webUrl } from '@cop/web-routes';
import { PrivacyRepository } from './privacy.repository';

/**
 * GET /my-data/:token.zip: one's data export, by the single-use link mailed when it was made.
 * The token is the credential (the link may be opened on another device): 404 when unknown,
 * 410 once used or expired. The file is deleted once sent.
 */
@Controller('my-data')
@Access('ANYONE')
export class MyDataController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
    private readonly requests: PrivacyRepository,
  ) {}

  @Get(':file')
  async download(@Param('file') file: string, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const token = /^(cop_export_[A-Za-z0-9_-]{20,100})\.zip$/.exec(file)?.[1];
    const claim = token
      ? await this.tx.run(() => this.requests.claimDownload(hashToken(token), this.clock.now()))
      : ({ status: 'unknown' } as const);
    if (claim.status !== 'ok') return this.refuse(res, claim.status === 'gone' ? 410 : 404);
    let body;
    try {
      body = await this.storage.get(claim.storageKey);
    } catch (error) {
      if (error instanceof StorageObjectNotFoundError) return this.refuse(res, 410);
      throw error;
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', 'attachment; filename="my-data.zip"');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await pipeline(body, res);
    } finally {
      // Single use: the bytes go once they were sent (or the attempt failed; ask for a new export).
      await this.storage.delete(claim.storageKey);
      await this.requests.clearFile(claim.id, claim.storageKey);
    }
  }

  private refuse(res: Response, status: 404 | 410): void {
    const settings = webUrl(this.config.webUrl, webPaths.settingsData());
    sendPlainPage(res, status, {
      title: status === 410 ? 'This link was used or has expired' : 'No such export',
      bodyHtml:
        status === 410
          ? `<p>A data export link works once and for 7 days. Ask for a new export on <a href="${settings}">My data</a>.</p>`
          : `<p>This link does not name an export. Ask for one on <a href="${settings}">My data</a>.</p>`,
      homeUrl: this.config.webUrl,
    });
  }
}
