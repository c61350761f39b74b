import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('RecordIndex', { description: 'An indexed field of a form: records sorted or filtered (eq) by it are paged from the index' })
export class RecordIndexModel {
  @Field()
  formKey: string;

  @Field()
  fieldKey: string;

  @Field({ description: 'BUILDING, READY, FAILED (see error; ask again to retry) or DROPPING' })
  state: string;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field()
  updatedAt: Date;
}
