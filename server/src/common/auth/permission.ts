import { Role } from './role.js';

export enum Permission {
  WORKSPACE_READ = 'workspace.read',
  MEMBER_MANAGE = 'member.manage',
  GROUP_MANAGE = 'group.manage',
  AUDIT_READ = 'audit.read',
}

/** Exhaustive: each permission lists the roles that hold it. */
export const PERMISSION_ROLES: Record<Permission, readonly Role[]> = {
  [Permission.WORKSPACE_READ]: [Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER],
  [Permission.MEMBER_MANAGE]: [Role.OWNER, Role.ADMIN],
  [Permission.GROUP_MANAGE]: [Role.OWNER, Role.ADMIN],
  [Permission.AUDIT_READ]: [Role.OWNER, Role.ADMIN],
};
