import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../user/dtos/user.model.js';

@ObjectType('TaskComment', { description: 'A comment on a user task, oldest first in taskComments' })
export class TaskCommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  taskId: string;

  @Field(() => ID)
  processInstanceId: string;

  @Field(() => ID)
  authorId: string;

  @Field(() => UserModel, { nullable: true, description: 'Null once the author has left the workspace' })
  author: UserModel | null;

  @Field()
  text: string;

  @Field(() => [UserModel], { description: 'The @mentioned members (those still in the workspace)' })
  mentions: UserModel[];

  @Field()
  createdAt: Date;
}

@InputType()
export class AddTaskCommentInput {
  @Field(() => ID)
  taskId: string;

  @Field({ description: '1–4000 characters' })
  text: string;

  @Field(() => [ID], { nullable: true, description: 'User ids of workspace members to @mention (at most 50)' })
  mentions?: string[] | null;
}
