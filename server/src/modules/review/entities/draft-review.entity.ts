import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import { DraftEntity } from './draft.entity.js';

export type ReviewAction = 'SUBMITTED' | 'APPROVED' | 'CHANGES_REQUESTED';

export interface ElementComment {
  elementId: string;
  text: string;
}

/** One step of a draft's review, append-only: submitted, approved or changes requested, with comments. */
@Entity('draft_reviews')
@Check('CHK_draft_reviews_action', `"action" IN ('SUBMITTED','APPROVED','CHANGES_REQUESTED')`)
@Index('IDX_draft_reviews_draft', ['draftId', 'createdAt'])
export class DraftReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_draft_reviews_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'draft_id', type: 'uuid', nullable: false })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_draft_reviews_draft' })
  draft?: DraftEntity;

  @Column({ type: 'varchar', length: 24, nullable: false })
  action: ReviewAction;

  @Column({ name: 'actor_id', type: 'uuid', nullable: false })
  actorId: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'element_comments', type: 'jsonb', nullable: false })
  elementComments: ElementComment[];

  /** clock_timestamp(): submit and approve in one transaction still order */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
