import elementEn from 'element-plus/es/locale/lang/en';
import elementZhCn from 'element-plus/es/locale/lang/zh-cn';
import type { AppLocale } from './index';

export const ELEMENT_LOCALES = { 'zh-CN': elementZhCn, en: elementEn } satisfies Record<AppLocale, unknown>;
