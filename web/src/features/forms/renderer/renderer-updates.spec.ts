import type { FormSchema } from '@baton/sdk';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isProxy, reactive } from 'vue';
import { createTestPlugins } from '@/test/mount-helpers';
import FormField from './FormField.vue';
import FormRenderer from './FormRenderer.vue';

// counts full evaluations of the form (the renderer imports evaluateFormState from the sdk)
const evaluations = vi.hoisted(() => ({ count: 0 }));
vi.mock('@baton/sdk', async (importOriginal) => {
  const sdk = await importOriginal<typeof import('@baton/sdk')>();
  return {
    ...sdk,
    evaluateFormState: (...args: Parameters<typeof sdk.evaluateFormState>) => {
      evaluations.count += 1;
      return sdk.evaluateFormState(...args);
    },
  };
});

/** One text field that `dependents` others hide on and are required by, and one field nothing reads. */
function dependentForm(dependents: number): FormSchema {
  const components: FormSchema['components'] = [
    { type: 'textfield', key: 'trigger', label: 'Trigger' },
    { type: 'textfield', key: 'free', label: 'Free' },
  ];
  for (let i = 0; i < dependents; i += 1) {
    components.push({
      type: i % 2 === 0 ? 'textfield' : 'number',
      key: `d${i}`,
      label: `Dependent ${i}`,
      conditional: { hide: `=trigger = "hide ${i}"` },
      validate: { required: `=string length(trigger) > ${i}` },
    });
  }
  return { components };
}

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

/** Renders and counts, per field key, how often its FormField renders from now on. */
function renderCounted(schema: FormSchema | object) {
  wrapper = mount(FormRenderer, {
    props: { schema, modelValue: {} },
    global: { plugins: createTestPlugins('en').plugins as never[] },
    attachTo: document.body,
  });
  const renders = new Map<string, number>();
  for (const field of wrapper.findAllComponents(FormField)) {
    const instance = field.vm.$ as unknown as { render: (...args: unknown[]) => unknown };
    const key = String((field.props('view') as { key: string }).key);
    const render = instance.render;
    instance.render = (...args: unknown[]) => {
      renders.set(key, (renders.get(key) ?? 0) + 1);
      return render(...args);
    };
  }
  return { wrapper, renders };
}

const type = async (key: string, text: string) => {
  await wrapper!.find(`[data-field-key="${key}"] input`).setValue(text);
  await flushPromises();
};
const required = (key: string) => wrapper!.find(`[data-field-key="${key}"] .form-field__required`).exists();
const shown = (key: string) => wrapper!.find(`[data-field-key="${key}"]`).exists();

describe('FormRenderer updates after a keystroke', () => {
  it('updates the hide condition and FEEL-required mark of every dependent, re-rendering only those that changed', async () => {
    // given 10 fields hidden on `trigger = "hide i"` and required while `string length(trigger) > i`
    const { renders } = renderCounted(dependentForm(10));
    expect(required('d0')).toBe(false);

    // when "hide 3" is typed (length 6)
    await type('trigger', 'hide 3');

    // then d3 is gone, d0–d5 are required and d6–d9 are not
    expect(shown('d3')).toBe(false);
    expect(['d0', 'd1', 'd2', 'd4', 'd5'].map(required)).toEqual([true, true, true, true, true]);
    expect(['d6', 'd7', 'd8', 'd9'].map(required)).toEqual([false, false, false, false]);
    // only the trigger and the fields whose required mark changed rendered again; `free` and d6–d9 did not
    expect([...renders.keys()].sort()).toEqual(['d0', 'd1', 'd2', 'd4', 'd5', 'trigger']);

    // when the text changes so that d3 shows again and only d0–d2 stay required (length 3)
    renders.clear();
    await type('trigger', 'abc');

    // then
    expect(shown('d3')).toBe(true);
    expect(['d0', 'd1', 'd2', 'd3', 'd4'].map(required)).toEqual([true, true, true, false, false]);
    expect(renders.has('free')).toBe(false);
    expect(renders.has('d9')).toBe(false);
  });

  it('does not evaluate the form for a field no condition, expression or template reads', async () => {
    // given
    const { wrapper: form, renders } = renderCounted(dependentForm(10));
    await type('trigger', 'x');
    const before = evaluations.count;
    renders.clear();

    // when
    await type('free', 'some text');

    // then the value is in the data, nothing was evaluated, and only that field rendered again
    expect(evaluations.count).toBe(before);
    expect((form.emitted('update:modelValue')?.at(-1)?.[0] as Record<string, unknown>).free).toBe('some text');
    expect([...renders.keys()]).toEqual(['free']);

    // when a field that others read is typed in, the form is evaluated again
    await type('trigger', 'hide 1');
    expect(evaluations.count).toBe(before + 1);
    expect(shown('d1')).toBe(false);
  });

  it('evaluates and renders a schema the host holds in a reactive ref as plain objects', async () => {
    // given a host's reactive schema
    const { wrapper: form } = renderCounted(reactive(dependentForm(3)));

    // then the fields get the schema's own objects, not proxies that track every read
    const views = form.findAllComponents(FormField).map((field) => field.props('view') as { field: object });
    expect(views).toHaveLength(5);
    expect(views.some((view) => isProxy(view.field))).toBe(false);

    // and typing still updates the dependents
    await type('trigger', 'hide 2');
    expect(shown('d2')).toBe(false);
  });
});
