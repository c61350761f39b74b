import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ENV, Env } from '../../config/env.js';
import { FileController } from './file.controller.js';
import { FileService } from './file.service.js';

@Module({
  imports: [MulterModule.registerAsync({ useFactory: (env: Env) => ({ limits: { fileSize: env.BATON_UPLOAD_MAX_BYTES, files: 1 } }), inject: [ENV] })],
  controllers: [FileController],
  providers: [FileService],
  exports: [FileService],
})
export class FileModule {}
