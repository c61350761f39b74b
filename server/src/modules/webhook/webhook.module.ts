import { Module } from '@nestjs/common';
import { MessageModule } from '../message/message.module.js';
import { SecretModule } from '../secret/secret.module.js';
import { WebhookController } from './webhook.controller.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';

/** Inbound message webhooks, signed with a per-workspace key sealed by the secret vault. */
@Module({
  imports: [MessageModule, SecretModule],
  controllers: [WebhookController],
  providers: [WebhookService, WebhookResolver],
  exports: [WebhookService],
})
export class WebhookModule {}
