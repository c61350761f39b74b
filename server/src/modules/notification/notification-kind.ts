import { registerEnumType } from '@nestjs/graphql';

/** What a notification mail is about. */
export enum NotificationKind {
  /** a new task for you (assignee, candidate user or member of a candidate group), or one assigned to you */
  TASK_ASSIGNED = 'TASK_ASSIGNED',
  /** a task of yours is due soon (sent by the engine's SLA timers) */
  TASK_SLA_REMINDER = 'TASK_SLA_REMINDER',
  /** a task is overdue and escalated to you */
  TASK_ESCALATION = 'TASK_ESCALATION',
  /** an invitation to join a workspace, with its accept link (goes to people who are not members yet) */
  INVITATION = 'INVITATION',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification mail is about' });

/** The kinds a member may switch off (an invitation goes to someone who is not a member yet). */
export type OptionalNotificationKind = Exclude<NotificationKind, NotificationKind.INVITATION>;

export const OPTIONAL_KINDS: readonly OptionalNotificationKind[] = [
  NotificationKind.TASK_ASSIGNED, NotificationKind.TASK_SLA_REMINDER, NotificationKind.TASK_ESCALATION,
];

export const isOptionalKind = (kind: unknown): kind is OptionalNotificationKind => (OPTIONAL_KINDS as readonly unknown[]).includes(kind);
