import { Module } from '@nestjs/common';
import { MemberResolver } from './member.resolver.js';
import { MemberService } from './member.service.js';

@Module({ providers: [MemberResolver, MemberService] })
export class MemberModule {}
