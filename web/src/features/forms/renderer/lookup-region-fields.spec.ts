import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestPlugins } from '@/test/mount-helpers';
import FormRenderer from './FormRenderer.vue';

const ACME = { id: 'a0000000-0000-4000-8000-000000000001', data: { name: 'Acme', phone: '+8613800138000', address: { city: 'Shanghai' } } };
const GLOBEX = { id: 'a0000000-0000-4000-8000-000000000002', data: { name: 'Globex', phone: '+8613900139000', address: { city: 'Beijing' } } };

/** Answers GraphQL by operation name and keeps each request's variables. */
function stubApi() {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const answers: Record<string, (variables: Record<string, unknown>) => unknown> = {
    LookupForm: () => ({ form: { formKey: 'customers', name: 'Customers', schema: { components: [{ key: 'name', label: 'Customer name' }, { key: 'phone', label: 'Phone' }] } } }),
    LookupRecords: (variables) => {
      const search = String((variables.filter as { search?: string } | undefined)?.search ?? '').toLowerCase();
      return { records: { nodes: [ACME, GLOBEX].filter((record) => record.data.name.toLowerCase().includes(search)) } };
    },
    LookupRecord: (variables) => ({ record: { ...[ACME, GLOBEX].find((record) => record.id === variables.id)!, formKey: 'customers' } }),
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      const operation = /query (\w+)/.exec(body.query)![1];
      calls.push({ operation, variables: body.variables });
      return new Response(JSON.stringify({ data: answers[operation](body.variables) }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return calls;
}

function render(schema: unknown, data: Record<string, unknown> = {}) {
  const updates: Array<Record<string, unknown>> = [];
  const wrapper = mount(FormRenderer, {
    props: { schema, modelValue: data, 'onUpdate:modelValue': (value: Record<string, unknown>) => updates.push(value) },
    global: { plugins: createTestPlugins('en').plugins as never[] },
    attachTo: document.body,
  });
  return { wrapper, updates };
}

afterEach(() => vi.unstubAllGlobals());

const lookupForm = {
  components: [
    {
      type: 'recordlookup',
      key: 'customer',
      label: 'Customer',
      formKey: 'customers',
      displayFields: ['name', 'phone'],
      filter: { conditions: [{ field: 'status', op: 'eq', value: 'active' }] },
      fill: { phone: 'phone', city: 'address.city' },
    },
    { type: 'textfield', key: 'phone', label: 'Phone' },
    { type: 'textfield', key: 'city', label: 'City' },
  ],
};

describe('RecordLookupField (关联数据)', () => {
  it('searches the other form’s records with the field’s filter and what is typed', async () => {
    // given
    const calls = stubApi();
    const { wrapper } = render(lookupForm);
    await flushPromises();
    const select = wrapper.findComponent({ name: 'ElSelect' });

    // when the list opens, then "glo" is typed
    select.vm.$emit('visible-change', true);
    await flushPromises();
    await (select.props('remoteMethod') as (query: string) => Promise<void>)('glo');
    await flushPromises();

    // then both requests carry the filter, the second the search
    const searches = calls.filter((call) => call.operation === 'LookupRecords').map((call) => call.variables);
    expect(searches).toEqual([
      { formKey: 'customers', first: 20, filter: { conditions: [{ field: 'status', op: 'eq', value: 'active' }] } },
      { formKey: 'customers', first: 20, filter: { conditions: [{ field: 'status', op: 'eq', value: 'active' }], search: 'glo' } },
    ]);
    wrapper.unmount();
  });

  it('picking a record stores its id, fills the mapped fields and shows its display fields', async () => {
    // given
    stubApi();
    const { wrapper, updates } = render(lookupForm);
    await flushPromises();
    const select = wrapper.findComponent({ name: 'ElSelect' });
    select.vm.$emit('visible-change', true);
    await flushPromises();

    // when Acme is picked
    select.vm.$emit('update:modelValue', ACME.id);
    select.vm.$emit('change', ACME.id);
    await flushPromises();

    // then
    expect(updates.at(-1)).toEqual({ customer: ACME.id, phone: '+8613800138000', city: 'Shanghai' });
    expect(wrapper.find('[data-field-key="phone"] input').element).toHaveProperty('value', '+8613800138000');
    expect(wrapper.find('[data-testid="record-lookup-shown"]').text()).toContain('Customer name');
    expect(wrapper.find('[data-testid="record-lookup-shown"]').text()).toContain('Acme');
    wrapper.unmount();
  });

  it('opens with a stored id: loads that record to show it', async () => {
    // given / when
    const calls = stubApi();
    const { wrapper } = render(lookupForm, { customer: GLOBEX.id });
    await flushPromises();

    // then
    expect(calls.filter((call) => call.operation === 'LookupRecord').map((call) => call.variables)).toEqual([{ id: GLOBEX.id }]);
    expect(wrapper.find('[data-testid="record-lookup-shown"]').text()).toContain('+8613900139000');
    wrapper.unmount();
  });

  it('reports a list in a single lookup as the validator’s type error on submit', async () => {
    stubApi();
    const { wrapper } = render({ components: [{ ...lookupForm.components[0], fill: undefined }, { type: 'button', action: 'submit', label: 'Go' }] }, { customer: [ACME.id] });
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid="field-error-customer"]').text()).toBe('Value must be a record id.');
    expect(wrapper.emitted('submit')).toBeUndefined();
    wrapper.unmount();
  });
});

describe('RegionField (省市区)', () => {
  const regionForm = { components: [{ type: 'region', key: 'address', label: 'Address', validate: { required: true } }] };

  it('shows a stored region by its names and stores { code, names } for a picked path', async () => {
    // given
    const { wrapper, updates } = render(regionForm, { address: { code: '310104', names: ['上海市', '上海市', '徐汇区'] } });
    await flushPromises();
    const cascader = wrapper.findComponent({ name: 'ElCascader' });
    expect(cascader.props('modelValue')).toEqual(['310000', '310100', '310104']);

    // when Beijing / Chaoyang is picked
    cascader.vm.$emit('update:modelValue', ['110000', '110100', '110105']);
    await flushPromises();

    // then
    expect(updates.at(-1)).toEqual({ address: { code: '110105', names: ['北京市', '北京市', '朝阳区'] } });
    wrapper.unmount();
  });

  it('a city-level field offers no districts, and clearing it leaves the required error', async () => {
    // given
    const { wrapper, updates } = render({ components: [{ ...regionForm.components[0], level: 'city' }] }, { address: { code: '440300', names: ['广东省', '深圳市'] } });
    await flushPromises();
    const cascader = wrapper.findComponent({ name: 'ElCascader' });
    const options = cascader.props('options') as Array<{ children?: Array<{ children?: unknown }> }>;
    expect(options.flatMap((province) => province.children ?? []).some((city) => city.children)).toBe(false);

    // when cleared and submitted
    cascader.vm.$emit('update:modelValue', []);
    await flushPromises();
    (wrapper.vm as unknown as { submit(): void }).submit();
    await flushPromises();

    // then
    expect(updates.at(-1)).toEqual({ address: null });
    expect(wrapper.find('[data-testid="field-error-address"]').text()).toBe('Field is required.');
    wrapper.unmount();
  });

  it('names a malformed stored region as a type error', async () => {
    const { wrapper } = render(regionForm, { address: '上海市徐汇区' });
    (wrapper.vm as unknown as { submit(): void }).submit();
    await flushPromises();
    expect(wrapper.find('[data-testid="field-error-address"]').text()).toBe('Value must be a region { code, names }.');
    wrapper.unmount();
  });
});
