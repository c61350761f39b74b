import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { RecordViewModel, SaveRecordViewInput } from './dtos/record-view.model.js';
import { RecordViewService } from './record-view.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class RecordViewResolver {
  constructor(private readonly views: RecordViewService) {}

  @Mutation(() => RecordViewModel, { description: 'Saves a named filter and sort; shared views need builder or admin' })
  saveRecordView(@CurrentAuth() auth: AuthContext, @Args('input') input: SaveRecordViewInput) {
    return this.views.save(auth, input);
  }

  @Query(() => [RecordViewModel], { description: 'The caller’s own and the shared views of a form' })
  recordViews(@CurrentAuth() auth: AuthContext, @Args('formKey') formKey: string) {
    return this.views.list(auth, formKey);
  }

  @Mutation(() => Boolean)
  deleteRecordView(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.views.remove(auth, id);
  }
}
