import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, OwnTransactions } from '../../common/auth/decorators.js';
import { ActivateJobsInput, JobModel } from './dtos/job.model.js';
import { JobService } from './job.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class JobResolver {
  constructor(private readonly jobService: JobService) {}

  @Mutation(() => [JobModel], { description: 'Claims up to maxJobs open jobs of a type for `timeout` milliseconds; with requestTimeout, waits for one' })
  @OwnTransactions()
  activateJobs(@CurrentAuth() auth: AuthContext, @Args('input') input: ActivateJobsInput) {
    return this.jobService.activate(auth, input);
  }

  @Mutation(() => JobModel)
  completeJob(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('variables', { type: () => GraphQLJSON, nullable: true }) variables?: unknown,
  ) {
    return this.jobService.complete(auth, id, variables);
  }

  @Mutation(() => JobModel, { description: 'retries > 0 puts the job back after retryBackOff ms; 0 raises an incident' })
  failJob(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('retries', { type: () => Int }) retries: number,
    @Args('errorMessage', { nullable: true }) errorMessage?: string,
    @Args('retryBackOff', { type: () => Int, nullable: true }) retryBackOff?: number,
  ) {
    return this.jobService.fail(auth, id, retries, errorMessage, retryBackOff);
  }

  @Mutation(() => JobModel, {
    description: 'Raises a BPMN error: the nearest error boundary event or error event sub-process catches it (with the variables); with none it becomes an incident',
  })
  throwError(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('errorCode') errorCode: string,
    @Args('errorMessage', { nullable: true }) errorMessage?: string,
    @Args('variables', { type: () => GraphQLJSON, nullable: true }) variables?: unknown,
  ) {
    return this.jobService.throwError(auth, id, errorCode, errorMessage, variables);
  }
}
