import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FormEntity } from '../../form/entities/form.entity.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/**
 * A submitted form: the cleaned data (hidden and disabled fields dropped) as JSONB, pinned to the form version it
 * was validated against. Timestamps have millisecond precision so keyset cursors round-trip through JS dates.
 */
@Entity('records')
@Index('IDX_records_list', ['workspaceId', 'formKey', 'createdAt', 'id'])
// A trigram GIN index over search_text for ILIKE search; written by hand in the migration.
@Index('IDX_records_search', { synchronize: false })
export class RecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_records_workspace' })
  workspace?: WorkspaceEntity;

  @Index('IDX_records_form')
  @Column({ name: 'form_id', type: 'uuid', nullable: false })
  formId: string;

  @ManyToOne(() => FormEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'form_id', foreignKeyConstraintName: 'FK_records_form' })
  form?: FormEntity;

  /** Denormalised from the form so lists over every version of a form need no join. */
  @Column({ name: 'form_key', type: 'varchar', length: 100, nullable: false })
  formKey: string;

  @Column({ type: 'jsonb', nullable: false })
  data: Record<string, unknown>;

  /** The data's text and number values, one per line: what `search` matches. */
  @Column({ name: 'search_text', type: 'text', nullable: false })
  searchText: string;

  // Actors are bare ids, not foreign keys: history keeps its actor after the account goes.
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, nullable: true })
  updatedAt: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById: string | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;
}
