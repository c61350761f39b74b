import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TaskApproval', { description: 'The approval actions the model offers at this task (baton:approvalActions), or the defaults' })
export class TaskApprovalModel {
  @Field(() => [String], { description: 'Of approve, reject, return, transfer, delegate, addSigner, cc. With approve or reject the task is voted on; otherwise it is completed' })
  actions: string[];

  @Field({ description: 'The boolean variable approve (true) and reject (false) complete the task with (baton:approvalVariable, default approved)' })
  variable: string;
}
