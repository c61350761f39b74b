import { ElMessage } from 'element-plus';
import type { Composer } from 'vue-i18n';
import { ApiError } from './api-error';

/** Shows an API failure that is not tied to a form (list loads, row actions) as a toast. */
export function notifyError(error: unknown, t: Composer['t']): void {
  const apiError = ApiError.from(error);
  const message = apiError.code === 'NETWORK' ? t('errors.network') : apiError.message || t('errors.unknown');
  ElMessage.error(message);
}
