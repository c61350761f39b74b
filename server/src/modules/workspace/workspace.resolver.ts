import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, GqlContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { Ctx, CurrentAuth, Lang } from '../../common/auth/decorators.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { AuthPayloadModel } from '../auth/dtos/auth-payload.model.js';
import { CreateWorkspaceInput } from './dtos/create-workspace.input.js';
import { MeModel } from './dtos/me.model.js';
import { WorkspaceService } from './workspace.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class WorkspaceResolver {
  constructor(private readonly workspaces: WorkspaceService) {}

  @Query(() => MeModel)
  me(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale) {
    return this.workspaces.me(auth, lang);
  }

  @Mutation(() => AuthPayloadModel)
  createWorkspace(@CurrentAuth() auth: AuthContext, @Args('input') input: CreateWorkspaceInput, @Ctx() ctx: GqlContext) {
    return this.workspaces.create(auth, input, ctx);
  }

  @Mutation(() => AuthPayloadModel)
  switchWorkspace(@CurrentAuth() auth: AuthContext, @Args('workspaceId', { type: () => ID }) id: string, @Ctx() ctx: GqlContext) {
    return this.workspaces.switchTo(auth, id, ctx);
  }
}
