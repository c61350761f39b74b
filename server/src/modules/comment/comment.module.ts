import { Module } from '@nestjs/common';
import { TaskModule } from '../task/task.module.js';
import { CommentResolver } from './comment.resolver.js';
import { CommentService } from './comment.service.js';
import { TaskVisibilityService } from './task-visibility.service.js';

@Module({ imports: [TaskModule], providers: [CommentResolver, CommentService, TaskVisibilityService] })
export class CommentModule {}
