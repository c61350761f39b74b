import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { DeployProcessInput, ProcessDefinitionModel } from './dtos/process-definition.model.js';
import { IncidentModel, ProcessInstanceConnection, ProcessInstanceFilter, ProcessInstanceModel, StartProcessInstanceInput } from './dtos/process-instance.model.js';
import { IncidentService } from './incident.service.js';
import { ProcessDefinitionService } from './process-definition.service.js';
import { ProcessInstanceService } from './process-instance.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class ProcessResolver {
  constructor(
    private readonly definitions: ProcessDefinitionService,
    private readonly instances: ProcessInstanceService,
    private readonly incidents: IncidentService,
  ) {}

  @Mutation(() => ProcessDefinitionModel, { description: 'Deploys every executable process of the XML; returns the first' })
  deployProcess(@CurrentAuth() auth: AuthContext, @Args('input') input: DeployProcessInput) {
    return this.definitions.deploy(auth, input);
  }

  @Query(() => [ProcessDefinitionModel], { description: 'Every deployed version, by process id then newest version first' })
  processDefinitions(@CurrentAuth() auth: AuthContext) {
    return this.definitions.list(auth);
  }

  @Query(() => ProcessDefinitionModel, { description: 'One version, or the latest when version is omitted' })
  processDefinition(
    @CurrentAuth() auth: AuthContext,
    @Args('bpmnProcessId') bpmnProcessId: string,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ) {
    return this.definitions.get(auth, bpmnProcessId, version);
  }

  @Mutation(() => ProcessInstanceModel)
  startProcessInstance(@CurrentAuth() auth: AuthContext, @Args('input') input: StartProcessInstanceInput) {
    return this.instances.start(auth, input);
  }

  @Query(() => ProcessInstanceModel)
  processInstance(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.instances.get(auth, id);
  }

  @Query(() => ProcessInstanceConnection, { description: 'Newest first' })
  processInstances(
    @CurrentAuth() auth: AuthContext,
    @Args('filter', { nullable: true }) filter?: ProcessInstanceFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.instances.list(auth, filter, { first, after });
  }

  @Mutation(() => ProcessInstanceModel)
  cancelProcessInstance(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.instances.cancel(auth, id);
  }

  @Mutation(() => IncidentModel, { description: 'For a job incident, puts the job back with `retries` (default 1)' })
  resolveIncident(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('retries', { type: () => Int, nullable: true }) retries?: number,
  ) {
    return this.incidents.resolve(auth, id, retries);
  }
}
