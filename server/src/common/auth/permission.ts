import { Role } from './role.js';

export enum Permission {
  WORKSPACE_READ = 'workspace.read',
  MEMBER_MANAGE = 'member.manage',
  GROUP_MANAGE = 'group.manage',
  AUDIT_READ = 'audit.read',
  FORM_READ = 'form.read',
  FORM_DEPLOY = 'form.deploy',
  RECORD_READ = 'record.read',
  RECORD_SUBMIT = 'record.submit',
  /** Change or delete records someone else submitted; anyone may change their own. */
  RECORD_MANAGE = 'record.manage',
  /** deploy BPMN processes */
  PROCESS_DEPLOY = 'process.deploy',
  /** see definitions, instances (variables, history, incidents) and tasks */
  PROCESS_READ = 'process.read',
  PROCESS_START = 'process.start',
  /** cancel instances and resolve incidents */
  PROCESS_OPERATE = 'process.operate',
  /** claim and complete user tasks (the task's assignee and candidates decide the rest) */
  TASK_WORK = 'task.work',
  /** act as an external job worker: activate, complete and fail jobs, throw errors */
  JOB_WORK = 'job.work',
  /** set and delete connector secrets (values are never readable through the API) */
  SECRET_MANAGE = 'secret.manage',
  /** install, enable, disable and uninstall connector plugins for the workspace */
  PLUGIN_MANAGE = 'plugin.manage',
  /** set the workspace's business calendar (working hours, time zone, holidays) */
  CALENDAR_MANAGE = 'calendar.manage',
}

/** Exhaustive: each permission lists the roles that hold it. */
export const PERMISSION_ROLES: Record<Permission, readonly Role[]> = {
  [Permission.WORKSPACE_READ]: [Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER],
  [Permission.MEMBER_MANAGE]: [Role.OWNER, Role.ADMIN],
  [Permission.GROUP_MANAGE]: [Role.OWNER, Role.ADMIN],
  [Permission.AUDIT_READ]: [Role.OWNER, Role.ADMIN],
  [Permission.FORM_READ]: [Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER],
  [Permission.FORM_DEPLOY]: [Role.OWNER, Role.ADMIN, Role.BUILDER],
  [Permission.RECORD_READ]: [Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER],
  [Permission.RECORD_SUBMIT]: [Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER],
  [Permission.RECORD_MANAGE]: [Role.OWNER, Role.ADMIN, Role.BUILDER],
  [Permission.PROCESS_DEPLOY]: [Role.OWNER, Role.ADMIN, Role.BUILDER],
  [Permission.PROCESS_READ]: [Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER],
  [Permission.PROCESS_START]: [Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER],
  [Permission.PROCESS_OPERATE]: [Role.OWNER, Role.ADMIN, Role.BUILDER],
  [Permission.TASK_WORK]: [Role.OWNER, Role.ADMIN, Role.BUILDER, Role.MEMBER],
  [Permission.JOB_WORK]: [Role.OWNER, Role.ADMIN, Role.BUILDER],
  [Permission.SECRET_MANAGE]: [Role.OWNER, Role.ADMIN],
  [Permission.PLUGIN_MANAGE]: [Role.OWNER, Role.ADMIN],
  [Permission.CALENDAR_MANAGE]: [Role.OWNER, Role.ADMIN],
};
