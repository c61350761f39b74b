import { Module } from '@nestjs/common';
import { TaskRepository } from './task.repository.js';
import { TaskResolver } from './task.resolver.js';
import { TaskService } from './task.service.js';

@Module({ providers: [TaskResolver, TaskService, TaskRepository], exports: [TaskRepository] })
export class TaskModule {}
