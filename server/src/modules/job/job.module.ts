import { Module } from '@nestjs/common';
import { JobCommands } from './job-commands.js';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JobPoller } from './job-poller.js';
import { JobResolver } from './job.resolver.js';
import { JobService } from './job.service.js';

@Module({
  providers: [JobResolver, JobService, JobCommands, JobHandlerRegistry, JobPoller],
  exports: [JobHandlerRegistry, JobPoller],
})
export class JobModule {}
