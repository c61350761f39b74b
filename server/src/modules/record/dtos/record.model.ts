import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { PageInfo } from '../../../common/graphql/page-info.model.js';

@ObjectType('Record', { description: 'A form submission, pinned to the form version it was validated against' })
export class RecordModel {
  @Field(() => ID)
  id: string;

  @Field()
  formKey: string;

  @Field(() => ID, { description: 'The pinned form version’s id' })
  formId: string;

  @Field(() => Int)
  formVersion: number;

  @Field(() => GraphQLJSON, { description: 'The stored data: visible, enabled fields only, expressions computed' })
  data: Record<string, unknown>;

  @Field(() => ID, { nullable: true })
  createdBy: string | null;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  updatedBy: string | null;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set while the record is in the recycle bin' })
  deletedAt: Date | null;
}

@ObjectType('RecordConnection')
export class RecordConnection {
  @Field(() => [RecordModel])
  nodes: RecordModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Matching records, counted up to 1,000 (see totalCountExact)' })
  totalCount: number;

  @Field({ description: 'False when more than totalCount records match: show "1,000+"' })
  totalCountExact: boolean;
}

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field({ description: 'Data path: `amount`, `address.city`, `items` (a dynamic list changes as a whole)' })
  key: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after: unknown;
}

@ObjectType('RecordChange')
export class RecordChangeModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'updated, deleted or restored' })
  action: string;

  @Field(() => ID, { nullable: true })
  changedBy: string | null;

  @Field()
  changedAt: Date;

  @Field(() => [FieldChangeModel])
  changes: FieldChangeModel[];
}

@InputType()
export class SubmitRecordInput {
  @Field()
  formKey: string;

  @Field(() => GraphQLJSON)
  data: unknown;
}

@InputType()
export class UpdateRecordInput {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLJSON, { description: 'The full new data, validated against the record’s pinned form version' })
  data: unknown;
}

@InputType()
export class BulkUpdateRecordsInput {
  @Field(() => [ID])
  ids: string[];

  @Field(() => GraphQLJSON, { description: 'Field paths and their new values, e.g. { "stage": "won", "address.city": "上海" }' })
  set: unknown;
}
