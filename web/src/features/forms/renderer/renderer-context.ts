import type { FieldView, FormState } from '@baton/sdk';
import { inject, type InjectionKey, type Ref, type ShallowRef } from 'vue';

/** What every field component of one rendered form shares (provided by FormRenderer). */
export interface RendererContext {
  state: ShallowRef<FormState>;
  /** Error text per field key (`items[0].amount`), shown under the field. */
  errors: Ref<Record<string, string>>;
  /** Unique per rendered form, so two forms on a page never share input ids. */
  idPrefix: string;
  setValue(view: FieldView, value: unknown): void;
  /** The field lost focus: validate it from now on. */
  touch(view: FieldView): void;
  childrenOf(parentId: string | null): FieldView[];
  submit(): void;
  /** Back to the data the form was opened with. */
  reset(): void;
}

export const RENDERER_CONTEXT: InjectionKey<RendererContext> = Symbol('baton-form-renderer');

export function useRenderer(): RendererContext {
  const context = inject(RENDERER_CONTEXT);
  if (!context) throw new Error('A form field is rendered outside FormRenderer');
  return context;
}
