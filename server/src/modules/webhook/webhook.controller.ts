import { Controller, HttpCode, Param, Post, type RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import { clientIp } from '../../common/auth/auth-context.js';
import { WebhookService } from './webhook.service.js';

/**
 * `POST /hooks/<workspace id>/<message name>`, no sign-in: the body is signed with the workspace's webhook key
 * (X-Baton-Signature: sha256=<hex>), and publishes the message (correlationKey, variables, messageId, timeToLive).
 */
@Controller('hooks')
export class WebhookController {
  constructor(private readonly webhooks: WebhookService) {}

  @Post(':workspace/:message')
  @HttpCode(200)
  deliver(@Req() req: RawBodyRequest<Request>, @Param('workspace') workspace: string, @Param('message') message: string) {
    const signature = req.headers['x-baton-signature'];
    return this.webhooks.deliver(workspace, message, req.rawBody, Array.isArray(signature) ? signature[0] : signature, clientIp(req));
  }
}
