import type { FormItemRule } from 'element-plus';
import type { Composer } from 'vue-i18n';

type Translate = Composer['t'];

export function requiredRule(t: Translate): FormItemRule {
  return { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' };
}

export function emailRules(t: Translate): FormItemRule[] {
  return [requiredRule(t), { type: 'email', message: t('validation.email'), trigger: 'blur' }];
}
