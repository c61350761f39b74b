import { Module } from '@nestjs/common';
import { FormModule } from '../form/form.module.js';
import { MessageModule } from '../message/message.module.js';
import { SignalModule } from '../signal/signal.module.js';
import { WebhookModule } from '../webhook/webhook.module.js';
import { TimerModule } from '../timer/timer.module.js';
import { IncidentService } from './incident.service.js';
import { InstanceOperationsResolver } from './instance-operations.resolver.js';
import { InstanceOperationsService } from './instance-operations.service.js';
import { ProcessDefinitionService } from './process-definition.service.js';
import { ProcessInstanceRepository } from './process-instance.repository.js';
import { ProcessInstanceService } from './process-instance.service.js';
import { ProcessResolver } from './process.resolver.js';
import { ProcessSubscriptionResolver } from './process-subscription.resolver.js';

@Module({
  // the timer module is global (the engine clock); imported here so the process engine's parts load together
  imports: [FormModule, TimerModule, MessageModule, SignalModule, WebhookModule],
  providers: [ProcessResolver, ProcessSubscriptionResolver, ProcessDefinitionService, ProcessInstanceService, ProcessInstanceRepository, IncidentService,
    InstanceOperationsResolver, InstanceOperationsService],
  exports: [ProcessInstanceRepository, ProcessDefinitionService, ProcessInstanceService, InstanceOperationsService],
})
export class ProcessModule {}
