import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AppForm', { description: 'A form of an app; latestVersion is null until a version is deployed' })
export class AppFormModel {
  @Field()
  formKey: string;

  @Field()
  name: string;

  @Field(() => Int, { nullable: true })
  latestVersion: number | null;
}

@ObjectType('AppProcess', { description: 'A process of an app; latestVersion is null until a version is deployed' })
export class AppProcessModel {
  @Field()
  bpmnProcessId: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => Int, { nullable: true })
  latestVersion: number | null;

  @Field(() => String, { nullable: true, description: 'The form of the none start event (zeebe:formDefinition formId, else formKey)' })
  startFormKey: string | null;
}

@ObjectType('App', { description: 'A named group of forms and processes: what members open from the app home' })
export class AppModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key, e.g. customer-renewal' })
  key: string;

  @Field({ description: 'The name in the request language' })
  name: string;

  @Field()
  nameZhCN: string;

  @Field()
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'An icon name the web knows' })
  icon: string | null;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => [AppFormModel])
  forms: AppFormModel[];

  @Field(() => [AppProcessModel])
  processes: AppProcessModel[];

  @Field(() => Int, { description: 'Open tasks of the app’s processes that the caller is assigned or a candidate for' })
  myOpenTasks: number;

  @Field(() => Int, { description: 'Live records the caller submitted to the app’s forms' })
  myRecords: number;
}

@InputType()
export class CreateAppInput {
  @Field({ description: '2–64 lower-case letters, digits and "-", starting with a letter' })
  key: string;

  @Field()
  nameZhCN: string;

  @Field()
  nameEn: string;

  @Field(() => String, { nullable: true })
  icon?: string | null;
}

@InputType()
export class UpdateAppInput {
  @Field()
  key: string;

  @Field(() => String, { nullable: true })
  nameZhCN?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string removes the icon' })
  icon?: string | null;
}
