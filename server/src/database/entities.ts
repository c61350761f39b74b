import { FormEntity } from '../modules/form/entities/form.entity.js';
import { RecordChangeEntity } from '../modules/record/entities/record-change.entity.js';
import { RecordEntity } from '../modules/record/entities/record.entity.js';
import { RecordViewEntity } from '../modules/record/entities/record-view.entity.js';
import { RecordIndexEntity } from '../modules/record/entities/record-index.entity.js';
import { FileEntity } from '../modules/file/entities/file.entity.js';
import { PublicFormLinkEntity } from '../modules/public-form/entities/public-form-link.entity.js';
import { SecretEntity } from '../modules/secret/entities/secret.entity.js';
import { OutboundAllowListEntity } from '../modules/secret/entities/outbound-allow-list.entity.js';
import { SerialCounterEntity } from '../modules/record/entities/serial-counter.entity.js';
import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity.js';
import { LoginAttemptEntity } from '../modules/auth/entities/login-attempt.entity.js';
import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity.js';
import { GroupMemberEntity } from '../modules/group/entities/group-member.entity.js';
import { GroupEntity } from '../modules/group/entities/group.entity.js';
import { InvitationEntity } from '../modules/invitation/entities/invitation.entity.js';
import { MembershipEntity } from '../modules/member/entities/membership.entity.js';
import { UserEntity } from '../modules/user/entities/user.entity.js';
import { WorkspaceEntity } from '../modules/workspace/entities/workspace.entity.js';
import { JobEntity } from '../modules/job/entities/job.entity.js';
import { ElementInstanceEntity } from '../modules/process/entities/element-instance.entity.js';
import { HistoryEntryEntity } from '../modules/process/entities/history-entry.entity.js';
import { IncidentEntity } from '../modules/process/entities/incident.entity.js';
import { ProcessDefinitionEntity } from '../modules/process/entities/process-definition.entity.js';
import { ProcessInstanceEntity } from '../modules/process/entities/process-instance.entity.js';
import { VariableEntity } from '../modules/process/entities/variable.entity.js';
import { UserTaskEntity } from '../modules/task/entities/user-task.entity.js';
import { InstanceSettingEntity } from './entities/instance-setting.entity.js';
import { AppEntity } from '../modules/app/entities/app.entity.js';
import { AppItemEntity } from '../modules/app/entities/app-item.entity.js';
import { DraftEntity } from '../modules/review/entities/draft.entity.js';
import { DraftReviewEntity } from '../modules/review/entities/draft-review.entity.js';
import { TaskCommentEntity } from '../modules/comment/entities/task-comment.entity.js';
import { TimerEntity } from '../modules/timer/entities/timer.entity.js';
import { MessageSubscriptionEntity } from '../modules/message/entities/message-subscription.entity.js';
import { MessageEntity } from '../modules/message/entities/message.entity.js';
import { MessageCorrelationEntity } from '../modules/message/entities/message-correlation.entity.js';
import { PluginEntity } from '../modules/plugin/entities/plugin.entity.js';
import { PluginEnablementEntity } from '../modules/plugin/entities/plugin-enablement.entity.js';
import { PluginPinEntity } from '../modules/plugin/entities/plugin-pin.entity.js';
import { SignalSubscriptionEntity } from '../modules/signal/entities/signal-subscription.entity.js';
import { SignalBroadcastEntity } from '../modules/signal/entities/signal-broadcast.entity.js';
import { WebhookKeyEntity } from '../modules/webhook/entities/webhook-key.entity.js';
import { WebhookDeliveryEntity } from '../modules/webhook/entities/webhook-delivery.entity.js';
import { SmtpSettingsEntity } from '../modules/notification/entities/smtp-settings.entity.js';
import { NotificationOptOutEntity } from '../modules/notification/entities/notification-opt-out.entity.js';
import { NotificationOutboxEntity } from '../modules/notification/entities/notification-outbox.entity.js';
import { BusinessCalendarEntity } from '../modules/calendar/entities/business-calendar.entity.js';
import { TaskSlaEntity } from '../modules/sla/entities/task-sla.entity.js';
import { TaskEventEntity } from '../modules/task/entities/task-event.entity.js';
import { TaskCopyEntity } from '../modules/task/entities/task-copy.entity.js';
import { BatchOperationEntity } from '../modules/batch/entities/batch-operation.entity.js';
import { BatchOperationItemEntity } from '../modules/batch/entities/batch-operation-item.entity.js';

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
  ProcessDefinitionEntity,
  ProcessInstanceEntity,
  ElementInstanceEntity,
  VariableEntity,
  UserTaskEntity,
  JobEntity,
  IncidentEntity,
  HistoryEntryEntity,
  TimerEntity,
  MessageSubscriptionEntity,
  MessageEntity,
  MessageCorrelationEntity,
  FormEntity,
  RecordEntity,
  RecordChangeEntity,
  SerialCounterEntity,
  RecordViewEntity,
  RecordIndexEntity,
  FileEntity,
  PublicFormLinkEntity,
  SecretEntity,
  OutboundAllowListEntity,
  AppEntity,
  AppItemEntity,
  DraftEntity,
  DraftReviewEntity,
  TaskCommentEntity,
  PluginEntity,
  PluginEnablementEntity,
  PluginPinEntity,
  SignalSubscriptionEntity,
  SignalBroadcastEntity,
  WebhookKeyEntity,
  WebhookDeliveryEntity,
  SmtpSettingsEntity,
  NotificationOptOutEntity,
  NotificationOutboxEntity,
  BusinessCalendarEntity,
  TaskSlaEntity,
  TaskEventEntity,
  TaskCopyEntity,
  BatchOperationEntity,
  BatchOperationItemEntity,
];
