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
  MODEL_LOOPS: {
    code: 'BAD_USER_INPUT',
    en: 'The process did not reach a wait state: {reason}',
    zh: '流程未能到达等待状态：{reason}',
  },
});
