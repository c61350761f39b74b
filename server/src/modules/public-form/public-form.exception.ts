import { defineException } from '../../common/errors/define-exception.js';

export const PublicFormException = defineException('PublicFormException', {
  LINK_NOT_FOUND: { code: 'NOT_FOUND', en: 'This form link does not exist, has expired or was revoked.', zh: '该表单链接不存在、已过期或已撤销。' },
  LINK_ID_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no form link {id} in this workspace.', zh: '本工作区没有表单链接 {id}。' },
  TOO_MANY: { code: 'RATE_LIMITED', en: 'Too many submissions from your network; try again in a minute.', zh: '来自您网络的提交过多，请一分钟后再试。' },
  EXPIRY_IN_PAST: { code: 'BAD_USER_INPUT', en: 'The link would already be expired.', zh: '链接的过期时间已过。' },
});
