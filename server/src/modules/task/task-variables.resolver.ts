import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { Db } from '../../database/db.service.js';
import { TaskModel } from './dtos/task.model.js';
import { TaskRecord, TaskRepository } from './task.repository.js';

/**
 * A task's variables are read only when a query selects them: the inbox and completeTask's answer do not, and walking
 * the scope chain for every task of a page cost a query each.
 */
@Resolver(() => TaskModel)
@UseGuards(AuthGuard)
export class TaskVariablesResolver {
  constructor(
    private readonly db: Db,
    private readonly tasks: TaskRepository,
  ) {}

  @ResolveField(() => GraphQLJSON, { description: 'The variables visible at the task (its own inputs shadow process variables)' })
  variables(@CurrentAuth() auth: AuthContext, @Parent() task: TaskRecord & { variables?: Record<string, unknown> }) {
    if (task.variables) return task.variables;
    // Field resolvers run outside the interceptor: join the request's tenant transaction or open a short one.
    return this.db.tenant(auth, () => this.tasks.variablesOf(task));
  }
}
