import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** Which process took which message: the primary key lets a message into each process (by id) at most once. */
@Entity('message_correlations')
@Index('IDX_message_correlations_start', ['bpmnProcessId', 'correlationKey'], { where: `"is_start"` })
export class MessageCorrelationEntity {
  @PrimaryColumn({ name: 'message_id', type: 'uuid', primaryKeyConstraintName: 'PK_message_correlations' })
  messageId: string;

  @PrimaryColumn({ name: 'bpmn_process_id', type: 'varchar', length: 255, primaryKeyConstraintName: 'PK_message_correlations' })
  bpmnProcessId: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_message_correlations_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'process_instance_id', type: 'uuid', nullable: true })
  processInstanceId: string | null;

  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ name: 'correlation_key', type: 'varchar', length: 255, nullable: false })
  correlationKey: string;

  /** true when the message started the instance (a message start event) */
  @Column({ name: 'is_start', type: 'boolean', nullable: false, default: false })
  isStart: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
