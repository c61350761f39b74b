// Runs in Chromium (see ../forms-render.bench.mjs): times Baton's FormRenderer against a plain Vue + Element Plus
// form with the same inputs and no schema evaluation (the reference), then reports through window.__bench.
import ElementPlus, { ElInput } from 'element-plus';
import 'element-plus/dist/index.css';
import { createApp, defineComponent, h, nextTick, ref, type Component } from 'vue';
import FormRenderer from '@/features/forms/renderer/FormRenderer.vue';
import { createAppI18n } from '@/i18n';
import { dependentForm, wideForm } from './schemas';

const frame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));

/** The reference: the same number of labelled Element Plus inputs, one v-model object, no FEEL, no validation. */
const PlainForm = defineComponent({
  props: { count: { type: Number, required: true }, dependents: { type: Number, default: 0 } },
  setup(props) {
    const data = ref<Record<string, string>>({});
    return () =>
      h('form', [
        ...Array.from({ length: props.count }, (_, i) =>
          props.dependents > 0 && i > 0 && data.value.trigger === `hide ${i - 1}`
            ? null
            : h('div', { class: 'plain' }, [
                h('label', { for: `p${i}` }, `Field ${i}`),
                h(ElInput as Component, {
                  id: `p${i}`,
                  modelValue: data.value[i === 0 ? 'trigger' : `f${i}`] ?? '',
                  'onUpdate:modelValue': (value: string) =>
                    (data.value = { ...data.value, [i === 0 ? 'trigger' : `f${i}`]: value }),
                }),
              ]),
        ),
      ]);
  },
});

async function mountTimed(
  component: Component,
  props: Record<string, unknown>,
): Promise<{ ms: number; unmount: () => void; root: HTMLElement }> {
  const root = document.createElement('div');
  document.getElementById('stage')?.append(root);
  await frame();
  const start = performance.now();
  const app = createApp(component, props).use(ElementPlus).use(createAppI18n('en'));
  app.mount(root);
  await nextTick();
  void root.offsetHeight; // layout included
  const ms = performance.now() - start;
  return { ms, root, unmount: () => (app.unmount(), root.remove()) };
}

async function keystrokes(root: HTMLElement, selector: string, samples: number): Promise<number[]> {
  const input = root.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    await frame();
    const start = performance.now();
    input.value = i % 3 === 0 ? `hide ${i % 50}` : `text ${i}`;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTick();
    void root.offsetHeight;
    times.push(performance.now() - start);
  }
  return times;
}

async function probe(): Promise<Record<string, number>> {
  const costs: Record<string, number> = {};
  const only = new URLSearchParams(location.search).get('probe');
  const types = only
    ? only.split(',')
    : ['textfield', 'number', 'select', 'checkbox', 'datetime', 'textarea', 'radio', 'checklist'];
  for (const type of types) {
    const times: number[] = [];
    for (let i = 0; i < (only ? 12 : 4); i += 1) {
      const mounted = await mountTimed(FormRenderer, { schema: wideForm(200, [type]), modelValue: {} });
      times.push(mounted.ms);
      mounted.unmount();
    }
    costs[type] = times.slice(1).sort((a, b) => a - b)[1];
  }
  return costs;
}

async function run(): Promise<unknown> {
  if (location.search.includes('probe')) return probe();
  const results: Record<string, number[]> = { renderer: [], plain: [], rendererKey: [], plainKey: [] };
  // 32 renders, the first two dropped as warm-up: a p95 of 30 samples, not the worst of 10
  for (let i = 0; i < 32; i += 1) {
    const renderer = await mountTimed(FormRenderer, { schema: wideForm(200), modelValue: {} });
    if (renderer.root.querySelectorAll('.form-field').length < 180)
      throw new Error('the renderer did not render the form');
    results.renderer.push(renderer.ms);
    renderer.unmount();
    const plain = await mountTimed(PlainForm, { count: 200 });
    if (plain.root.querySelectorAll('input').length < 200) throw new Error('the reference did not render');
    results.plain.push(plain.ms);
    plain.unmount();
  }
  const renderer = await mountTimed(FormRenderer, { schema: dependentForm(50), modelValue: {} });
  results.rendererKey = await keystrokes(renderer.root, '[data-field-key="trigger"] input', 60);
  renderer.unmount();
  const plain = await mountTimed(PlainForm, { count: 51, dependents: 50 });
  results.plainKey = await keystrokes(plain.root, '.plain input', 60);
  plain.unmount();
  return results;
}

(window as unknown as { __bench: Promise<unknown> }).__bench = run();
