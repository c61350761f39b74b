import { defineException } from '../../common/errors/define-exception.js';

export const BatchException = defineException('BatchException', {
  BATCH_NOT_FOUND: {
    code: 'NOT_FOUND',
    en: 'There is no batch operation {id} in this workspace.',
    zh: '本工作区没有批量操作 {id}。',
  },
  BATCH_NOT_RUNNING: {
    code: 'CONFLICT',
    en: 'Batch operation {id} has already ended ({state}).',
    zh: '批量操作 {id} 已结束（{state}）。',
  },
  NO_INSTANCES: {
    code: 'BAD_USER_INPUT',
    en: 'No running instance matches; nothing to do.',
    zh: '没有符合条件的运行中实例，无需操作。',
  },
  TOO_MANY_INSTANCES: {
    code: 'BAD_USER_INPUT',
    en: 'More than {max} instances match; narrow the filter and start several batches.',
    zh: '符合条件的实例超过 {max} 个；请缩小筛选范围，分多批执行。',
  },
  TARGET_DEFINITION_NOT_FOUND: {
    code: 'NOT_FOUND',
    en: 'There is no process definition {targetDefinitionId} in this workspace.',
    zh: '本工作区没有流程定义 {targetDefinitionId}。',
  },
  MIGRATION_REFUSED: {
    code: 'BAD_USER_INPUT',
    en: 'The instances cannot be migrated with this mapping: {summary}',
    zh: '无法按此映射迁移这些实例：{summaryZh}',
  },
  ITEM_GAVE_UP: {
    code: 'CONFLICT',
    en: 'Instance {id} could not be processed after {attempts} attempts: {last}',
    zh: '实例 {id} 尝试 {attempts} 次后仍无法处理：{lastZh}',
  },
  CREATOR_NOT_MEMBER: {
    code: 'FORBIDDEN',
    en: 'The member who started this batch is no longer in the workspace.',
    zh: '发起此批量操作的成员已不在本工作区。',
  },
});
