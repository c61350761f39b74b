import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, Lang } from '../../common/auth/decorators.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { CreateGroupInput, GroupMemberInput, GroupModel } from './dtos/group.model.js';
import { GroupService } from './group.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class GroupResolver {
  constructor(private readonly groupService: GroupService) {}

  @Query(() => [GroupModel])
  groups(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale) {
    return this.groupService.list(auth, lang);
  }

  @Mutation(() => GroupModel)
  createGroup(@CurrentAuth() auth: AuthContext, @Args('input') input: CreateGroupInput, @Lang() lang: Locale) {
    return this.groupService.create(auth, input, lang);
  }

  @Mutation(() => Boolean)
  deleteGroup(@CurrentAuth() auth: AuthContext, @Args('key') key: string) {
    return this.groupService.remove(auth, key);
  }

  @Mutation(() => GroupModel)
  addGroupMember(@CurrentAuth() auth: AuthContext, @Args('input') input: GroupMemberInput, @Lang() lang: Locale) {
    return this.groupService.addMember(auth, input, lang);
  }

  @Mutation(() => GroupModel)
  removeGroupMember(@CurrentAuth() auth: AuthContext, @Args('input') input: GroupMemberInput, @Lang() lang: Locale) {
    return this.groupService.removeMember(auth, input, lang);
  }
}
