import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/**
 * The last serial number handed out per workspace, form, field and period (`202605` for `{yyyy}{MM}`, empty when
 * the pattern has no date). Incremented with UPDATE … RETURNING inside the submit transaction: the row lock
 * serialises concurrent submits and a rolled-back submit gives its number back, so numbers have no gaps.
 */
@Entity('serial_counters')
export class SerialCounterEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_serial_counters_workspace' })
  workspace?: WorkspaceEntity;

  @PrimaryColumn({ name: 'form_key', type: 'varchar', length: 100 })
  formKey: string;

  @PrimaryColumn({ name: 'field_key', type: 'varchar', length: 200 })
  fieldKey: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  period: string;

  @Column({ type: 'integer', nullable: false })
  value: number;
}
