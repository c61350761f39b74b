import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/auth/role.js';
import { GroupModel } from '../../group/dtos/group.model.js';
import { UserModel } from '../../user/dtos/user.model.js';
import { WorkspaceMembershipModel, WorkspaceModel } from './workspace.model.js';

@ObjectType('Me')
export class MeModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => WorkspaceModel)
  workspace: WorkspaceModel;

  @Field(() => Role)
  role: Role;

  @Field(() => [GroupModel])
  groups: GroupModel[];

  @Field(() => [WorkspaceMembershipModel])
  workspaces: WorkspaceMembershipModel[];
}
