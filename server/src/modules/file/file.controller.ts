import { Controller, Get, Param, Post, Req, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { ReadStream } from 'node:fs';
import type { Request, Response } from 'express';
import { AuthContext } from '../../common/auth/auth-context.js';
import { HttpAuthGuard } from '../../common/auth/http-auth.guard.js';
import { Db } from '../../database/db.service.js';
import { FileService, StoredFile } from './file.service.js';

type Authed = Request & { auth: AuthContext };

/**
 * POST /api/files (multipart `file`) → the stored file's id, name, type, size and sha256; a filepicker field's value
 * is that id. GET /api/files/:id → the bytes, as an attachment, for callers who may read it.
 */
@Controller('api/files')
@UseGuards(HttpAuthGuard)
export class FileController {
  constructor(
    private readonly db: Db,
    private readonly files: FileService,
  ) {}

  @Post()
  // The size limit (BATON_UPLOAD_MAX_BYTES) comes from the module's MulterModule options: over it is a 413.
  @UseInterceptors(FileInterceptor('file'))
  upload(@Req() req: Authed, @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined): Promise<StoredFile> {
    return this.db.tenant(req.auth, () => this.files.store(req.auth, file));
  }

  @Get(':id')
  async download(@Req() req: Authed, @Res() res: Response, @Param('id') id: string): Promise<void> {
    sendFile(res, await this.db.tenant(req.auth, () => this.files.open(req.auth, id)));
  }
}

/** Streams a stored file as a download (its name in UTF-8, no sniffing). */
export function sendFile(res: Response, { file, stream }: { file: StoredFile; stream: ReadStream }): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('ETag', `"${file.sha256}"`);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
