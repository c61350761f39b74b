import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import { AppEntity } from './app.entity.js';

export type AppItemKind = 'FORM' | 'PROCESS';

/** A form (by form key) or process (by BPMN process id) shown in an app; all its versions belong to it. */
@Entity('app_items')
@Check('CHK_app_items_kind', `"kind" IN ('FORM','PROCESS')`)
@Index('UQ_app_items_app_kind_key', ['appId', 'kind', 'itemKey'], { unique: true })
export class AppItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_app_items_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'app_id', type: 'uuid', nullable: false })
  appId: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_app_items_app' })
  app?: AppEntity;

  @Column({ type: 'varchar', length: 16, nullable: false })
  kind: AppItemKind;

  @Column({ name: 'item_key', type: 'varchar', length: 255, nullable: false })
  itemKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
