import { All, Controller, Next, Req, Res } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Access } from '@cop/identity';
import { QueueService } from '@cop/platform';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * Bull Board over every queue of the job catalogue, for the office only: the viewer comes from
 * the session cookie or a bearer token like on any route, and the access guard answers 401 to
 * anonymous callers and 403 to others before the board sees the request.
 */
@Access('OFFICE')
@Controller(QUEUE_BOARD_PATH.slice(1))
export class QueueBoardController {
  private board?: RequestHandler;

  constructor(private readonly queues: QueueService) {}

  @All(['', '*path'])
  serve(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    // The board's router expects to be mounted at its base path, as express would do it.
    req.url = req.originalUrl.slice(QUEUE_BOARD_PATH.length) || '/';
    req.baseUrl = QUEUE_BOARD_PATH;
    this.router()(req, res, next);
  }

  private router(): RequestHandler {
    if (!this.board) {
      // Loaded on the first request to the board, not at start: Bull Board is 35 MB of memory.
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { createBullBoard } = require('@bull-board/api') as typeof import('@bull-board/api');
      const { BullMQAdapter } =
        require('@bull-board/api/bullMQAdapter') as typeof import('@bull-board/api/bullMQAdapter');
      const { ExpressAdapter } = require('@bull-board/express') as typeof import('@bull-board/express');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
      createBullBoard({
        queues: this.queues.allQueues().map((q) => new BullMQAdapter(q)),
        serverAdapter,
        options: { uiConfig: { boardTitle: 'CoP queues' } },
      });
      this.board = serverAdapter.getRouter() as RequestHandler;
    }
    return this.board;
  }
}
