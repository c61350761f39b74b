import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

@ObjectType('Job', { description: 'Work for a job worker, created when a token reaches a service, send or job-based task' })
export class JobModel {
  @Field(() => ID)
  id: string;

  @Field()
  type: string;

  @Field(() => GraphQLJSON, { description: 'The variables visible at the task when the job was activated' })
  variables: Record<string, unknown>;

  @Field(() => Int)
  retries: number;

  @Field(() => GraphQLJSON, { description: 'zeebe:taskHeaders' })
  customHeaders: Record<string, string>;

  @Field(() => ID)
  processInstanceId: string;

  @Field()
  elementId: string;

  @Field(() => ID)
  elementInstanceId: string;

  @Field({ description: 'ACTIVATABLE, ACTIVATED, COMPLETED, FAILED, ERROR_THROWN or CANCELED' })
  state: string;

  @Field(() => String, { nullable: true })
  worker: string | null;

  @Field(() => Date, { nullable: true, description: 'When an activated job returns to the queue unless completed or failed' })
  deadline: Date | null;

  @Field(() => String, { nullable: true })
  errorMessage: string | null;
}

@InputType()
export class ActivateJobsInput {
  @Field({ description: 'The job type (zeebe:taskDefinition type)' })
  type: string;

  @Field(() => Int, { description: '1 to 100' })
  maxJobs: number;

  @Field(() => Int, { description: 'Milliseconds the jobs stay locked to this worker (1,000 to 86,400,000)' })
  timeout: number;

  @Field(() => String, { nullable: true, description: 'A name for the worker, shown on the job' })
  worker?: string | null;

  @Field(() => Int, { nullable: true, description: 'Long polling: with no job open, wait up to this many milliseconds (at most 30,000) for one' })
  requestTimeout?: number | null;
}
