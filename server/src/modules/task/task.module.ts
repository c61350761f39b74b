import { Module } from '@nestjs/common';
import { FormModule } from '../form/form.module.js';
import { RecordModule } from '../record/record.module.js';
import { TaskRepository } from './task.repository.js';
import { TaskResolver } from './task.resolver.js';
import { TaskSubscriptionResolver } from './task-subscription.resolver.js';
import { TaskStepResolver } from './task-step.resolver.js';
import { TaskService } from './task.service.js';

@Module({ imports: [FormModule, RecordModule], providers: [TaskResolver, TaskSubscriptionResolver, TaskStepResolver, TaskService, TaskRepository], exports: [TaskRepository] })
export class TaskModule {}
