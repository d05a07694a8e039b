import { Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, escapeHtml } from '@cop/platform';
import { Access } from '@cop/identity';
import { verifyDigestUnsubscribeToken } from './digest-tokens';
import { DigestsRepository } from './digests.repository';

/** The digests' List-Unsubscribe target: a page with one button; its POST (also one-click) sets NEVER. */
@Controller('digests')
@Access('ANYONE')
export class DigestLinksController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DigestsRepository,
  ) {}

  @Get('unsubscribe')
  form(@Query('token') token: unknown, @Res() res: Response): void {
    if (!verifyDigestUnsubscribeToken(this.config.sessionSecret, token))
      return page(res, 400, 'Unsubscribe', '<p>This unsubscribe link is not valid.</p>');
    const action = `?token=${encodeURIComponent(String(token))}`;
    page(
      res,
      200,
      'Stop the digests',
      `<p>Stop sending you e-mail digests?</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">Unsubscribe</button></form>`,
    );
  }

  @Post('unsubscribe')
  async unsubscribe(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const personId = verifyDigestUnsubscribeToken(this.config.sessionSecret, token);
    if (!personId) return page(res, 400, 'Unsubscribe failed', '<p>This unsubscribe link is not valid.</p>');
    if (!(await this.repository.stopDigests(personId)))
      return page(res, 404, 'Unsubscribe failed', '<p>This unsubscribe link is unknown.</p>');
    page(
      res,
      200,
      'Unsubscribed',
      '<p>You will receive no more digests. Your settings can turn them on again.</p>',
    );
  }
}

function page(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
        `<title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    );
}
