import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FormSchema } from '@baton/sdk';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/**
 * One deployed version of a form. Versions are immutable (the app role may only insert), so a record that pins
 * a version can always be read with the schema it was submitted with.
 */
@Entity('forms')
@Index('UQ_forms_workspace_key_version', ['workspaceId', 'formKey', 'version'], { unique: true })
export class FormEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_forms_workspace' })
  workspace?: WorkspaceEntity;

  /** The schema's `id`: what BPMN `zeebe:formDefinition formId` and `submitRecord` name. */
  @Column({ name: 'form_key', type: 'varchar', length: 100, nullable: false })
  formKey: string;

  @Column({ type: 'integer', nullable: false })
  version: number;

  @Column({ type: 'varchar', length: 200, nullable: false })
  name: string;

  @Column({ type: 'jsonb', nullable: false })
  schema: FormSchema;

  /** sha256 of the canonical JSON, so an unchanged schema maps to its existing version. */
  @Column({ name: 'schema_hash', type: 'varchar', length: 64, nullable: false })
  schemaHash: string;

  /** Kept as a bare id, not a foreign key: who deployed a version stays known after their account goes. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
