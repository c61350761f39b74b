import { defineException } from '../../common/errors/define-exception.js';

export const CommentException = defineException('CommentException', {
  TASK_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no task {id} in this workspace.', zh: '本工作区没有任务 {id}。' },
  MAY_NOT_SEE_TASK: {
    code: 'FORBIDDEN',
    en: 'Only people involved in task {id} (assignee, candidates, the requester, earlier approvers, mentioned people) and builders or admins may read or comment on it.',
    zh: '只有任务 {id} 的相关人员（处理人、候选人、发起人、之前的审批人、被提及的人）以及构建者或管理员可以查看或评论。',
  },
  FILES_NOT_FOUND: { code: 'BAD_USER_INPUT', en: 'Attach files uploaded to this workspace: {ids} are not.', zh: '请附加已上传到本工作区的文件：{ids} 不是。' },
  FILE_NOT_ATTACHED: { code: 'NOT_FOUND', en: 'There is no attachment {id} on this comment.', zh: '该评论没有附件 {id}。' },
  NOT_MEMBERS: { code: 'BAD_USER_INPUT', en: 'Only workspace members can be mentioned: {ids}', zh: '只能提及工作区成员：{ids}' },
});
