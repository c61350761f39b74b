import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { AddSignerInput, ReturnTargetModel, ReturnTaskInput } from './dtos/task-flow-actions.model.js';
import { TaskModel } from './dtos/task.model.js';
import { TaskReturnService } from './task-return.service.js';
import { TaskSignerService } from './task-signer.service.js';

/** The approval actions that move tokens: return (退回) and add a signer (加签). */
@Resolver()
@UseGuards(AuthGuard)
export class TaskFlowActionsResolver {
  constructor(
    private readonly returns: TaskReturnService,
    private readonly signers: TaskSignerService,
  ) {}

  @Mutation(() => TaskModel, { description: 'Return (退回) to an earlier user task: the tokens between end, the target starts afresh' })
  returnTask(@CurrentAuth() auth: AuthContext, @Args('input') input: ReturnTaskInput) {
    return this.returns.returnTask(auth, input);
  }

  @Query(() => [ReturnTargetModel], { description: 'The user tasks a task may be returned to (退回), nearest first' })
  returnTargets(@CurrentAuth() auth: AuthContext, @Args('taskId', { type: () => ID }) taskId: string) {
    return this.returns.targets(auth, taskId);
  }

  @Mutation(() => TaskModel, { description: 'Add a signer (加签) before or after the current assignee' })
  addSigner(@CurrentAuth() auth: AuthContext, @Args('input') input: AddSignerInput) {
    return this.signers.addSigner(auth, input);
  }
}
