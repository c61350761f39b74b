import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../user/dtos/user.model.js';

@ObjectType('TaskCommentFile', { description: 'A file attached to a task comment: download it from /api/files/<id>' })
export class TaskCommentFileModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  size: number;
}

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

  @Field(() => [TaskCommentFileModel], { description: 'Attached workspace files, in the order given' })
  attachments: TaskCommentFileModel[];

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

  @Field(() => [ID], { nullable: true, description: 'Ids of files uploaded with POST /api/files to attach (at most 20)' })
  fileIds?: string[] | null;
}
