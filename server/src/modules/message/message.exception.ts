import { defineException } from '../../common/errors/define-exception.js';

export const MessageException = defineException('MessageException', {
  MESSAGE_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    en: 'No deployed process in this workspace waits for a message named "{name}".',
    zh: '本工作区没有已发布的流程在等待名为“{name}”的消息。',
  },
  MESSAGE_ALREADY_PUBLISHED: {
    code: 'CONFLICT',
    en: 'A message "{name}" with id "{messageId}" is still buffered; it was correlated once and is not published again.',
    zh: '名为“{name}”、ID 为“{messageId}”的消息仍在缓冲中；它只关联一次，不会再次发布。',
  },
});
