import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { MigrateProcessInstanceInput, ModifyProcessInstanceInput, SetVariablesInput } from './dtos/operate-instance.input.js';
import { ProcessInstanceModel } from './dtos/process-instance.model.js';
import { InstanceOperationsService } from './instance-operations.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class InstanceOperationsResolver {
  constructor(private readonly operations: InstanceOperationsService) {}

  @Mutation(() => ProcessInstanceModel, { description: 'Activates elements and terminates element instances of a running instance' })
  modifyProcessInstance(@CurrentAuth() auth: AuthContext, @Args('input') input: ModifyProcessInstanceInput) {
    return this.operations.modify(auth, input);
  }

  @Mutation(() => ProcessInstanceModel, { description: 'Sets variables in a scope of a running instance (audited, names only)' })
  setVariables(@CurrentAuth() auth: AuthContext, @Args('input') input: SetVariablesInput) {
    return this.operations.setVariables(auth, input);
  }

  @Mutation(() => ProcessInstanceModel, { description: 'Moves a running instance to another definition, element by element' })
  migrateProcessInstance(@CurrentAuth() auth: AuthContext, @Args('input') input: MigrateProcessInstanceInput) {
    return this.operations.migrate(auth, input);
  }
}
