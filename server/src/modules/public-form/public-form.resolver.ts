import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { CreatePublicFormLinkInput, PublicFormLinkModel } from './dtos/public-form-link.model.js';
import { PublicFormService } from './public-form.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class PublicFormResolver {
  constructor(private readonly links: PublicFormService) {}

  @Mutation(() => PublicFormLinkModel, { description: 'A share link for anonymous submissions (builders); the token is in this answer only' })
  createPublicFormLink(@CurrentAuth() auth: AuthContext, @Args('input') input: CreatePublicFormLinkInput) {
    return this.links.create(auth, input);
  }

  @Mutation(() => PublicFormLinkModel)
  revokePublicFormLink(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.links.revoke(auth, id);
  }

  @Query(() => [PublicFormLinkModel], { description: 'The share links of a form, newest first (builders)' })
  publicFormLinks(@CurrentAuth() auth: AuthContext, @Args('formKey') formKey: string) {
    return this.links.list(auth, formKey);
  }
}
