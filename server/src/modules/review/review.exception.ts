import { defineException } from '../../common/errors/define-exception.js';

export const ReviewException = defineException('ReviewException', {
  DRAFT_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no draft {id} in this workspace.', zh: '本工作区没有草稿 {id}。' },
  UNREADABLE_MODEL: { code: 'BAD_USER_INPUT', en: '{summary}', zh: '{summaryZh}' },
  PROCESS_NOT_IN_XML: {
    code: 'BAD_USER_INPUT',
    en: 'The XML has no process "{bpmnProcessId}".',
    zh: 'XML 中没有流程“{bpmnProcessId}”。',
  },
  INVALID_FORM: { code: 'BAD_USER_INPUT', en: 'The form schema has problems: {summary}', zh: '表单定义有问题：{summaryZh}' },
  DRAFT_IN_REVIEW: {
    code: 'CONFLICT',
    en: 'Draft {id} of "{key}" is in review; wait for the review to finish before saving changes.',
    zh: '“{key}”的草稿 {id} 正在审核中，请等待审核结束后再保存修改。',
  },
  WRONG_STATE: { code: 'CONFLICT', en: 'Draft {id} is {state}; this needs a draft that is {needed}.', zh: '草稿 {id} 处于 {state} 状态；此操作需要 {needed} 状态的草稿。' },
  HAS_ERRORS: {
    code: 'BAD_USER_INPUT',
    en: 'Draft {id} has {count} problem(s) to fix before review: {summary}',
    zh: '草稿 {id} 在提交审核前需要修复 {count} 个问题：{summaryZh}',
  },
  OWN_DRAFT: {
    code: 'FORBIDDEN',
    en: 'You edited draft {id}; an admin or another builder must review it.',
    zh: '您编辑过草稿 {id}，需由管理员或其他构建者审核。',
  },
  UNKNOWN_ELEMENT: { code: 'BAD_USER_INPUT', en: 'Comments name elements the draft does not have: {ids}', zh: '评论引用了草稿中不存在的元素：{ids}' },
  VERSION_NOT_FOUND: { code: 'NOT_FOUND', en: '"{key}" has no version {version} in this workspace.', zh: '本工作区的“{key}”没有版本 {version}。' },
});
