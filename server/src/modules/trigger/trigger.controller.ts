import { Controller, HttpCode, Param, Post, type RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import { clientIp } from '../../common/auth/auth-context.js';
import { TriggerService } from './trigger.service.js';

/**
 * `POST /hooks/<workspace id>/triggers/<trigger type>`, no sign-in: the JSON body (the trigger's payload) is signed
 * with the workspace's webhook key (X-Baton-Signature: sha256=<hex>), as message webhooks are.
 */
@Controller('hooks')
export class TriggerController {
  constructor(private readonly triggers: TriggerService) {}

  @Post(':workspace/triggers/:type')
  @HttpCode(200)
  deliver(@Req() req: RawBodyRequest<Request>, @Param('workspace') workspace: string, @Param('type') type: string) {
    const signature = req.headers['x-baton-signature'];
    return this.triggers.deliver(workspace, type, req.rawBody, Array.isArray(signature) ? signature[0] : signature, clientIp(req));
  }
}
