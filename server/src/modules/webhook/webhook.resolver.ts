import { UseGuards } from '@nestjs/common';
import { Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { WebhookKeyModel } from './dtos/webhook-key.model.js';
import { WebhookService } from './webhook.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Mutation(() => WebhookKeyModel, {
    description: 'Makes a new HMAC-SHA256 key for the workspace\'s message webhooks (POST /hooks/<workspace>/<message>), shown once; the previous key stops working',
  })
  rotateWebhookKey(@CurrentAuth() auth: AuthContext) {
    return this.webhooks.rotateKey(auth);
  }
}
