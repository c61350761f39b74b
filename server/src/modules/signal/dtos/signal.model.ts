import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

@InputType()
export class BroadcastSignalInput {
  @Field({ description: 'The signal name the catch, boundary and start events wait for' })
  name: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Set on every instance the signal moves on (or starts)' })
  variables?: unknown;
}

@ObjectType('SignalTrigger', { description: 'An instance the signal moved on or started' })
export class SignalTriggerModel {
  @Field(() => ID)
  processInstanceId: string;

  @Field()
  bpmnProcessId: string;

  @Field({ description: 'The catch event, boundary event, event-based gateway event, event sub-process start or signal start event' })
  elementId: string;

  @Field({ description: 'True when the signal started the instance' })
  started: boolean;
}

@ObjectType('SignalBroadcast')
export class SignalBroadcastModel {
  @Field()
  name: string;

  @Field(() => [SignalTriggerModel], { description: 'Every subscription open when the signal was broadcast, and every signal start event; signals are not buffered' })
  triggered: SignalTriggerModel[];

  @Field(() => Int, { description: 'Targets whose command failed (e.g. an endless loop) and were left as they were' })
  failed: number;
}
