import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** An uploaded file: the bytes live under `<BATON_DATA_DIR>/files/<workspace>/<id>`, the facts here. */
@Entity('files')
@Index('IDX_files_workspace_created', ['workspaceId', 'createdAt'])
export class FileEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_files_workspace' })
  workspace?: WorkspaceEntity;

  /** The sanitised name shown and offered on download; never used as a path. */
  @Column({ type: 'varchar', length: 200, nullable: false })
  name: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100, nullable: false })
  contentType: string;

  @Column({ type: 'bigint', nullable: false, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  @Column({ type: 'varchar', length: 64, nullable: false })
  sha256: string;

  @Column({ name: 'uploaded_by_id', type: 'uuid', nullable: false })
  uploadedById: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
