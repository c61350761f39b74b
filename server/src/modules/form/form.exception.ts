import { defineException } from '../../common/errors/define-exception.js';

export const FormException = defineException('FormException', {
  INVALID_SCHEMA: { code: 'BAD_USER_INPUT', en: 'The form schema cannot be deployed; see the listed problems.', zh: '表单定义无法发布，请查看列出的问题。' },
  FORM_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no form "{formKey}"{version} in this workspace.', zh: '本工作区没有表单“{formKey}”{version}。' },
  INVALID_NAME: { code: 'BAD_USER_INPUT', en: 'The form name must have 1–200 characters.', zh: '表单名称须为 1–200 个字符。' },
});
