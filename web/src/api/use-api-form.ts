import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError } from './api-error';

/**
 * State for a form that submits to the API: pending flag, server field errors keyed like the form items,
 * and one form-level message for errors that name no field.
 */
export function useApiForm() {
  const { t } = useI18n();
  const fieldErrors = reactive<Record<string, string>>({});
  const formError = ref('');
  const pending = ref(false);

  function clearErrors(): void {
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key];
    formError.value = '';
  }

  function showError(error: unknown): void {
    const apiError = ApiError.from(error);
    for (const field of apiError.fields) fieldErrors[field.key] = field.message;
    if (apiError.fields.length > 0) return;
    if (apiError.code === 'NETWORK') formError.value = t('errors.network');
    else formError.value = apiError.message || t('errors.unknown');
  }

  /** Runs the action, showing its failure in the form; true when it succeeded. */
  async function submit(action: () => Promise<unknown>): Promise<boolean> {
    clearErrors();
    pending.value = true;
    try {
      await action();
      return true;
    } catch (error) {
      showError(error);
      return false;
    } finally {
      pending.value = false;
    }
  }

  return { fieldErrors, formError, pending, submit, clearErrors };
}
