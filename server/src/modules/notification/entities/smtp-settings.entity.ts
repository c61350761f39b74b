import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** Where a workspace's notification mail goes out. The password is the workspace secret named by `passwordSecret`. */
@Entity('smtp_settings')
@Check('CHK_smtp_settings_port', `"port" BETWEEN 1 AND 65535`)
export class SmtpSettingsEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_smtp_settings_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'boolean', nullable: false, default: true })
  enabled: boolean;

  @Column({ type: 'varchar', length: 255, nullable: false })
  host: string;

  @Column({ type: 'integer', nullable: false })
  port: number;

  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  @Column({ type: 'boolean', nullable: false, default: false })
  secure: boolean;

  @Column({ name: 'from_address', type: 'varchar', length: 400, nullable: false })
  fromAddress: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  username: string | null;

  @Column({ name: 'password_secret', type: 'varchar', length: 64, nullable: true })
  passwordSecret: string | null;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: false })
  updatedById: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
