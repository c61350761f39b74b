import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DraftKind } from './draft.model.js';

@ObjectType('PropertyChange')
export class PropertyChangeModel {
  @Field({ description: 'name, type, condition, connection, default, assignment, form, schedule, priority, taskDefinition, ioMapping, events, loop, script, calledElement, headers, attachedTo; for form fields any component property (label, validate, …)' })
  property: string;

  @Field(() => String, { nullable: true, description: 'JSON text or plain text; null when absent' })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType('ElementChange')
export class ElementChangeModel {
  @Field()
  elementId: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field({ description: 'userTask, exclusiveGateway, sequenceFlow, …' })
  type: string;

  @Field(() => [PropertyChangeModel], { description: 'Empty for added and removed elements' })
  changes: PropertyChangeModel[];
}

@ObjectType('FieldChangeSummary')
export class FieldChangeSummaryModel {
  @Field()
  key: string;

  @Field(() => [PropertyChangeModel])
  changes: PropertyChangeModel[];
}

@ObjectType('RenamedField')
export class RenamedFieldModel {
  @Field()
  from: string;

  @Field()
  to: string;
}

@ObjectType('FormFieldDiff')
export class FormFieldDiffModel {
  @Field()
  formKey: string;

  @Field(() => [String])
  added: string[];

  @Field(() => [String])
  removed: string[];

  @Field(() => [RenamedFieldModel], { description: 'Same component id, new key' })
  renamed: RenamedFieldModel[];

  @Field(() => [FieldChangeSummaryModel])
  changed: FieldChangeSummaryModel[];
}

@ObjectType('ModelDiff', { description: 'What changed between two versions (or a version and a draft)' })
export class ModelDiffModel {
  @Field(() => DraftKind)
  kind: DraftKind;

  @Field({ description: 'The BPMN process id, or the form key' })
  key: string;

  @Field(() => Int, { nullable: true, description: 'null: compared against nothing (first version)' })
  fromVersion: number | null;

  @Field(() => Int, { nullable: true, description: 'null: the draft' })
  toVersion: number | null;

  @Field(() => [ElementChangeModel])
  added: ElementChangeModel[];

  @Field(() => [ElementChangeModel])
  removed: ElementChangeModel[];

  @Field(() => [ElementChangeModel])
  changed: ElementChangeModel[];

  @Field(() => FormFieldDiffModel, { nullable: true, description: 'Form diffs: the field changes' })
  formFields: FormFieldDiffModel | null;
}
