import { defineException } from '../../common/errors/define-exception.js';

export const TaskException = defineException('TaskException', {
  TASK_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no task {id} in this workspace.', zh: '本工作区没有任务 {id}。' },
  TASK_NOT_OPEN: { code: 'CONFLICT', en: 'Task {id} is already {state}.', zh: '任务 {id} 已处于 {state} 状态。' },
  CLAIMED_BY_OTHER: { code: 'CONFLICT', en: 'Task {id} is already claimed by someone else.', zh: '任务 {id} 已被他人认领。' },
  INVALID_VARIABLES: {
    code: 'BAD_USER_INPUT',
    en: 'Task {id} was not completed: {count} field(s) of form {formKey} need attention.',
    zh: '任务 {id} 未完成：表单 {formKey} 有 {count} 个字段需要修改。',
  },
  DELEGATION_PENDING: {
    code: 'CONFLICT',
    en: 'Task {id} is delegated: the delegate resolves it (hands it back) before it can be completed or delegated again.',
    zh: '任务 {id} 已委托：需由受托人先“办理完成”交回，才能提交或再次委托。',
  },
  NOT_DELEGATED: { code: 'CONFLICT', en: 'Task {id} is not delegated, so there is nothing to resolve.', zh: '任务 {id} 未被委托，无需交回。' },
  TASK_SUSPENDED: {
    code: 'CONFLICT',
    en: 'Task {id} waits for the signer added before it (前加签); it can be worked again once the signer has completed their task.',
    zh: '任务 {id} 正在等待前加签人处理；加签人完成后才能继续办理。',
  },
  AFTER_SIGNER_PENDING: {
    code: 'CONFLICT',
    en: 'Task {id} already has a signer added after it (后加签); a task takes one after-signer at a time.',
    zh: '任务 {id} 已有后加签人；一个任务同一时间只能有一位后加签人。',
  },
  ACTION_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    en: 'The model does not offer "{action}" at {elementId} (task {id}); it offers: {allowed}.',
    zh: '流程模型在 {elementId}（任务 {id}）不允许“{action}”操作；允许的操作：{allowed}。',
  },
  COPY_NOT_FOUND: { code: 'NOT_FOUND', en: 'You have no carbon copy {id}.', zh: '您没有抄送 {id}。' },
  NOT_A_CANDIDATE: {
    code: 'FORBIDDEN',
    en: 'Only the assignee or a candidate of task {id} may do this.',
    zh: '只有任务 {id} 的处理人或候选人可以执行此操作。',
  },
});
