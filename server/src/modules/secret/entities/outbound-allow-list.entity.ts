import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** Internal hosts a workspace's connectors may reach although the SSRF guard refuses them by default. */
@Entity('outbound_allow_lists')
export class OutboundAllowListEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_outbound_allow_lists_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'jsonb', nullable: false })
  hosts: string[];

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: false })
  updatedById: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
