import { Module } from '@nestjs/common';
import { PluginHostModule } from '../../plugin-host/plugin-host.module.js';
import { MessageModule } from '../message/message.module.js';
import { WebhookModule } from '../webhook/webhook.module.js';
import { TriggerController } from './trigger.controller.js';
import { TriggerService } from './trigger.service.js';

/** Plugin triggers (defineTrigger) at run time: signed inbound events mapped in the sandbox, published as messages. */
@Module({
  imports: [PluginHostModule, MessageModule, WebhookModule],
  controllers: [TriggerController],
  providers: [TriggerService],
})
export class TriggerModule {}
