import { defineException } from '../../common/errors/define-exception.js';

export const ProcessException = defineException('ProcessException', {
  INVALID_MODEL: { code: 'BAD_USER_INPUT', en: '{summary}', zh: '{summaryZh}' },
  DEFINITION_NOT_FOUND: {
    code: 'NOT_FOUND',
    en: 'No process "{bpmnProcessId}" is deployed in this workspace.',
    zh: '本工作区未发布流程“{bpmnProcessId}”。',
  },
  INSTANCE_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no process instance {id} in this workspace.', zh: '本工作区没有流程实例 {id}。' },
  INSTANCE_NOT_ACTIVE: { code: 'CONFLICT', en: 'Process instance {id} has already ended ({state}).', zh: '流程实例 {id} 已结束（{state}）。' },
  INCIDENT_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no incident {id} in this workspace.', zh: '本工作区没有事件 {id}。' },
  INCIDENT_RESOLVED: { code: 'CONFLICT', en: 'Incident {id} is already resolved.', zh: '事件 {id} 已解决。' },
  NO_PLAIN_START_EVENT: {
    code: 'BAD_USER_INPUT',
    en: 'This process cannot be started by hand: {reason}',
    zh: '此流程不能手动启动：它只能由定时器或消息启动。',
  },
  INSTANCE_IS_CALLED: {
    code: 'BAD_USER_INPUT',
    en: 'Process instance {id} was started by a call activity of instance {parentId}; cancel the root instance {rootId} instead.',
    zh: '流程实例 {id} 由实例 {parentId} 的调用活动启动；请取消根实例 {rootId}。',
  },
  MODIFICATION_REFUSED: {
    code: 'BAD_USER_INPUT',
    en: 'The instance cannot be modified so: {summary}',
    zh: '无法这样修改该实例：{summaryZh}',
  },
  VARIABLES_SCOPE_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    en: 'Element instance {scopeId} is not an open scope of process instance {id}.',
    zh: '元素实例 {scopeId} 不是流程实例 {id} 中仍在运行的作用域。',
  },
  TARGET_DEFINITION_NOT_FOUND: {
    code: 'NOT_FOUND',
    en: 'There is no process definition {targetDefinitionId} in this workspace.',
    zh: '本工作区没有流程定义 {targetDefinitionId}。',
  },
  MIGRATION_REFUSED: {
    code: 'BAD_USER_INPUT',
    en: 'The instance cannot be migrated with this mapping: {summary}',
    zh: '无法按此映射迁移该实例：{summaryZh}',
  },
  MODEL_LOOPS: {
    code: 'BAD_USER_INPUT',
    en: 'The process did not reach a wait state: {reason}',
    zh: '流程未能到达等待状态：{reason}',
  },
});
