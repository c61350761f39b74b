import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { Db } from '../../database/db.service.js';
import { CopyTaskInput, HandOverTaskInput, ResolveTaskInput, TaskCopyConnection, TaskCopyModel, TaskEventModel } from './dtos/task-approval.model.js';
import { TaskModel } from './dtos/task.model.js';
import { TaskApprovalService } from './task-approval.service.js';

@Resolver(() => TaskModel)
@UseGuards(AuthGuard)
export class TaskApprovalResolver {
  constructor(
    private readonly approvals: TaskApprovalService,
    private readonly db: Db,
  ) {}

  @Mutation(() => TaskModel, { description: 'Transfer (转交): the task becomes another member\'s, with a reason' })
  transferTask(@CurrentAuth() auth: AuthContext, @Args('input') input: HandOverTaskInput) {
    return this.approvals.transfer(auth, input);
  }

  @Mutation(() => TaskModel, { description: 'Delegate (委托): another member works the task, then resolves it back to you' })
  delegateTask(@CurrentAuth() auth: AuthContext, @Args('input') input: HandOverTaskInput) {
    return this.approvals.delegate(auth, input);
  }

  @Mutation(() => TaskModel, { description: 'The delegate hands a delegated task back to its owner' })
  resolveTask(@CurrentAuth() auth: AuthContext, @Args('input') input: ResolveTaskInput) {
    return this.approvals.resolve(auth, input);
  }

  @Mutation(() => [TaskCopyModel], { description: 'Carbon copy (抄送) to members and groups: read-only, the flow does not wait' })
  copyTask(@CurrentAuth() auth: AuthContext, @Args('input') input: CopyTaskInput) {
    return this.approvals.copy(auth, input);
  }

  @Mutation(() => TaskCopyModel, { description: 'Marks one of your carbon copies read (or unread again)' })
  markTaskCopyRead(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('read', { type: () => Boolean, nullable: true, defaultValue: true }) read: boolean,
  ) {
    return this.approvals.markCopyRead(auth, id, read);
  }

  @Query(() => TaskCopyConnection, { description: 'Your CC inbox, newest first' })
  copiedToMe(
    @CurrentAuth() auth: AuthContext,
    @Args('unread', { type: () => Boolean, nullable: true }) unread?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.approvals.copiedToMe(auth, unread, { first, after });
  }

  @ResolveField(() => [TaskEventModel], { description: 'Transfers, delegations, copies and SLA actions, oldest first' })
  events(@CurrentAuth() auth: AuthContext, @Parent() task: TaskModel) {
    return this.db.tenant(auth, () => this.approvals.events(task.id));
  }
}
