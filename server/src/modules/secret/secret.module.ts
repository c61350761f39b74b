import { Module } from '@nestjs/common';
import { SecretResolver } from './secret.resolver.js';
import { SecretService } from './secret.service.js';
import { SecretVault } from './secret-vault.service.js';

@Module({ providers: [SecretResolver, SecretService, SecretVault], exports: [SecretVault] })
export class SecretModule {}
