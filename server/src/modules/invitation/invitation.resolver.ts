import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, GqlContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { Ctx, CurrentAuth, Public } from '../../common/auth/decorators.js';
import { AuthPayloadModel } from '../auth/dtos/auth-payload.model.js';
import { AcceptInvitationInput, InvitationModel, InvitationPreviewModel, InviteMemberInput } from './dtos/invitation.model.js';
import { InvitationService } from './invitation.service.js';

@Resolver()
export class InvitationResolver {
  constructor(private readonly invitationService: InvitationService) {}

  @UseGuards(AuthGuard)
  @Query(() => [InvitationModel], { description: 'Pending invitations (not accepted, not revoked)' })
  invitations(@CurrentAuth() auth: AuthContext) {
    return this.invitationService.listPending(auth);
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'What the accept page shows for an invitation token' })
  invitation(@Args('token') token: string) {
    return this.invitationService.preview(token);
  }

  @UseGuards(AuthGuard)
  @Mutation(() => InvitationModel)
  inviteMember(@CurrentAuth() auth: AuthContext, @Args('input') input: InviteMemberInput) {
    return this.invitationService.invite(auth, input);
  }

  @UseGuards(AuthGuard)
  @Mutation(() => InvitationModel)
  revokeInvitation(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.invitationService.revoke(auth, id);
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  acceptInvitation(@Args('input') input: AcceptInvitationInput, @Ctx() ctx: GqlContext) {
    return this.invitationService.accept(input, ctx);
  }
}
