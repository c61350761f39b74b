import { defineException } from '../../common/errors/define-exception.js';

export const InvitationException = defineException('InvitationException', {
  INVITATION_NOT_FOUND: { code: 'NOT_FOUND', en: 'This invitation link is not valid or was revoked.', zh: '该邀请链接无效或已被撤销。' },
  INVITATION_USED: { code: 'CONFLICT', en: 'This invitation has already been accepted.', zh: '该邀请已被接受。' },
  INVITATION_EXPIRED: { code: 'BAD_USER_INPUT', en: 'This invitation has expired; ask for a new one.', zh: '该邀请已过期，请联系管理员重新邀请。' },
  ALREADY_MEMBER: { code: 'CONFLICT', en: '{email} is already a member of this workspace.', zh: '{email} 已是本工作区成员。' },
  OWNER_ONLY: { code: 'FORBIDDEN', en: 'Only an owner may invite another owner.', zh: '只有所有者可以邀请所有者。' },
  WRONG_PASSWORD: { code: 'UNAUTHENTICATED', en: 'An account with this email exists; enter its password.', zh: '该邮箱已有账号，请输入该账号的密码。' },
});
