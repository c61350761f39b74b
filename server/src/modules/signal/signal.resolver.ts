import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { BroadcastSignalInput, SignalBroadcastModel } from './dtos/signal.model.js';
import { SignalService } from './signal.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class SignalResolver {
  constructor(private readonly signals: SignalService) {}

  @Mutation(() => SignalBroadcastModel, {
    description: 'Broadcasts a BPMN signal: triggers every waiting signal catch, boundary and event sub-process start once, and starts every signal-start process',
  })
  broadcastSignal(@CurrentAuth() auth: AuthContext, @Args('input') input: BroadcastSignalInput) {
    return this.signals.broadcast(auth, input);
  }
}
