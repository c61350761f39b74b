import { defineException } from '../../common/errors/define-exception.js';

export const WebhookException = defineException('WebhookException', {
  BAD_SIGNATURE: {
    code: 'UNAUTHENTICATED',
    en: 'The webhook signature is missing or wrong: send X-Baton-Signature: sha256=<hex HMAC-SHA256 of the raw body with the workspace\'s webhook key>.',
    zh: 'Webhook 签名缺失或错误：请发送 X-Baton-Signature: sha256=<用工作区 Webhook 密钥对原始请求体计算的 HMAC-SHA256 十六进制值>。',
  },
  BAD_BODY: {
    code: 'BAD_USER_INPUT',
    en: 'The webhook body must be a JSON object: { "correlationKey", "variables", "messageId", "timeToLive" } (all optional). {reason}',
    zh: 'Webhook 请求体必须是 JSON 对象：{ "correlationKey", "variables", "messageId", "timeToLive" }（均可省略）。{reason}',
  },
});
