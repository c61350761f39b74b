import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { BulkUpdateRecordsInput, RecordChangeModel, RecordConnection, RecordModel, SubmitRecordInput, UpdateRecordInput } from './dtos/record.model.js';
import { RecordBulkService } from './record-bulk.service.js';
import { RecordFilter, RecordSort } from './dtos/records-query.input.js';
import { RecordQueryService } from './record-query.service.js';
import { RecordService } from './record.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class RecordResolver {
  constructor(
    private readonly recordService: RecordService,
    private readonly queries: RecordQueryService,
    private readonly bulk: RecordBulkService,
  ) {}

  @Mutation(() => RecordModel, { description: 'Validates the data with the form’s rules and stores it; field errors and nothing stored on failure' })
  submitRecord(@CurrentAuth() auth: AuthContext, @Args('input') input: SubmitRecordInput) {
    return this.recordService.submit(auth, input);
  }

  @Mutation(() => RecordModel, { description: 'Replaces a record’s data (own records; builders+ any), keeping a field-by-field history' })
  updateRecord(@CurrentAuth() auth: AuthContext, @Args('input') input: UpdateRecordInput) {
    return this.recordService.update(auth, input);
  }

  @Mutation(() => [RecordModel], { description: 'Bulk edit: sets the same values on many records, all or none, each with its history' })
  updateRecords(@CurrentAuth() auth: AuthContext, @Args('input') input: BulkUpdateRecordsInput) {
    return this.bulk.update(auth, input);
  }

  @Mutation(() => RecordModel, { description: 'Moves a record to the recycle bin' })
  deleteRecord(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.recordService.remove(auth, id);
  }

  @Mutation(() => RecordModel, { description: 'Takes a record back out of the recycle bin' })
  restoreRecord(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.recordService.restore(auth, id);
  }

  @Query(() => RecordModel)
  record(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.recordService.get(auth, id);
  }

  @Query(() => [RecordChangeModel], { description: 'Updates, deletions and restorations of a record, oldest first' })
  recordHistory(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.recordService.history(auth, id);
  }

  @Query(() => RecordConnection)
  records(
    @CurrentAuth() auth: AuthContext,
    @Args('formKey') formKey: string,
    @Args('filter', { nullable: true }) filter?: RecordFilter,
    @Args('sort', { nullable: true }) sort?: RecordSort,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.queries.list(auth, { formKey, filter, sort, first, after });
  }
}
