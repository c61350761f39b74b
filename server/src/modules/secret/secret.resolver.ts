import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { SecretModel } from './dtos/secret.model.js';
import { SecretService } from './secret.service.js';
import { OutboundAllowListService } from './outbound-allow-list.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class SecretResolver {
  constructor(
    private readonly service: SecretService,
    private readonly allowList: OutboundAllowListService,
  ) {}

  @Query(() => [SecretModel], { name: 'secrets', description: 'The workspace’s connector secrets, names only (admins)' })
  secrets(@CurrentAuth() auth: AuthContext) {
    return this.service.list(auth);
  }

  @Mutation(() => SecretModel, { description: 'Sets a connector secret (admins); the value is sealed and can never be read back' })
  setSecret(@CurrentAuth() auth: AuthContext, @Args('name') name: string, @Args('value') value: string) {
    return this.service.set(auth, name, value);
  }

  @Mutation(() => Boolean)
  deleteSecret(@CurrentAuth() auth: AuthContext, @Args('name') name: string) {
    return this.service.remove(auth, name);
  }

  @Query(() => [String], { description: 'Internal hosts this workspace’s connectors may reach (admins)' })
  outboundAllowList(@CurrentAuth() auth: AuthContext) {
    return this.allowList.get(auth);
  }

  @Mutation(() => [String], { description: 'Sets the internal hosts connectors may reach: host, host:port or *.domain (admins)' })
  setOutboundAllowList(@CurrentAuth() auth: AuthContext, @Args('hosts', { type: () => [String] }) hosts: string[]) {
    return this.allowList.set(auth, hosts);
  }

  @Mutation(() => Int, { description: 'Re-seals every secret with the current BATON_SECRETS_KEY (after a key rotation); returns how many' })
  rotateSecrets(@CurrentAuth() auth: AuthContext) {
    return this.service.rotate(auth);
  }
}
