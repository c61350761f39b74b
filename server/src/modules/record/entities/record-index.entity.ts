import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

export type RecordIndexState = 'BUILDING' | 'READY' | 'FAILED' | 'DROPPING';

/**
 * A record field a builder asked to index for sorting and filtering. The index itself is built in the background
 * (CREATE INDEX CONCURRENTLY cannot run in a transaction) by RecordIndexBuilder, which moves the state on.
 */
@Entity('record_indexes')
@Index('UQ_record_indexes_field', ['workspaceId', 'formKey', 'fieldKey'], { unique: true })
@Check('CHK_record_indexes_state', `"state" IN ('BUILDING','READY','FAILED','DROPPING')`)
export class RecordIndexEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_record_indexes_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'form_key', type: 'varchar', length: 100, nullable: false })
  formKey: string;

  @Column({ name: 'field_key', type: 'varchar', length: 200, nullable: false })
  fieldKey: string;

  /** The field's data path (group paths and dotted keys split), from which the DDL is made. */
  @Column({ type: 'jsonb', nullable: false })
  path: string[];

  @Column({ name: 'index_name', type: 'varchar', length: 63, nullable: false })
  indexName: string;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: RecordIndexState;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
