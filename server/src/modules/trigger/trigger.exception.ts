import { defineException } from '../../common/errors/define-exception.js';

export const TriggerException = defineException('TriggerException', {
  UNKNOWN_TRIGGER: {
    code: 'NOT_FOUND',
    en: 'No plugin of this workspace offers trigger {type}.',
    zh: '本工作区没有插件提供触发器 {type}。',
  },
  TRIGGER_DISABLED: {
    code: 'FORBIDDEN',
    en: 'Plugin "{plugin}" ({pluginId}) is disabled in this workspace, so trigger {type} did not run; an admin can enable it.',
    zh: '插件“{pluginZh}”（{pluginId}）已在本工作区停用，触发器 {type} 未运行；管理员可将其启用。',
  },
  BAD_BODY: {
    code: 'BAD_USER_INPUT',
    en: 'The trigger\'s body must be JSON.',
    zh: '触发器请求体必须是 JSON。',
  },
  BAD_PAYLOAD: {
    code: 'BAD_USER_INPUT',
    en: 'The event does not match trigger {type}\'s payload: {summary}',
    zh: '事件内容不符合触发器 {type} 的定义：{summary}',
  },
  TRIGGER_FAILED: {
    code: 'BAD_USER_INPUT',
    en: 'Trigger {type} ({pluginId} {version}) failed to handle the event, so no message was published: {reason}',
    zh: '触发器 {type}（{pluginId} {version}）处理事件失败，未发布消息：{reason}',
  },
});
