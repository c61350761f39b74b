import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { Db } from '../../database/db.service.js';
import { TaskModel } from '../task/dtos/task.model.js';
import { TaskSlaModel } from './dtos/task-sla.model.js';
import type { TaskSlaRow } from './sla-state.js';
import { SlaService } from './sla.service.js';

@Resolver(() => TaskModel)
@UseGuards(AuthGuard)
export class TaskSlaResolver {
  constructor(
    private readonly db: Db,
    private readonly slas: SlaService,
  ) {}

  @ResolveField(() => TaskSlaModel, { nullable: true, description: 'Deadlines and state from the step\'s SLA policy (baton:sla); null without one' })
  sla(@CurrentAuth() auth: AuthContext, @Parent() task: TaskModel & { slaRow?: TaskSlaRow | null }) {
    // read with the task (TaskRepository's query) unless it changed since
    if (task.slaRow !== undefined) return this.slas.modelOf(task.slaRow);
    // Field resolvers run outside the interceptor: join the request's tenant transaction or open a short one.
    return this.db.tenant(auth, () => this.slas.of(task.id));
  }
}
