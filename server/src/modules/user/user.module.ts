import { Module } from '@nestjs/common';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';

@Module({ providers: [AccountResolver, AccountService] })
export class UserModule {}
