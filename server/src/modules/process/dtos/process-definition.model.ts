import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

@ObjectType('ProcessDefinition')
export class ProcessDefinitionModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The BPMN process id (the key instances are started by)' })
  bpmnProcessId: string;

  @Field(() => Int, { description: 'Starts at 1; a changed model deployed again gets the next version' })
  version: number;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field({ description: 'The deployed BPMN 2.0 XML, unchanged' })
  bpmnXml: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class DeployProcessInput {
  @Field({ description: 'BPMN 2.0 XML with Zeebe extension elements' })
  bpmnXml: string;

  @Field(() => [GraphQLJSON], { nullable: true, description: 'form-js schemas deployed with the process; their ids count as deployed forms' })
  forms?: unknown[] | null;
}
