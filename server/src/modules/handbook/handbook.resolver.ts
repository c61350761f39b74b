import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, Lang } from '../../common/auth/decorators.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { AppHandbookModel } from './dtos/handbook.model.js';
import { HandbookService } from './handbook.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class HandbookResolver {
  constructor(private readonly handbooks: HandbookService) {}

  @Query(() => AppHandbookModel, { description: 'The app’s process handbook as HTML: diagram, then per step role, form fields, deadline, escalation, decisions' })
  appHandbook(
    @CurrentAuth() auth: AuthContext,
    @Lang() requestLang: Locale,
    @Args('key') key: string,
    @Args('lang', { type: () => String, nullable: true, description: 'zh-CN or en; defaults to the request language' }) lang?: string | null,
  ) {
    return this.handbooks.build(auth, key, lang, requestLang);
  }
}
