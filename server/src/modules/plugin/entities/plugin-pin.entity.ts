import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProcessDefinitionEntity } from '../../process/entities/process-definition.entity.js';

/**
 * The plugin version a process definition runs: written at deploy (trigger `baton_pin_plugins`, the highest version
 * the workspace had), or at the first job of a plugin installed after the deploy. Never changed afterwards.
 */
@Entity('plugin_pins')
@Index('IDX_plugin_pins_version', ['workspaceId', 'pluginId', 'version'])
export class PluginPinEntity {
  @PrimaryColumn({ name: 'definition_id', type: 'uuid' })
  definitionId: string;

  @ManyToOne(() => ProcessDefinitionEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'definition_id', foreignKeyConstraintName: 'FK_plugin_pins_definition' })
  definition?: ProcessDefinitionEntity;

  @PrimaryColumn({ name: 'plugin_id', type: 'varchar', length: 63 })
  pluginId: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  version: string;

  @CreateDateColumn({ name: 'pinned_at', type: 'timestamptz' })
  pinnedAt: Date;
}
