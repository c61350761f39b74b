import { Controller, Get, Param, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthContext } from '../../common/auth/auth-context.js';
import { HttpAuthGuard } from '../../common/auth/http-auth.guard.js';
import { Db } from '../../database/db.service.js';
import { sendFile } from '../file/file.controller.js';
import { CommentService } from './comment.service.js';

type Authed = Request & { auth: AuthContext };

/**
 * GET /api/task-comments/:commentId/files/:fileId → an attachment of a task comment, for whoever may read the task
 * (its assignee, candidates, requester, earlier approvers, mentioned people, builders and admins).
 */
@Controller('api/task-comments')
@UseGuards(HttpAuthGuard)
export class CommentFileController {
  constructor(
    private readonly db: Db,
    private readonly comments: CommentService,
  ) {}

  @Get(':commentId/files/:fileId')
  async download(@Req() req: Authed, @Res() res: Response, @Param('commentId') commentId: string, @Param('fileId') fileId: string): Promise<void> {
    sendFile(res, await this.db.tenant(req.auth, () => this.comments.attachment(req.auth, commentId, fileId)));
  }
}
