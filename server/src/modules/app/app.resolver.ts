import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, Lang } from '../../common/auth/decorators.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { AppService } from './app.service.js';
import { AppModel, CreateAppInput, UpdateAppInput } from './dtos/app.model.js';

@Resolver()
@UseGuards(AuthGuard)
export class AppResolver {
  constructor(private readonly service: AppService) {}

  @Query(() => [AppModel], { description: 'Active apps by key; includeArchived (builders) adds archived ones' })
  apps(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('includeArchived', { nullable: true }) includeArchived?: boolean) {
    return this.service.list(auth, includeArchived ?? false, lang);
  }

  @Query(() => AppModel)
  app(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('key') key: string) {
    return this.service.get(auth, key, lang);
  }

  @Mutation(() => AppModel, { description: 'Creates an app (builders and admins)' })
  createApp(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('input') input: CreateAppInput) {
    return this.service.create(auth, input, lang);
  }

  @Mutation(() => AppModel)
  updateApp(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('input') input: UpdateAppInput) {
    return this.service.update(auth, input, lang);
  }

  @Mutation(() => AppModel, { description: 'Hides the app from members; its forms, processes and records stay' })
  archiveApp(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('key') key: string) {
    return this.service.archive(auth, key, lang);
  }

  @Mutation(() => AppModel, { description: 'Adds a deployed form (all its versions) to the app' })
  addFormToApp(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('appKey') appKey: string, @Args('formKey') formKey: string) {
    return this.service.addItem(auth, appKey, 'FORM', formKey, lang);
  }

  @Mutation(() => AppModel, { description: 'Adds a deployed process (all its versions) to the app' })
  addProcessToApp(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('appKey') appKey: string, @Args('bpmnProcessId') bpmnProcessId: string) {
    return this.service.addItem(auth, appKey, 'PROCESS', bpmnProcessId, lang);
  }

  @Mutation(() => AppModel)
  removeFormFromApp(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('appKey') appKey: string, @Args('formKey') formKey: string) {
    return this.service.removeItem(auth, appKey, 'FORM', formKey, lang);
  }

  @Mutation(() => AppModel)
  removeProcessFromApp(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('appKey') appKey: string, @Args('bpmnProcessId') bpmnProcessId: string) {
    return this.service.removeItem(auth, appKey, 'PROCESS', bpmnProcessId, lang);
  }
}
