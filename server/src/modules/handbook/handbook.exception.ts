import { defineException } from '../../common/errors/define-exception.js';

export const HandbookException = defineException('HandbookException', {
  BAD_LANG: { code: 'BAD_USER_INPUT', en: 'The handbook language must be zh-CN or en, not "{lang}".', zh: '手册语言必须是 zh-CN 或 en，而不是“{lang}”。' },
});
