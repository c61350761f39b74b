import { Module } from '@nestjs/common';
import { IncidentService } from './incident.service.js';
import { ProcessDefinitionService } from './process-definition.service.js';
import { ProcessInstanceRepository } from './process-instance.repository.js';
import { ProcessInstanceService } from './process-instance.service.js';
import { ProcessResolver } from './process.resolver.js';

@Module({
  providers: [ProcessResolver, ProcessDefinitionService, ProcessInstanceService, ProcessInstanceRepository, IncidentService],
  exports: [ProcessInstanceRepository],
})
export class ProcessModule {}
