import { defineException } from '../../common/errors/define-exception.js';

export const JobException = defineException('JobException', {
  JOB_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no job {id} in this workspace.', zh: '本工作区没有作业 {id}。' },
  JOB_NOT_ACTIVATED: {
    code: 'CONFLICT',
    en: 'Job {id} is {state}; only an activated job can be completed, failed or answered with an error.',
    zh: '作业 {id} 处于 {state} 状态；只有已激活的作业才能完成、失败或抛出错误。',
  },
});
