import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

export enum DraftKind {
  PROCESS = 'PROCESS',
  FORM = 'FORM',
}
registerEnumType(DraftKind, { name: 'DraftKind' });

export enum DraftStateEnum {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  DEPLOYED = 'DEPLOYED',
}
registerEnumType(DraftStateEnum, { name: 'DraftState', description: 'DRAFT → IN_REVIEW → CHANGES_REQUESTED (→ DRAFT on save) or DEPLOYED' });

@ObjectType('DraftProblem', { description: 'A lint finding: errors block submitting for review, warnings do not' })
export class DraftProblemModel {
  @Field(() => String, { nullable: true, description: 'The BPMN element id, or the form schema pointer (schema/components/2/key)' })
  elementId: string | null;

  @Field()
  rule: string;

  @Field({ description: 'error or warning' })
  severity: string;

  @Field({ description: 'In the request language' })
  message: string;
}

@ObjectType('ElementComment')
export class ElementCommentModel {
  @Field({ description: 'A BPMN element id (process drafts) or a field key (form drafts)' })
  elementId: string;

  @Field()
  text: string;
}

@ObjectType('DraftReview', { description: 'One step of a draft’s review' })
export class DraftReviewModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'SUBMITTED, APPROVED or CHANGES_REQUESTED' })
  action: string;

  @Field(() => ID)
  actorId: string;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => [ElementCommentModel])
  elementComments: ElementCommentModel[];

  @Field()
  createdAt: Date;
}

@ObjectType('Draft', { description: 'An unpublished process or form version on its way through review' })
export class DraftModel {
  @Field(() => ID)
  id: string;

  @Field()
  appKey: string;

  @Field(() => DraftKind)
  kind: DraftKind;

  @Field({ description: 'The BPMN process id, or the form key' })
  key: string;

  @Field(() => String, { nullable: true, description: 'Process drafts: the BPMN XML' })
  bpmnXml: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Form drafts: the form-js schema' })
  formSchema: unknown;

  @Field(() => DraftStateEnum)
  state: DraftStateEnum;

  @Field(() => ID)
  authorId: string;

  @Field(() => [ID], { description: 'Everyone who saved it; none of them may approve it' })
  contributorIds: string[];

  @Field(() => Int, { nullable: true, description: 'The latest deployed version when last saved' })
  baseVersion: number | null;

  @Field(() => Int, { nullable: true, description: 'Set when approved: the version the approval deployed' })
  deployedVersion: number | null;

  @Field(() => [DraftProblemModel])
  problems: DraftProblemModel[];

  @Field(() => [DraftReviewModel], { description: 'Oldest first' })
  reviews: DraftReviewModel[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@InputType()
export class SaveProcessDraftInput {
  @Field()
  appKey: string;

  @Field({ description: 'The id of the process in the XML this draft publishes' })
  bpmnProcessId: string;

  @Field()
  bpmnXml: string;
}

@InputType()
export class SaveFormDraftInput {
  @Field()
  appKey: string;

  @Field(() => GraphQLJSON, { description: 'form-js JSON; its `id` is the form key' })
  schema: unknown;
}

@InputType()
export class ElementCommentInput {
  @Field()
  elementId: string;

  @Field()
  text: string;
}
