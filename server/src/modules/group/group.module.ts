import { Module } from '@nestjs/common';
import { GroupResolver } from './group.resolver.js';
import { GroupService } from './group.service.js';

@Module({ providers: [GroupResolver, GroupService], exports: [GroupService] })
export class GroupModule {}
