import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

@ObjectType('FieldImpact', { description: 'A field a new version removes, and how many stored records hold a value for it' })
export class FieldImpactModel {
  @Field()
  key: string;

  @Field(() => Int)
  recordCount: number;
}

@ObjectType('FieldRename', { description: 'A field whose component kept its id but got a new key' })
export class FieldRenameModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => Int, { description: 'Stored records holding a value under the old key' })
  recordCount: number;
}

@ObjectType('FormVersionReport', { description: 'What a version changes for records stored under earlier versions' })
export class FormVersionReportModel {
  @Field(() => Int, { nullable: true, description: 'The version compared against; null for a first version' })
  previousVersion: number | null;

  @Field(() => [String])
  addedFields: string[];

  @Field(() => [FieldImpactModel])
  removedFields: FieldImpactModel[];

  @Field(() => [FieldRenameModel])
  renamedFields: FieldRenameModel[];
}

@ObjectType('Form')
export class FormModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The schema id; names the form in BPMN and in submitRecord' })
  formKey: string;

  @Field(() => Int)
  version: number;

  @Field()
  name: string;

  @Field(() => GraphQLJSON, { description: 'form-js JSON' })
  schema: object;

  @Field()
  createdAt: Date;

  @Field(() => FormVersionReportModel, { nullable: true, description: 'Set on the deployForm answer: what this version changed' })
  report?: FormVersionReportModel | null;
}

@InputType()
export class DeployFormInput {
  @Field(() => GraphQLJSON, { description: 'form-js JSON; its `id` is the form key' })
  schema: unknown;

  @Field(() => String, { nullable: true, description: 'Display name; defaults to the previous version’s name, else the form key' })
  name?: string | null;
}
