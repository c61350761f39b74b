import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A team or department. BPMN candidateGroups name group keys. Groups nest through parentId. */
@Entity('groups')
@Index('UQ_groups_workspace_key', ['workspaceId', 'key'], { unique: true })
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_groups_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'varchar', length: 64, nullable: false })
  key: string;

  @Column({ name: 'name_zh_cn', type: 'varchar', length: 200, nullable: false })
  nameZhCN: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200, nullable: false })
  nameEn: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_groups_parent' })
  parent?: GroupEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
