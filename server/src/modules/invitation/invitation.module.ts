import { Module } from '@nestjs/common';
import { InvitationResolver } from './invitation.resolver.js';
import { InvitationService } from './invitation.service.js';

@Module({ providers: [InvitationResolver, InvitationService] })
export class InvitationModule {}
