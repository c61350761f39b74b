import { Module } from '@nestjs/common';
import { FormModule } from '../form/form.module.js';
import { IncidentService } from './incident.service.js';
import { ProcessDefinitionService } from './process-definition.service.js';
import { ProcessInstanceRepository } from './process-instance.repository.js';
import { ProcessInstanceService } from './process-instance.service.js';
import { ProcessResolver } from './process.resolver.js';
import { ProcessSubscriptionResolver } from './process-subscription.resolver.js';

@Module({
  imports: [FormModule],
  providers: [ProcessResolver, ProcessSubscriptionResolver, ProcessDefinitionService, ProcessInstanceService, ProcessInstanceRepository, IncidentService],
  exports: [ProcessInstanceRepository, ProcessDefinitionService, ProcessInstanceService],
})
export class ProcessModule {}
