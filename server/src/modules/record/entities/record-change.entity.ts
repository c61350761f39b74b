import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import { RecordEntity } from './record.entity.js';

export type RecordChangeAction = 'updated' | 'deleted' | 'restored';

export interface FieldChange {
  key: string;
  before: unknown;
  after: unknown;
}

/** Append-only history of a record: who changed what, field by field (the app role may not update or delete). */
@Entity('record_changes')
@Index('IDX_record_changes_record', ['recordId', 'changedAt'])
export class RecordChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_record_changes_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'record_id', type: 'uuid', nullable: false })
  recordId: string;

  @ManyToOne(() => RecordEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'FK_record_changes_record' })
  record?: RecordEntity;

  @Column({ type: 'varchar', length: 16, nullable: false })
  action: RecordChangeAction;

  @Column({ type: 'jsonb', nullable: false })
  changes: FieldChange[];

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz', precision: 3 })
  changedAt: Date;
}
