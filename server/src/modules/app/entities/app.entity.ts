import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** An app: a named group of forms and processes that members open from the app home. Archived, never deleted. */
@Entity('apps')
@Index('UQ_apps_workspace_key', ['workspaceId', 'key'], { unique: true })
export class AppEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_apps_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'varchar', length: 64, nullable: false })
  key: string;

  @Column({ name: 'name_zh_cn', type: 'varchar', length: 100, nullable: false })
  nameZhCN: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100, nullable: false })
  nameEn: string;

  /** An icon name the web knows (Element Plus icon names), not a URL. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  icon: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
