import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ENV, Env } from '../../config/env.js';
import { PluginHostModule } from '../../plugin-host/plugin-host.module.js';
import { ConnectorTemplateService } from './connector-template.service.js';
import { PluginController } from './plugin.controller.js';
import { PluginFolderInstallService } from './plugin-folder-install.service.js';
import { PluginInstallService } from './plugin-install.service.js';
import { PluginResolver } from './plugin.resolver.js';
import { PluginService } from './plugin.service.js';

@Module({
  imports: [PluginHostModule, MulterModule.registerAsync({ useFactory: (env: Env) => ({ limits: { fileSize: env.BATON_UPLOAD_MAX_BYTES, files: 1, fields: 4 } }), inject: [ENV] })],
  controllers: [PluginController],
  providers: [PluginResolver, PluginService, PluginInstallService, PluginFolderInstallService, ConnectorTemplateService],
})
export class PluginModule {}
