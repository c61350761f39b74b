import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../user/dtos/user.model.js';

@ObjectType('Group')
export class GroupModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key used by BPMN candidateGroups' })
  key: string;

  @Field({ description: 'The name in the request language' })
  name: string;

  @Field()
  nameZhCN: string;

  @Field()
  nameEn: string;

  @Field(() => String, { nullable: true })
  parentKey: string | null;

  @Field(() => [UserModel])
  members: UserModel[];

  @Field()
  createdAt: Date;
}

@InputType()
export class CreateGroupInput {
  @Field()
  key: string;

  @Field({ description: 'Name used for any language without its own name' })
  name: string;

  @Field(() => String, { nullable: true })
  nameZhCN?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  parentKey?: string | null;
}

@InputType()
export class GroupMemberInput {
  @Field()
  groupKey: string;

  @Field(() => ID)
  userId: string;
}
