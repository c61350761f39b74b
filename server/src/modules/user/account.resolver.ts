import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext, GqlContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { Ctx, CurrentAuth } from '../../common/auth/decorators.js';
import { ChangePasswordInput, UpdateProfileInput } from '../auth/dtos/auth.inputs.js';
import { AccountService } from './account.service.js';
import { UserModel } from './dtos/user.model.js';

@Resolver()
@UseGuards(AuthGuard)
export class AccountResolver {
  constructor(private readonly account: AccountService) {}

  @Mutation(() => UserModel)
  updateProfile(@CurrentAuth() auth: AuthContext, @Args('input') input: UpdateProfileInput) {
    return this.account.updateProfile(auth, input);
  }

  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session' })
  changePassword(@CurrentAuth() auth: AuthContext, @Args('input') input: ChangePasswordInput, @Ctx() ctx: GqlContext) {
    return this.account.changePassword(auth, input, ctx);
  }
}
