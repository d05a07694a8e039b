import { Controller, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access, type Viewer, type ViewerRequest } from '@cop/identity';
import { contentDisposition } from './attachment-files';
import { AttachmentsService } from './attachments.service';
import type { Attachment } from './models/document.model';

/** POST /documents/:id/attachments (who may update the document) and GET /attachments/:id (who may see it). */
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('documents/:id/attachments')
  @Access('MEMBER')
  @HttpCode(201)
  upload(@Param('id') id: string, @Req() req: ViewerRequest): Promise<Attachment> {
    return this.attachments.upload(req.viewer as Viewer, id, req);
  }

  @Get('attachments/:id')
  @Access('ANYONE')
  async download(
    @Param('id') id: string,
    @Req() req: ViewerRequest,
    @Res() res: Response,
    @Headers('if-none-match') ifNoneMatch?: string,
  ): Promise<void> {
    const { attachment, body } = await this.attachments.download(req.viewer ?? null, id, ifNoneMatch);
    res.setHeader('ETag', `"${attachment.sha256}"`);
    res.setHeader('Cache-Control', 'private, no-cache');
    if (!body) {
      res.status(304).end();
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Length', String(attachment.size));
    res.setHeader('Content-Disposition', contentDisposition(attachment.filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    body.on('error', () => res.destroy());
    body.pipe(res);
  }
}
