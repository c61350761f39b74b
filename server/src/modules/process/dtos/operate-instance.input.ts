import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

@InputType({ description: 'Start a token at an element (its flow scope must be the process or one open sub-process instance)' })
export class ActivateElementInput {
  @Field()
  elementId: string;

  @Field(() => ID, { nullable: true, description: 'The open instance of the enclosing sub-process, when it has several' })
  ancestorElementInstanceId?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: "Set in the element's flow scope before it runs" })
  variables?: unknown;
}

@InputType()
export class ModifyProcessInstanceInput {
  @Field(() => ID)
  processInstanceId: string;

  @Field(() => [ActivateElementInput], { nullable: true })
  activate?: ActivateElementInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Element instances to terminate, with everything inside them' })
  terminate?: string[] | null;
}

@InputType()
export class SetVariablesInput {
  @Field(() => ID)
  processInstanceId: string;

  @Field(() => ID, { nullable: true, description: 'The scope (an open element instance); default: the process scope' })
  elementInstanceId?: string | null;

  @Field(() => GraphQLJSON)
  variables: unknown;

  @Field({ nullable: true, description: 'true: locals of the scope; false (default): propagated outwards to the nearest scope holding each name' })
  local?: boolean;
}

@InputType()
export class MigrationMappingInput {
  @Field()
  sourceElementId: string;

  @Field()
  targetElementId: string;
}

@InputType()
export class MigrateProcessInstanceInput {
  @Field(() => ID)
  processInstanceId: string;

  @Field(() => ID, { description: 'The process definition (any version, any process id of the workspace) to move to' })
  targetDefinitionId: string;

  @Field(() => [MigrationMappingInput], { description: 'Every open element must be mapped' })
  mappings: MigrationMappingInput[];
}
