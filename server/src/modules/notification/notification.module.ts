import { Module } from '@nestjs/common';
import { SecretModule } from '../secret/secret.module.js';
import { NotificationOutbox } from './notification-outbox.service.js';
import { NotificationPoller } from './notification-poller.js';
import { NotificationPreferenceService } from './notification-preference.service.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationSender } from './notification-sender.js';
import { SmtpSettingsService } from './smtp-settings.service.js';

@Module({
  imports: [SecretModule],
  providers: [NotificationResolver, NotificationPreferenceService, SmtpSettingsService, NotificationOutbox, NotificationSender, NotificationPoller],
  exports: [NotificationOutbox],
})
export class NotificationModule {}
