import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/auth/role.js';
import { UserModel } from '../../user/dtos/user.model.js';

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'Only in the inviteMember response' })
  token?: string | null;

  @Field(() => String, { nullable: true, description: 'Only in the inviteMember response' })
  link?: string | null;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => UserModel, { nullable: true })
  invitedBy?: UserModel | null;
}

@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field()
  email: string;

  @Field()
  workspaceName: string;

  @Field(() => Role)
  role: Role;

  @Field()
  expired: boolean;

  @Field()
  accountExists: boolean;
}

@InputType()
export class InviteMemberInput {
  @Field()
  email: string;

  @Field(() => Role)
  role: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token: string;

  @Field(() => String, { nullable: true, description: 'Required when no account exists for the invited email' })
  name?: string | null;

  @Field()
  password: string;
}
