import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity.js';
import { LoginAttemptEntity } from '../modules/auth/entities/login-attempt.entity.js';
import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity.js';
import { GroupMemberEntity } from '../modules/group/entities/group-member.entity.js';
import { GroupEntity } from '../modules/group/entities/group.entity.js';
import { InvitationEntity } from '../modules/invitation/entities/invitation.entity.js';
import { MembershipEntity } from '../modules/member/entities/membership.entity.js';
import { UserEntity } from '../modules/user/entities/user.entity.js';
import { WorkspaceEntity } from '../modules/workspace/entities/workspace.entity.js';
import { InstanceSettingEntity } from './entities/instance-setting.entity.js';

export const ENTITIES = [
  UserEntity,
  WorkspaceEntity,
  MembershipEntity,
  InvitationEntity,
  GroupEntity,
  GroupMemberEntity,
  AuditEventEntity,
  RefreshTokenEntity,
  LoginAttemptEntity,
  InstanceSettingEntity,
];
