import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A share link (外链) for anonymous submissions to a form; only the token's sha256 is stored. */
@Entity('public_form_links')
@Index('UQ_public_form_links_token', ['tokenHash'], { unique: true })
export class PublicFormLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_public_form_links_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, nullable: false })
  tokenHash: string;

  @Column({ name: 'form_key', type: 'varchar', length: 100, nullable: false })
  formKey: string;

  /** When set, each submission also starts this process with the record's data as variables. */
  @Column({ name: 'bpmn_process_id', type: 'varchar', length: 255, nullable: true })
  bpmnProcessId: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: false })
  createdById: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
