import { Body, Controller, Post, Req, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { AuthContext } from '../../common/auth/auth-context.js';
import { HttpAuthGuard } from '../../common/auth/http-auth.guard.js';
import { InstalledVersion, PluginInstallService } from './plugin-install.service.js';

type Authed = Request & { auth: AuthContext };

/**
 * POST /api/plugins (admins; multipart: `tarball`, the file `baton-plugin pack` wrote, and `sha256`, its digest or
 * the content of its .sha256 file) → the installed version. `baton-plugin publish` calls it.
 */
@Controller('api/plugins')
@UseGuards(HttpAuthGuard)
export class PluginController {
  constructor(private readonly installer: PluginInstallService) {}

  @Post()
  // The size limit (BATON_UPLOAD_MAX_BYTES) comes from the module's MulterModule options: over it is a 413.
  @UseInterceptors(FileInterceptor('tarball'))
  install(@Req() req: Authed, @UploadedFile() file: { buffer: Buffer } | undefined, @Body() body: { sha256?: string } | undefined): Promise<InstalledVersion> {
    return this.installer.install(req.auth, file?.buffer, body?.sha256);
  }
}
