import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { TaskConnection, TaskFilter, TaskModel } from './dtos/task.model.js';
import { TaskService } from './task.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class TaskResolver {
  constructor(private readonly taskService: TaskService) {}

  @Query(() => TaskConnection, { description: 'User tasks of the workspace, newest first' })
  tasks(
    @CurrentAuth() auth: AuthContext,
    @Args('filter', { nullable: true }) filter?: TaskFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.taskService.list(auth, filter, { first, after });
  }

  @Mutation(() => TaskModel)
  claimTask(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.taskService.claim(auth, id);
  }

  @Mutation(() => TaskModel)
  unclaimTask(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.taskService.unclaim(auth, id);
  }

  @Mutation(() => TaskModel)
  completeTask(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('variables', { type: () => GraphQLJSON, nullable: true }) variables?: unknown,
  ) {
    return this.taskService.complete(auth, id, variables);
  }
}
