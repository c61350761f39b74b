import { Module } from '@nestjs/common';
import { RecordModule } from '../record/record.module.js';
import { TaskRepository } from './task.repository.js';
import { TaskResolver } from './task.resolver.js';
import { TaskSubscriptionResolver } from './task-subscription.resolver.js';
import { TaskStepResolver } from './task-step.resolver.js';
import { TaskVariablesResolver } from './task-variables.resolver.js';
import { TaskService } from './task.service.js';
import { SlaModule } from '../sla/sla.module.js';
import { TaskApprovalResolver } from './task-approval.resolver.js';
import { TaskApprovalService } from './task-approval.service.js';
import { TaskCopyRepository } from './task-copy.repository.js';
import { TaskFlowActionsResolver } from './task-flow-actions.resolver.js';
import { TaskReturnService } from './task-return.service.js';
import { TaskSignerRepository } from './task-signer.repository.js';
import { TaskSignerService } from './task-signer.service.js';

@Module({
  imports: [RecordModule, SlaModule],
  providers: [TaskResolver, TaskSubscriptionResolver, TaskStepResolver, TaskVariablesResolver, TaskService, TaskRepository, TaskApprovalResolver, TaskApprovalService, TaskCopyRepository,
    TaskFlowActionsResolver, TaskReturnService, TaskSignerService, TaskSignerRepository],
  exports: [TaskRepository],
})
export class TaskModule {}
