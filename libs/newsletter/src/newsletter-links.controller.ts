import { Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { escapeHtml } from '@cop/platform';
import { Access } from '@cop/identity';
import { type LinkOutcome, NewsletterService } from './newsletter.service';

/**
 * The links of the newsletter e-mails (http.md): confirm, and unsubscribe with one button whose
 * POST is also the RFC 8058 one-click target: no redirect, no cookie, just a page.
 */
@Controller('newsletter')
@Access('ANYONE')
export class NewsletterLinksController {
  constructor(private readonly newsletter: NewsletterService) {}

  @Get('confirm')
  async confirm(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const outcome = await this.newsletter.confirm(token);
    if (!outcome.ok) return failure(res, outcome, 'Confirmation failed');
    page(
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
    if (!outcome.ok) return failure(res, outcome, 'Unsubscribe');
    const action = `?token=${encodeURIComponent(String(token))}`;
    page(
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
    if (!outcome.ok) return failure(res, outcome, 'Unsubscribe failed');
    page(
      res,
      200,
      'Unsubscribed',
      `<p>${escapeHtml(outcome.email)} will receive no more newsletters.</p>
<p>You can subscribe again at any time.</p>`,
    );
  }
}

function failure(res: Response, outcome: Extract<LinkOutcome, { ok: false }>, title: string): void {
  page(res, outcome.status, title, `<p>${escapeHtml(outcome.reason)}</p>`);
}

function page(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .set('Referrer-Policy', 'no-referrer')
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
        `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    );
}
