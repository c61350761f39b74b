import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

export const DEFAULT_TIME_TO_LIVE_MS = 3_600_000;

@InputType()
export class PublishMessageInput {
  @Field({ description: 'The message name the catch events wait for' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Matched against the subscriptions\' zeebe:subscription correlationKey; empty or omitted matches subscriptions without one' })
  correlationKey?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Set on the instance the message correlates to (or starts)' })
  variables?: unknown;

  @Field(() => Int, { nullable: true, description: `Milliseconds the message stays buffered for subscriptions that open later; 0 = only those open now. Default ${DEFAULT_TIME_TO_LIVE_MS}` })
  timeToLive?: number | null;

  @Field(() => String, { nullable: true, description: 'Publisher\'s id: while a message with this id (and name and key) is buffered, a repeat is refused with CONFLICT' })
  messageId?: string | null;
}

@ObjectType('MessageCorrelation', { description: 'An instance the message moved on or started' })
export class MessageCorrelationModel {
  @Field(() => ID)
  processInstanceId: string;

  @Field()
  bpmnProcessId: string;

  @Field({ description: 'The catch event, boundary event, receive task or message start event' })
  elementId: string;

  @Field({ description: 'True when the message started the instance' })
  started: boolean;
}

@ObjectType('PublishedMessage')
export class PublishedMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  correlationKey: string;

  @Field(() => String, { nullable: true })
  messageId: string | null;

  @Field({ description: 'Until when the message stays buffered' })
  expiresAt: Date;

  @Field(() => [MessageCorrelationModel], { description: 'Correlations made while publishing; a buffered message may correlate later too' })
  correlations: MessageCorrelationModel[];
}
