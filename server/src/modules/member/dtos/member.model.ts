import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/auth/role.js';
import { UserModel } from '../../user/dtos/user.model.js';

@ObjectType('Member')
export class MemberModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => Role)
  role: Role;

  @Field()
  joinedAt: Date;

  @Field(() => [String], { description: 'Keys of the groups the member belongs to' })
  groups: string[];
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  userId: string;

  @Field(() => Role)
  role: Role;
}
