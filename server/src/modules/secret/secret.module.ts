import { Module } from '@nestjs/common';
import { SecretResolver } from './secret.resolver.js';
import { SecretService } from './secret.service.js';
import { SecretVault } from './secret-vault.service.js';
import { OutboundAllowListService } from './outbound-allow-list.service.js';

@Module({ providers: [SecretResolver, SecretService, SecretVault, OutboundAllowListService], exports: [SecretVault, SecretService, OutboundAllowListService] })
export class SecretModule {}
