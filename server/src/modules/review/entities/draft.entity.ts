import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppEntity } from '../../app/entities/app.entity.js';
import type { AppItemKind } from '../../app/entities/app-item.entity.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

export type DraftState = 'DRAFT' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'DEPLOYED';

/** A stored problem of a draft, as the lint returned it (both languages). */
export interface StoredProblem {
  elementId: string | null;
  rule: string;
  severity: 'error' | 'warning';
  message: { en: string; 'zh-CN': string };
}

/** An unpublished process (BPMN XML) or form (form-js JSON) on its way through review to a deployed version. */
@Entity('drafts')
@Check('CHK_drafts_kind', `"kind" IN ('FORM','PROCESS')`)
@Check('CHK_drafts_state', `"state" IN ('DRAFT','IN_REVIEW','CHANGES_REQUESTED','DEPLOYED')`)
@Index('IDX_drafts_app', ['appId', 'createdAt'])
@Index('IDX_drafts_item', ['workspaceId', 'kind', 'itemKey'])
export class DraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_drafts_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'app_id', type: 'uuid', nullable: false })
  appId: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_drafts_app' })
  app?: AppEntity;

  @Column({ type: 'varchar', length: 16, nullable: false })
  kind: AppItemKind;

  /** The BPMN process id, or the form key. */
  @Column({ name: 'item_key', type: 'varchar', length: 255, nullable: false })
  itemKey: string;

  /** BPMN XML, or the form-js schema as JSON text. */
  @Column({ type: 'text', nullable: false })
  content: string;

  @Column({ type: 'jsonb', nullable: false })
  problems: StoredProblem[];

  @Column({ type: 'varchar', length: 24, nullable: false })
  state: DraftState;

  @Column({ name: 'author_id', type: 'uuid', nullable: false })
  authorId: string;

  /** Everyone who saved this draft: none of them may approve it. */
  @Column({ name: 'contributor_ids', type: 'jsonb', nullable: false })
  contributorIds: string[];

  /** The latest deployed version when the draft was last saved (null: never deployed). */
  @Column({ name: 'base_version', type: 'integer', nullable: true })
  baseVersion: number | null;

  @Column({ name: 'deployed_version', type: 'integer', nullable: true })
  deployedVersion: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: false })
  updatedAt: Date;
}
