import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('PublicFormLink', { description: 'A share link (外链) for anonymous submissions to a form' })
export class PublicFormLinkModel {
  @Field(() => ID)
  id: string;

  @Field()
  formKey: string;

  @Field(() => String, { nullable: true, description: 'Started with the record data as variables on each submission' })
  bpmnProcessId: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Only in the answer to createPublicFormLink: the token is not stored, so it cannot be shown again' })
  token?: string | null;

  @Field(() => String, { nullable: true, description: 'Path of the public page and API: /public/forms/<token>' })
  path?: string | null;
}

@InputType()
export class CreatePublicFormLinkInput {
  @Field()
  formKey: string;

  @Field(() => String, { nullable: true })
  bpmnProcessId?: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;
}
