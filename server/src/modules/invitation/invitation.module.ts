import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module.js';
import { InvitationResolver } from './invitation.resolver.js';
import { InvitationService } from './invitation.service.js';

@Module({ imports: [NotificationModule], providers: [InvitationResolver, InvitationService] })
export class InvitationModule {}
