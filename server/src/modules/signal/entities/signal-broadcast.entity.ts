import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A signal thrown by a process (throw or end event), queued in its command until the engine poller broadcasts it. */
@Entity('signal_broadcasts')
export class SignalBroadcastEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_signal_broadcasts_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'varchar', length: 255, nullable: false })
  name: string;

  @Column({ type: 'jsonb', nullable: false, default: () => "'{}'" })
  variables: Record<string, unknown>;

  @Column({ name: 'source_instance_id', type: 'uuid', nullable: true })
  sourceInstanceId: string | null;

  @Index('IDX_signal_broadcasts_created')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
