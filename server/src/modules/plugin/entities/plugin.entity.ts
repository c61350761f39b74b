import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DescribedConnector } from '../../../plugin-host/plugin-catalogue.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** One installed version of a plugin in a workspace, with the tarball it came from (what every replica unpacks). */
@Entity('plugins')
@Index('UQ_plugins_version', ['workspaceId', 'pluginId', 'version'], { unique: true })
export class PluginEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_plugins_workspace' })
  workspace?: WorkspaceEntity;

  /** the manifest's `baton.id` */
  @Column({ name: 'plugin_id', type: 'varchar', length: 63, nullable: false })
  pluginId: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  version: string;

  /** the version as text that sorts like semver (COLLATE "C"): see versionOrder() */
  @Column({ name: 'version_order', type: 'varchar', length: 128, nullable: false })
  versionOrder: string;

  @Column({ name: 'package_name', type: 'varchar', length: 214, nullable: false })
  packageName: string;

  /** the package.json `baton` section as validated */
  @Column({ type: 'jsonb', nullable: false })
  manifest: { name: { en: string; 'zh-CN': string }; sdk: string } & Record<string, unknown>;

  /** what the plugin's code declared when it was installed (type, version, secret fields, inputs) */
  @Column({ type: 'jsonb', nullable: false })
  connectors: DescribedConnector[];

  @Column({ type: 'varchar', length: 64, nullable: false })
  sha256: string;

  @Column({ type: 'integer', nullable: false })
  size: number;

  @Column({ type: 'bytea', nullable: false, select: false })
  tarball?: Buffer;

  @Column({ name: 'installed_by_id', type: 'uuid', nullable: false })
  installedById: string;

  @CreateDateColumn({ name: 'installed_at', type: 'timestamptz' })
  installedAt: Date;
}
