import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A saved records view (filter + sort) of a form: private to its owner, or shared with the workspace. */
@Entity('record_views')
@Index('UQ_record_views_owner_name', ['workspaceId', 'formKey', 'ownerId', 'name'], { unique: true })
export class RecordViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_record_views_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'form_key', type: 'varchar', length: 100, nullable: false })
  formKey: string;

  @Column({ type: 'varchar', length: 100, nullable: false })
  name: string;

  /** The `records` filter and sort arguments as given, checked against the form when saved. */
  @Column({ type: 'jsonb', nullable: false })
  filter: object;

  @Column({ type: 'jsonb', nullable: true })
  sort: object | null;

  @Column({ type: 'boolean', nullable: false })
  shared: boolean;

  @Column({ name: 'owner_id', type: 'uuid', nullable: false })
  ownerId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
