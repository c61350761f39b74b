import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { RecordFilter, RecordSort } from './records-query.input.js';

@ObjectType('RecordView', { description: 'A saved filter and sort of a form’s records; pass them to `records`' })
export class RecordViewModel {
  @Field(() => ID)
  id: string;

  @Field()
  formKey: string;

  @Field()
  name: string;

  @Field(() => GraphQLJSON, { description: 'A RecordFilter' })
  filter: object;

  @Field(() => GraphQLJSON, { nullable: true, description: 'A RecordSort' })
  sort: object | null;

  @Field({ description: 'Shared with the whole workspace (saved by builders and admins)' })
  shared: boolean;

  @Field(() => ID)
  ownerId: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class SaveRecordViewInput {
  @Field()
  formKey: string;

  @Field()
  name: string;

  @Field(() => RecordFilter, { nullable: true })
  filter?: RecordFilter | null;

  @Field(() => RecordSort, { nullable: true })
  sort?: RecordSort | null;

  @Field(() => Boolean, { nullable: true })
  shared?: boolean | null;
}
