import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, Lang } from '../../common/auth/decorators.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { DiffService } from './diff.service.js';
import { ModelDiffModel } from './dtos/diff.model.js';
import { DraftModel, DraftStateEnum, ElementCommentInput, SaveFormDraftInput, SaveProcessDraftInput } from './dtos/draft.model.js';
import { DraftService } from './draft.service.js';
import { ReviewService } from './review.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class ReviewResolver {
  constructor(
    private readonly draftService: DraftService,
    private readonly reviews: ReviewService,
    private readonly diffs: DiffService,
  ) {}

  @Mutation(() => DraftModel, { description: 'Saves the open draft of a process (or starts one) and returns it with its lint problems' })
  saveProcessDraft(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('input') input: SaveProcessDraftInput) {
    return this.draftService.saveProcess(auth, input, lang);
  }

  @Mutation(() => DraftModel, { description: 'Saves the open draft of a form (or starts one) and returns it with its problems' })
  saveFormDraft(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('input') input: SaveFormDraftInput) {
    return this.draftService.saveForm(auth, input, lang);
  }

  @Mutation(() => DraftModel, { description: 'DRAFT or CHANGES_REQUESTED → IN_REVIEW; refused while lint errors remain' })
  submitDraftForReview(
    @CurrentAuth() auth: AuthContext, @Lang() lang: Locale,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.reviews.submit(auth, draftId, note, lang);
  }

  @Mutation(() => DraftModel, { description: 'Deploys the draft (IN_REVIEW → DEPLOYED); not by anyone who saved it' })
  approveDraft(
    @CurrentAuth() auth: AuthContext, @Lang() lang: Locale,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ) {
    return this.reviews.approve(auth, draftId, comment, lang);
  }

  @Mutation(() => DraftModel, { description: 'IN_REVIEW → CHANGES_REQUESTED, with comments on elements; not by anyone who saved it' })
  requestDraftChanges(
    @CurrentAuth() auth: AuthContext, @Lang() lang: Locale,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('comment') comment: string,
    @Args('elementComments', { type: () => [ElementCommentInput], nullable: true }) elementComments?: ElementCommentInput[] | null,
  ) {
    return this.reviews.requestChanges(auth, draftId, comment, elementComments, lang);
  }

  @Query(() => DraftModel)
  draft(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('id', { type: () => ID }) id: string) {
    return this.draftService.get(auth, id, lang);
  }

  @Query(() => [DraftModel], { description: 'Drafts of an app, newest first (builders and admins)' })
  drafts(
    @CurrentAuth() auth: AuthContext, @Lang() lang: Locale,
    @Args('appKey') appKey: string,
    @Args('state', { type: () => DraftStateEnum, nullable: true }) state?: DraftStateEnum | null,
  ) {
    return this.draftService.list(auth, appKey, state, lang);
  }

  @Query(() => ModelDiffModel, { description: 'Added, removed and changed elements between two deployed versions' })
  diffProcessVersions(
    @CurrentAuth() auth: AuthContext,
    @Args('bpmnProcessId') bpmnProcessId: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ) {
    return this.diffs.processVersions(auth, bpmnProcessId, fromVersion, toVersion);
  }

  @Query(() => ModelDiffModel, { description: 'Added, removed, renamed and changed fields between two deployed form versions' })
  diffFormVersions(
    @CurrentAuth() auth: AuthContext,
    @Args('formKey') formKey: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ) {
    return this.diffs.formVersions(auth, formKey, fromVersion, toVersion);
  }

  @Query(() => ModelDiffModel, { description: 'A draft against the latest deployed version' })
  diffDraft(@CurrentAuth() auth: AuthContext, @Args('draftId', { type: () => ID }) draftId: string) {
    return this.diffs.draft(auth, draftId);
  }
}
