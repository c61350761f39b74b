import type { FieldView } from '@baton/sdk';
import { computed } from 'vue';
import { useRenderer } from './renderer-context';

/** The value binding, input id and interactivity of one field component. */
export function useField(props: { view: FieldView }) {
  const renderer = useRenderer();
  const value = computed({
    get: () => props.view.value,
    set: (next: unknown) => renderer.setValue(props.view, next),
  });
  const inputId = computed(() => `${renderer.idPrefix}-${props.view.id}`);
  const inactive = computed(() => props.view.disabled || props.view.readonly);
  const touch = (): void => renderer.touch(props.view);
  return { renderer, value, inputId, inactive, touch };
}
