import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { Db } from '../../database/db.service.js';
import { TaskApprovalModel } from './dtos/task-step-approval.model.js';
import { TaskModel } from './dtos/task.model.js';
import { stepApproval } from './step-approval.js';
import { stepPermissions } from './step-permissions.js';

@Resolver(() => TaskModel)
@UseGuards(AuthGuard)
export class TaskStepResolver {
  constructor(private readonly db: Db) {}

  @ResolveField(() => GraphQLJSON, {
    description: 'Field permissions at this step, from the model (baton:fieldPermissions): field key → hidden, view, edit or required; {} when it names none',
  })
  fieldPermissions(@CurrentAuth() auth: AuthContext, @Parent() task: TaskModel) {
    // Field resolvers run outside the interceptor: join the request's tenant transaction or open a short one.
    return this.db.tenant(auth, async (em) => {
      const [row]: { definition_id: string }[] = await em.query(`SELECT definition_id FROM process_instances WHERE id = $1`, [task.processInstanceId]);
      return row ? stepPermissions(em, row.definition_id, task.elementId) : {};
    });
  }

  @ResolveField(() => TaskApprovalModel, { description: 'The approval actions the model offers at this step' })
  approval(@CurrentAuth() auth: AuthContext, @Parent() task: TaskModel) {
    return this.db.tenant(auth, async (em) => {
      const settings = await stepApproval(em, task.processInstanceId, task.elementId);
      return { actions: [...settings.actions], variable: settings.variable };
    });
  }
}
