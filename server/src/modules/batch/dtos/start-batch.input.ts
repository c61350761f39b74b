import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ProcessInstanceState } from '../../process/dtos/process-instance.model.js';
import { MigrationMappingInput } from '../../process/dtos/operate-instance.input.js';

@InputType({ description: 'Which instances a batch covers; they are chosen once, when it starts' })
export class BatchInstanceFilter {
  @Field(() => ID, { nullable: true, description: 'One version of a process' })
  processDefinitionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Every version of a process (narrowed by version)' })
  bpmnProcessId?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;

  @Field(() => ProcessInstanceState, {
    nullable: true,
    description: 'Only ACTIVE instances can be cancelled or migrated (the default)',
  })
  state?: ProcessInstanceState | null;

  @Field(() => Date, { nullable: true, description: 'Started at or after' })
  startedAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Started before' })
  startedBefore?: Date | null;
}

@InputType()
export class StartBatchCancelInput {
  @Field(() => [ID], { nullable: true, description: 'Exactly these instances (give either instanceIds or filter)' })
  instanceIds?: string[] | null;

  @Field(() => BatchInstanceFilter, {
    nullable: true,
    description: 'The running root instances matching it (called instances go with their root)',
  })
  filter?: BatchInstanceFilter | null;
}

@InputType()
export class StartBatchMigrationInput {
  @Field(() => [ID], { nullable: true, description: 'Exactly these instances (give either instanceIds or filter)' })
  instanceIds?: string[] | null;

  @Field(() => BatchInstanceFilter, {
    nullable: true,
    description: 'The running instances matching it, except those already on the target',
  })
  filter?: BatchInstanceFilter | null;

  @Field(() => ID, { description: 'The process definition to move to' })
  targetDefinitionId: string;

  @Field(() => [MigrationMappingInput], { description: 'Every element open in any chosen instance must be mapped' })
  mappings: MigrationMappingInput[];
}
