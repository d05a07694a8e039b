import { Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, escapeHtml, sendPlainPage } from '@cop/platform';
import { Access } from '@cop/identity';
import { CommunityService } from '@cop/community';
import { webPaths, webUrl } from '@cop/web-routes';
import { type LinkOutcome, NewsletterService } from './newsletter.service';

/**
 * The links of the newsletter e-mails (http.md): confirm, and unsubscribe with one button whose
 * POST is also the RFC 8058 one-click target: no redirect, no cookie, just a page.
 */
@Controller('newsletter')
@Access('ANYONE')
export class NewsletterLinksController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly newsletter: NewsletterService,
    private readonly community: CommunityService,
  ) {}

  @Get('confirm')
  async confirm(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const outcome = await this.newsletter.confirm(token);
    if (!outcome.ok) return this.failure(res, outcome, 'Confirmation failed');
    await this.page(
      res,
      200,
      'Subscription confirmed',
      `<p>${escapeHtml(outcome.email)} now receives the newsletter.</p>
<p>Every issue has a link to unsubscribe with one click.</p>`,
    );
  }

  @Get('unsubscribe')
  async unsubscribeForm(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const outcome = await this.newsletter.checkUnsubscribe(token);
    if (!outcome.ok) return this.failure(res, outcome, 'Unsubscribe');
    const action = `?token=${encodeURIComponent(String(token))}`;
    await this.page(
      res,
      200,
      'Unsubscribe',
      `<p>Stop sending the newsletter to ${escapeHtml(outcome.email)}?</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">Unsubscribe</button></form>`,
    );
  }

  @Post('unsubscribe')
  async unsubscribe(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const outcome = await this.newsletter.unsubscribe(token);
    if (!outcome.ok) return this.failure(res, outcome, 'Unsubscribe failed');
    await this.page(
      res,
      200,
      'Unsubscribed',
      `<p>${escapeHtml(outcome.email)} will receive no more newsletters.</p>
<p>You can subscribe again at any time.</p>`,
    );
  }

  private failure(res: Response, outcome: Extract<LinkOutcome, { ok: false }>, title: string) {
    return this.page(res, outcome.status, title, `<p>${escapeHtml(outcome.reason)}</p>`);
  }

  private async page(res: Response, status: number, title: string, bodyHtml: string): Promise<void> {
    sendPlainPage(res, status, {
      title,
      bodyHtml,
      homeUrl: webUrl(this.config.webUrl, webPaths.home()),
      communityName: await this.community.communityName(),
    });
  }
}
