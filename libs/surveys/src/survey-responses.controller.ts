import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access, type Viewer, type ViewerRequest } from '@cop/identity';
import { SurveysService } from './surveys.service';

/** GET /surveys/:slug/responses.csv: the office's export, streamed page by page. */
@Access('OFFICE')
@Controller('surveys')
export class SurveyResponsesController {
  constructor(private readonly surveysService: SurveysService) {}

  @Get(':slug/responses.csv')
  async export(@Param('slug') slug: string, @Req() req: ViewerRequest, @Res() res: Response): Promise<void> {
    let started = false;
    await this.surveysService.exportCsv(req.viewer as Viewer, slug, async (chunk) => {
      if (!started) {
        started = true;
        res.status(200);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="${slug}-responses.csv"`);
        res.setHeader('Cache-Control', 'no-store');
      }
      // Respect back-pressure: wait for the socket to drain before the next page.
      if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', resolve));
    });
    res.end();
  }
}
