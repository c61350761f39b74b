import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { SignPosition } from './task.model.js';

@InputType({ description: 'Return (退回) the flow to an earlier user task, saying why' })
export class ReturnTaskInput {
  @Field(() => ID)
  id: string;

  @Field({ description: 'A user task upstream of this task in the same scope (see returnTargets)' })
  targetElementId: string;

  @Field({ description: '1–500 characters, kept in the task history and the audit log' })
  reason: string;
}

@InputType({ description: 'Add a signer (加签): another member signs before or after the current assignee' })
export class AddSignerInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'A member of the workspace other than the current assignee' })
  userId: string;

  @Field(() => SignPosition)
  position: SignPosition;

  @Field({ description: '1–500 characters, kept in the task history and the audit log' })
  reason: string;
}

@ObjectType('ReturnTarget', { description: 'A user task a task may be returned to (退回)' })
export class ReturnTargetModel {
  @Field()
  elementId: string;

  @Field(() => String, { nullable: true })
  name: string | null;
}
