import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { PublishedMessageModel, PublishMessageInput } from './dtos/message.model.js';
import { MessageService } from './message.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class MessageResolver {
  constructor(private readonly messages: MessageService) {}

  @Mutation(() => PublishedMessageModel, {
    description: 'Publishes a BPMN message: correlates it to waiting instances by name and correlation key, starts message-start processes, and buffers it for its time to live',
  })
  publishMessage(@CurrentAuth() auth: AuthContext, @Args('input') input: PublishMessageInput) {
    return this.messages.publish(auth, input);
  }
}
