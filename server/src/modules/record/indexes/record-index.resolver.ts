import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../../common/auth/auth-context.js';
import { AuthGuard } from '../../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../../common/auth/decorators.js';
import { RecordIndexModel } from './record-index.model.js';
import { RecordIndexService } from './record-index.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class RecordIndexResolver {
  constructor(private readonly indexes: RecordIndexService) {}

  @Query(() => [RecordIndexModel], { description: 'The indexed fields of a form and the state of their indexes' })
  recordIndexes(@CurrentAuth() auth: AuthContext, @Args('formKey') formKey: string) {
    return this.indexes.list(auth, formKey);
  }

  @Mutation(() => [RecordIndexModel], { description: `Sets which fields of a form are indexed (builders; at most 5 single-value fields); indexes build in the background` })
  setRecordIndexes(@CurrentAuth() auth: AuthContext, @Args('formKey') formKey: string, @Args('fields', { type: () => [String] }) fields: string[]) {
    return this.indexes.set(auth, formKey, fields);
  }
}
