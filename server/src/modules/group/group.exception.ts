import { defineException } from '../../common/errors/define-exception.js';

export const GroupException = defineException('GroupException', {
  GROUP_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no group with key "{key}" in this workspace.', zh: '本工作区没有键为“{key}”的组。' },
  KEY_TAKEN: { code: 'CONFLICT', en: 'A group with key "{key}" already exists.', zh: '键为“{key}”的组已存在。' },
  NOT_A_MEMBER: { code: 'BAD_USER_INPUT', en: 'User {userId} is not a member of this workspace.', zh: '用户 {userId} 不是本工作区成员。' },
  PARENT_NOT_FOUND: { code: 'BAD_USER_INPUT', en: 'The parent group "{key}" does not exist.', zh: '上级组“{key}”不存在。' },
});
