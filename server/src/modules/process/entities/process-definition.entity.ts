import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** One deployed version of one executable BPMN process. Immutable once written. */
@Entity('process_definitions')
@Index('UQ_process_definitions_version', ['workspaceId', 'bpmnProcessId', 'version'], { unique: true })
export class ProcessDefinitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_process_definitions_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'bpmn_process_id', type: 'varchar', length: 255, nullable: false })
  bpmnProcessId: string;

  @Column({ type: 'integer', nullable: false })
  version: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: false })
  xml: string;

  /** of the whole deployed XML: the same XML deployed again creates no new version */
  @Column({ type: 'varchar', length: 64, nullable: false })
  sha256: string;

  /** the ProcessModel the engine runs, parsed once at deploy */
  @Column({ type: 'jsonb', nullable: false })
  model: object;

  /** the message names its events wait for (a FEEL name kept with its `=`), for publishMessage's unknown-name check */
  @Column({ name: 'message_names', type: 'jsonb', nullable: false, default: () => "'[]'" })
  messageNames: string[];

  @Column({ name: 'deployed_by', type: 'uuid', nullable: true })
  deployedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
