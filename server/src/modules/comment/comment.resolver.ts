import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { CommentService } from './comment.service.js';
import { AddTaskCommentInput, TaskCommentModel } from './dtos/task-comment.model.js';

@Resolver()
@UseGuards(AuthGuard)
export class CommentResolver {
  constructor(private readonly comments: CommentService) {}

  @Mutation(() => TaskCommentModel, { description: 'Comments on a task the caller may see, @mentioning workspace members' })
  addTaskComment(@CurrentAuth() auth: AuthContext, @Args('input') input: AddTaskCommentInput) {
    return this.comments.add(auth, input);
  }

  @Query(() => [TaskCommentModel], { description: 'Comments of a task, oldest first' })
  taskComments(@CurrentAuth() auth: AuthContext, @Args('taskId', { type: () => ID }) taskId: string) {
    return this.comments.list(auth, taskId);
  }
}
