import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FormSchema } from '@baton/sdk';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createTestPlugins } from '@/test/mount-helpers';
import FormRenderer from './FormRenderer.vue';

const CORPUS = resolve(__dirname, '../../../../../../shared/corpus/form-js');
const read = (file: string): FormSchema => JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as FormSchema;
const corpusFiles = (): string[] =>
  ['form-js-viewer', 'form-js-editor', 'e2e', 'camunda8-js-sdk'].flatMap((folder) =>
    readdirSync(join(CORPUS, folder))
      .filter((name) => name.endsWith('.json') || name.endsWith('.form'))
      .map((name) => `${folder}/${name}`),
  );

function render(schema: unknown, data: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const updates: Array<Record<string, unknown>> = [];
  const wrapper = mount(FormRenderer, {
    props: {
      schema,
      modelValue: data,
      'onUpdate:modelValue': (value: Record<string, unknown>) => updates.push(value),
      ...extra,
    },
    global: { plugins: createTestPlugins('en').plugins as never[] },
    attachTo: document.body,
  });
  return { wrapper, updates };
}

describe('FormRenderer on the form-js corpus', () => {
  it('renders all 21 schemas, every component type known to the registry', () => {
    // given
    const files = corpusFiles();
    expect(files).toHaveLength(21);

    // when
    const rendered = files.map((file) => {
      const schema = read(file);
      const { wrapper, updates } = render(schema);
      // forms of expression fields only show nothing: their values are computed into the data
      const onlyExpressions = schema.components.every((component) => component.type === 'expression');
      const shown = onlyExpressions ? Object.keys(updates.at(-1) ?? {}).length : wrapper.findAll('.form-field').length;
      const result = { file, fields: shown, unknown: wrapper.text().includes('Unsupported field type') };
      wrapper.unmount();
      return result;
    });

    // then
    console.log(
      `form-js schemas rendered: ${rendered.filter((row) => row.fields > 0 && !row.unknown).length} / ${rendered.length}`,
    );
    expect(rendered.filter((row) => row.fields === 0 || row.unknown).map((row) => row.file)).toEqual([]);
  }, 60_000);

  it('computes chained expression fields into the data (chain-expressions.json)', () => {
    const { wrapper, updates } = render(read('form-js-viewer/chain-expressions.json'));
    expect(updates.at(-1)).toEqual({ staticValue: 10, exprA: 20, exprB: 40, exprC: 50 });
    wrapper.unmount();
  });

  it('hides a field while its condition holds and shows it when the data changes (condition.json)', async () => {
    // given amount 0 hides "text"
    const { wrapper, updates } = render(read('form-js-viewer/condition.json'), { amount: 0, text: 'value' });
    expect(wrapper.find('[data-field-key="text"]').exists()).toBe(false);

    // when the amount is typed
    await wrapper.find('[data-field-key="amount"] input').setValue('456');
    await flushPromises();

    // then the field appears with its value
    expect(wrapper.find('[data-field-key="text"] input').element).toHaveProperty('value', 'value');
    expect(updates.at(-1)).toMatchObject({ amount: 456, text: 'value' });
    wrapper.unmount();
  });

  it('a hidden field stops feeding conditions (hidden-fields-conditional.json)', async () => {
    // given
    const { wrapper } = render(read('form-js-viewer/hidden-fields-conditional.json'));
    const textShown = () => wrapper.find('.text-view').exists();
    const click = async (key: string) => {
      await wrapper.find(`[data-field-key="${key}"] input`).setValue(true);
      await flushPromises();
    };
    expect(textShown()).toBe(true);

    // when b and c are checked the text hides; when a hides c it shows again
    await click('b');
    await click('c');
    expect(textShown()).toBe(false);
    await click('a');

    // then
    expect(wrapper.find('[data-field-key="c"]').exists()).toBe(false);
    expect(textShown()).toBe(true);
    wrapper.unmount();
  });

  it('shows no error on load and one "Field is required." per required field on submit (required.json)', async () => {
    // given
    const { wrapper } = render(read('form-js-viewer/required.json'));
    expect(wrapper.findAll('.form-field__error')).toHaveLength(0);

    // when
    await wrapper.find('[data-testid="form-button-submit"]').trigger('click');
    await flushPromises();

    // then
    const errors = wrapper.findAll('.form-field__error').map((node) => node.text());
    expect(errors).toHaveLength(11);
    expect(new Set(errors)).toEqual(new Set(['Field is required.']));
    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(wrapper.emitted('invalid')).toHaveLength(1);
    wrapper.unmount();
  });

  it('opens with every default value (defaultValues.json)', () => {
    // when
    const { wrapper, updates } = render(read('form-js-viewer/defaultValues.json'), { randomExternalDataInt: 9 });

    // then the host gets the defaults, and external data is kept
    expect(updates.at(-1)).toMatchObject({
      creditor: 'Max Mustermann GmbH',
      amount: 0,
      approved: true,
      product: 'camunda-platform',
      randomExternalDataInt: 9,
    });
    expect(wrapper.find('[data-field-key="creditor"] input').element).toHaveProperty('value', 'Max Mustermann GmbH');
    wrapper.unmount();
  });

  it('repeats a dynamic list per row with {{this}} templating, and adds rows (dynamic-list-variables.json)', async () => {
    // given
    const { wrapper, updates } = render(read('form-js-viewer/dynamic-list-variables.json'), {
      list: [{ key: 1 }, { key: 2 }],
    });
    expect(wrapper.findAll('.text-view').map((node) => node.text())).toEqual(['1', '2']);

    // when
    await wrapper.find('[data-testid="list-list-add"]').trigger('click');
    await flushPromises();

    // then
    expect(wrapper.findAll('[data-testid="list-list-row"]')).toHaveLength(3);
    expect(updates.at(-1)).toEqual({ list: [{ key: 1 }, { key: 2 }, { key: null }] });
    wrapper.unmount();
  });

  it('renders markdown templates with loops (text-template.json)', () => {
    // when
    const users = [
      { name: 'Ada', age: 36, twitter: 'ada', skills: ['math'] },
      { name: 'Grace', age: 85, twitter: 'grace', skills: ['cobol'] },
    ];
    const { wrapper } = render(read('form-js-viewer/text-template.json'), { users });

    // then
    expect(wrapper.find('.text-view h2').text()).toBe('Ada');
    expect(wrapper.find('.text-view a[href="https://twitter.com/grace"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('There are multiple users');
    expect(wrapper.text()).not.toContain('This should not display');
    wrapper.unmount();
  });

  it('shows only the table cells of rows whose groups stay visible (dynamic-list-table-filter-interaction.json)', () => {
    // given
    const riskEntries = [
      { risk: 3, name: 'Alice Johnson', date: '2023-03-01' },
      { risk: 6, name: 'Bob Smith', date: '2023-03-05' },
      { risk: 9, name: 'Carla Gomez', date: '2023-03-10' },
      { risk: 12, name: 'David Lee', date: '2023-03-15' },
    ];

    // when
    const { wrapper } = render(read('form-js-viewer/dynamic-list-table-filter-interaction.json'), {
      onlyShowRiskAbove: 6,
      riskEntries,
    });

    // then
    const cells = wrapper
      .findAll('.table-field td')
      .map((cell) => cell.text())
      .filter(Boolean);
    expect(cells).toEqual(['9', 'Carla Gomez', '2023-03-10', '12', 'David Lee', '2023-03-15']);
    expect(wrapper.findAll('.group-field')).toHaveLength(2);
    wrapper.unmount();
  });
});

describe('FormRenderer behaviour', () => {
  // Sanitising (DOMPurify) is tested in Chromium (e2e/form-renderer.spec.ts): happy-dom's DOM lets it keep <script>.

  it('applies a step permissions: view is read-only, hidden is not rendered, required is marked', async () => {
    // given
    const schema = {
      components: [
        { type: 'textfield', key: 'customer', label: 'Customer' },
        { type: 'textfield', key: 'secret', label: 'Secret' },
        { type: 'textfield', key: 'reason', label: 'Reason' },
      ],
    };

    // when
    const { wrapper } = render(
      schema,
      { customer: 'ACME' },
      { permissions: { customer: 'view', secret: 'hidden', reason: 'required' } },
    );

    // then
    expect(wrapper.find('[data-field-key="customer"] input').attributes('readonly')).toBeDefined();
    expect(wrapper.find('[data-field-key="secret"]').exists()).toBe(false);
    expect(wrapper.find('[data-field-key="reason"] .form-field__required').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows server field errors until the field is edited', async () => {
    // given
    const schema = { components: [{ type: 'textfield', key: 'customer', label: 'Customer' }] };
    const { wrapper } = render(
      schema,
      { customer: 'x' },
      { serverErrors: [{ key: 'customer', message: 'Unknown customer.' }] },
    );
    expect(wrapper.find('[data-testid="field-error-customer"]').text()).toBe('Unknown customer.');

    // when
    await wrapper.find('[data-field-key="customer"] input').setValue('ACME');
    await flushPromises();

    // then
    expect(wrapper.find('[data-testid="field-error-customer"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('sums the columns a dynamic list names in totals', async () => {
    // given
    const schema = {
      components: [
        {
          type: 'dynamiclist',
          path: 'items',
          label: 'Items',
          totals: ['amount'],
          components: [{ type: 'number', key: 'amount', label: 'Amount' }],
        },
      ],
    };

    // when
    const { wrapper } = render(schema, { items: [{ amount: 10.5 }, { amount: 2 }] });

    // then
    expect(wrapper.find('[data-testid="list-items-total-amount"]').text()).toContain('12.5');
    wrapper.unmount();
  });

  it('submits only the form fields, validated, when valid', async () => {
    // given process variables beside the form data
    const schema = {
      components: [{ type: 'number', key: 'amount', label: 'Amount', validate: { required: true, min: 1 } }],
    };
    const { wrapper } = render(schema, { amount: 5, processOnly: 'x' }, { submitLabel: 'Send' });

    // when
    await wrapper.find('form').trigger('submit');

    // then
    expect(wrapper.emitted('submit')).toEqual([[{ amount: 5 }]]);
    wrapper.unmount();
  });
});
