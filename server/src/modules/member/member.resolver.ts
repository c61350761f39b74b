import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { ChangeMemberRoleInput, MemberModel } from './dtos/member.model.js';
import { MemberService } from './member.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class MemberResolver {
  constructor(private readonly memberService: MemberService) {}

  @Query(() => [MemberModel])
  members(@CurrentAuth() auth: AuthContext) {
    return this.memberService.list(auth);
  }

  @Mutation(() => MemberModel)
  changeMemberRole(@CurrentAuth() auth: AuthContext, @Args('input') input: ChangeMemberRoleInput) {
    return this.memberService.changeRole(auth, input);
  }

  @Mutation(() => Boolean)
  removeMember(@CurrentAuth() auth: AuthContext, @Args('userId', { type: () => ID }) userId: string) {
    return this.memberService.remove(auth, userId);
  }
}
