import { defineException } from '../../common/errors/define-exception.js';

export const MemberException = defineException('MemberException', {
  MEMBER_NOT_FOUND: { code: 'NOT_FOUND', en: 'User {userId} is not a member of this workspace.', zh: '用户 {userId} 不是本工作区成员。' },
  OWNER_ONLY: { code: 'FORBIDDEN', en: 'Only an owner may grant, change or remove the owner role.', zh: '只有所有者可以授予、变更或移除所有者角色。' },
  LAST_OWNER: { code: 'CONFLICT', en: 'A workspace needs at least one owner; make someone else owner first.', zh: '工作区至少需要一位所有者，请先将其他成员设为所有者。' },
});
