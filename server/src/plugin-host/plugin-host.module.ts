import { Module } from '@nestjs/common';
import { JobModule } from '../modules/job/job.module.js';
import { SecretModule } from '../modules/secret/secret.module.js';
import { PluginHost } from './plugin-host.service.js';

@Module({ imports: [JobModule, SecretModule], providers: [PluginHost], exports: [PluginHost] })
export class PluginHostModule {}
