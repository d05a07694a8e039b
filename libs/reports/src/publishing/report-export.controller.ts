import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access, type ViewerRequest } from '@cop/identity';
import { PublishingService } from './publishing.service';

/**
 * GET /reports/:id/export.md and /reports/:id/export.docx: the report as the caller reads it
 * (session cookie or bearer token, as the other downloads), its evidence as numbered notes and
 * what the caller may not see as "Evidence not visible to you.". Reports are for members, as the
 * `report` query: 401 anonymous, 403 GUEST; 404 when the report is not one the caller may read.
 */
@Controller('reports')
@Access('MEMBER')
export class ReportExportController {
  constructor(private readonly publishing: PublishingService) {}

  @Get(':id/export.md')
  markdown(@Param('id') id: string, @Req() req: ViewerRequest, @Res() res: Response): Promise<void> {
    return this.send(id, 'md', req, res);
  }

  @Get(':id/export.docx')
  docx(@Param('id') id: string, @Req() req: ViewerRequest, @Res() res: Response): Promise<void> {
    return this.send(id, 'docx', req, res);
  }

  private async send(id: string, format: 'md' | 'docx', req: ViewerRequest, res: Response): Promise<void> {
    const file = await this.publishing.exportFile(req.viewer ?? null, id, format);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.status(200).send(file.body);
  }
}
