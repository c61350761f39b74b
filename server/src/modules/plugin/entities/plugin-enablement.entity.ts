import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** Whether a workspace has a plugin switched on; without a row it is on. */
@Entity('plugin_enablements')
export class PluginEnablementEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_plugin_enablements_workspace' })
  workspace?: WorkspaceEntity;

  @PrimaryColumn({ name: 'plugin_id', type: 'varchar', length: 63 })
  pluginId: string;

  @Column({ type: 'boolean', nullable: false })
  enabled: boolean;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: false })
  updatedById: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
