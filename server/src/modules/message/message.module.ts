import { Module } from '@nestjs/common';
import { MessageResolver } from './message.resolver.js';
import { MessageService } from './message.service.js';

@Module({ providers: [MessageResolver, MessageService], exports: [MessageService] })
export class MessageModule {}
