import { Module } from '@nestjs/common';
import { FileModule } from '../file/file.module.js';
import { TaskModule } from '../task/task.module.js';
import { CommentFileController } from './comment-file.controller.js';
import { CommentResolver } from './comment.resolver.js';
import { CommentService } from './comment.service.js';
import { TaskVisibilityService } from './task-visibility.service.js';

@Module({ imports: [TaskModule, FileModule], controllers: [CommentFileController], providers: [CommentResolver, CommentService, TaskVisibilityService] })
export class CommentModule {}
