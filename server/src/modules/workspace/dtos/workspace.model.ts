import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/auth/role.js';
import '../../../common/auth/role.graphql.js';

@ObjectType('Workspace')
export class WorkspaceModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  createdAt: Date;
}

@ObjectType('WorkspaceMembership')
export class WorkspaceMembershipModel {
  @Field(() => WorkspaceModel)
  workspace: WorkspaceModel;

  @Field(() => Role)
  role: Role;
}
