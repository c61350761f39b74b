import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../common/auth/auth-context.js';
import { Ctx, Public } from '../../common/auth/decorators.js';
import { AuthService } from './auth.service.js';
import { AuthPayloadModel } from './dtos/auth-payload.model.js';
import { LoginInput, SignUpInput } from './dtos/auth.inputs.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Creates an account and its first workspace, with the caller as owner' })
  signUp(@Args('input') input: SignUpInput, @Ctx() ctx: GqlContext) {
    return this.auth.signUp(input, ctx);
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  login(@Args('input') input: LoginInput, @Ctx() ctx: GqlContext) {
    return this.auth.login(input, ctx);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Rotates the refresh cookie and returns a new access token' })
  refreshToken(@Ctx() ctx: GqlContext) {
    return this.auth.refresh(ctx);
  }

  @Public()
  @Mutation(() => Boolean)
  logout(@Ctx() ctx: GqlContext) {
    return this.auth.logout(ctx);
  }
}
