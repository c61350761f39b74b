import { Module } from '@nestjs/common';
import { GroupModule } from '../group/group.module.js';
import { WorkspaceResolver } from './workspace.resolver.js';
import { WorkspaceService } from './workspace.service.js';

@Module({ imports: [GroupModule], providers: [WorkspaceResolver, WorkspaceService] })
export class WorkspaceModule {}
