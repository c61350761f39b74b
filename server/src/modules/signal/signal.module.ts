import { Module } from '@nestjs/common';
import { SignalResolver } from './signal.resolver.js';
import { SignalService } from './signal.service.js';

@Module({ providers: [SignalResolver, SignalService] })
export class SignalModule {}
