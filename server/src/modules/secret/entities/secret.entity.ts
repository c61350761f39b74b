import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A connector secret of a workspace, sealed with AES-256-GCM; the value never leaves the server through the API. */
@Entity('secrets')
export class SecretEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_secrets_workspace' })
  workspace?: WorkspaceEntity;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'text', nullable: false })
  ciphertext: string;

  @Column({ name: 'key_id', type: 'varchar', length: 16, nullable: false })
  keyId: string;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: false })
  updatedById: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
