import { defineException } from '../../common/errors/define-exception.js';

export const AppException = defineException('AppException', {
  APP_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no app "{key}" in this workspace.', zh: '本工作区没有应用“{key}”。' },
  KEY_TAKEN: { code: 'CONFLICT', en: 'An app with the key "{key}" already exists.', zh: '键为“{key}”的应用已存在。' },
  APP_ARCHIVED: { code: 'CONFLICT', en: 'App "{key}" is archived; it can no longer be changed.', zh: '应用“{key}”已归档，不能再修改。' },
  FORM_NOT_FOUND: { code: 'NOT_FOUND', en: 'No form "{formKey}" is deployed in this workspace.', zh: '本工作区未发布表单“{formKey}”。' },
  PROCESS_NOT_FOUND: { code: 'NOT_FOUND', en: 'No process "{bpmnProcessId}" is deployed in this workspace.', zh: '本工作区未发布流程“{bpmnProcessId}”。' },
  NOT_IN_APP: { code: 'NOT_FOUND', en: '"{itemKey}" is not part of app "{key}".', zh: '“{itemKey}”不属于应用“{key}”。' },
});
