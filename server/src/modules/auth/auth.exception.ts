import { defineException } from '../../common/errors/define-exception.js';

export const AuthException = defineException('AuthException', {
  UNAUTHENTICATED: {
    code: 'UNAUTHENTICATED',
    en: 'You are not signed in, or your session has expired. Sign in again.',
    zh: '您尚未登录或会话已过期，请重新登录。',
  },
  INVALID_CREDENTIALS: {
    code: 'UNAUTHENTICATED',
    en: 'The email or password is incorrect.',
    zh: '邮箱或密码不正确。',
  },
  ACCOUNT_LOCKED: {
    code: 'RATE_LIMITED',
    en: 'Too many failed sign-ins for this account. Try again in {minutes} minutes.',
    zh: '该账号登录失败次数过多，请 {minutes} 分钟后再试。',
  },
  TOO_MANY_ATTEMPTS: {
    code: 'RATE_LIMITED',
    en: 'Too many sign-in attempts from your network. Try again in a few minutes.',
    zh: '您的网络登录尝试过多，请几分钟后再试。',
  },
  EMAIL_TAKEN: {
    code: 'CONFLICT',
    en: 'An account with this email already exists. Sign in instead.',
    zh: '该邮箱已注册，请直接登录。',
  },
  NO_WORKSPACE: {
    code: 'FORBIDDEN',
    en: 'Your account is not a member of any workspace. Ask for an invitation.',
    zh: '您的账号不属于任何工作区，请联系管理员邀请。',
  },
  NOT_A_MEMBER: {
    code: 'FORBIDDEN',
    en: 'You are not a member of this workspace.',
    zh: '您不是该工作区的成员。',
  },
  WRONG_PASSWORD: {
    code: 'BAD_USER_INPUT',
    en: 'The current password is incorrect.',
    zh: '当前密码不正确。',
  },
});
