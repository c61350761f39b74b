import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../user/entities/user.entity.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import { Role } from '../../../common/auth/role.js';

@Check('CHK_memberships_role', `"role" IN ('OWNER','ADMIN','BUILDER','MEMBER')`)
@Entity('memberships')
@Index('UQ_memberships_workspace_user', ['workspaceId', 'userId'], { unique: true })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_memberships_workspace' })
  workspace?: WorkspaceEntity;

  @Index('IDX_memberships_user')
  @Column({ name: 'user_id', type: 'uuid', nullable: false })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_memberships_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16, nullable: false })
  role: Role;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
