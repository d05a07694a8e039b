import { Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, escapeHtml, sendPlainPage } from '@cop/platform';
import { Access } from '@cop/identity';
import { CommunityService } from '@cop/community';
import { webPaths, webUrl } from '@cop/web-routes';
import { verifyDigestUnsubscribeToken } from './digest-tokens';
import { DigestsRepository } from './digests.repository';

/** The digests' List-Unsubscribe target: a page with one button; its POST (also one-click) sets NEVER. */
@Controller('digests')
@Access('ANYONE')
export class DigestLinksController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DigestsRepository,
    private readonly community: CommunityService,
  ) {}

  @Get('unsubscribe')
  async form(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    if (!verifyDigestUnsubscribeToken(this.config.sessionSecret, token))
      return this.page(res, 400, 'Unsubscribe', '<p>This unsubscribe link is not valid.</p>');
    const action = `?token=${encodeURIComponent(String(token))}`;
    await this.page(
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
    if (!personId)
      return this.page(res, 400, 'Unsubscribe failed', '<p>This unsubscribe link is not valid.</p>');
    if (!(await this.repository.stopDigests(personId)))
      return this.page(res, 404, 'Unsubscribe failed', '<p>This unsubscribe link is unknown.</p>');
    await this.page(
      res,
      200,
      'Unsubscribed',
      '<p>You will receive no more digests. Your settings can turn them on again.</p>',
    );
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
