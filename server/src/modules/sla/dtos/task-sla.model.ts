import { Field, ObjectType } from '@nestjs/graphql';
import { SlaState } from '../sla-state.js';

@ObjectType('TaskSla', { description: "A task's SLA (baton:sla on its user task): deadlines on the workspace's business calendar" })
export class TaskSlaModel {
  @Field(() => SlaState)
  state: SlaState;

  @Field(() => Date, { nullable: true, description: 'Claim, transfer or delegate by then' })
  respondBy: Date | null;

  @Field(() => Date, { nullable: true, description: 'Complete by then' })
  completeBy: Date | null;

  @Field(() => Date, { nullable: true, description: 'When someone first responded' })
  respondedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the task becomes at risk (the earlier of its two risk moments still ahead)' })
  atRiskAt: Date | null;
}
