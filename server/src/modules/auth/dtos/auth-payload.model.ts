import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/auth/role.js';
import { UserModel } from '../../user/dtos/user.model.js';
import { WorkspaceModel } from '../../workspace/dtos/workspace.model.js';

/** The refresh token is never in the payload: it travels only in the httpOnly cookie. */
@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Short-lived access token for the Authorization: Bearer header' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;

  @Field(() => WorkspaceModel)
  workspace: WorkspaceModel;

  @Field(() => Role)
  role: Role;
}
