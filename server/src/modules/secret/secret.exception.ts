import { defineException } from '../../common/errors/define-exception.js';

export const SecretException = defineException('SecretException', {
  SECRET_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no secret {name} in this workspace.', zh: '本工作区没有密钥 {name}。' },
  NO_KEY: { code: 'CONFLICT', en: 'Secrets are disabled: set BATON_SECRETS_KEY on the server first.', zh: '密钥功能未启用：请先在服务器上设置 BATON_SECRETS_KEY。' },
});
