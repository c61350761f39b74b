import { readCorpusJson } from '../conformance/form-js-corpus';
import type { FormSchema } from '../schema/form-schema.types';
import { validateSubmission } from '../submission/validate-submission';
import { evaluateFormState, type FieldView } from './evaluate-form-state';

const corpus = (file: string): FormSchema => readCorpusJson<FormSchema>('form-js-viewer', file);
const texts = (fields: FieldView[]): string[] =>
  fields.filter((field) => field.field.type === 'text').map((field) => field.text ?? '');

describe('evaluateFormState', () => {
  it('renders markdown templates with loops and conditions (text-template.json)', () => {
    // given two users with skills
    const users = [
      { name: 'Ada', age: 36, twitter: 'ada', skills: ['math', 'poetry'] },
      { name: 'Grace', age: 85, twitter: 'grace', skills: ['cobol'] },
    ];

    // when
    const [text] = texts(evaluateFormState(corpus('text-template.json'), { users, currencySymbol: '$' }).fields);

    // then
    expect(text).toContain('## Ada');
    expect(text).toContain('- poetry');
    expect(text).toContain('[@grace](https://twitter.com/grace)');
    expect(text).toContain('There are multiple users');
    expect(text).toContain('This should display');
    expect(text).not.toContain('This should not display');
  });

  it('gives templates in nested lists this, parent and grandparent (nested-complex-context.json)', () => {
    // when
    const { fields } = evaluateFormState(corpus('nested-complex-context.json'), { a: 'testA', list: [{ b: 'testB' }] });

    // then the inner list got its default row, and each text sees its levels
    const [outer, inner] = texts(fields);
    expect(outer).toBe('Flat: testA\nParent: testA');
    expect(inner).toBe('ParentThis: testB\nParent: testB\nGrandParent: testA\nGrandParentThis: testA');
  });

  it('shows one row per list item with that row in {{this}} (dynamic-list-variables.json)', () => {
    // when
    const state = evaluateFormState(corpus('dynamic-list-variables.json'), { list: [{ key: 1 }, { key: 2 }] });

    // then
    expect(texts(state.fields)).toEqual(['1', '2']);
    expect(state.fields.filter((field) => field.key.startsWith('list[')).map((field) => field.key)).toEqual([
      'list[0].key',
      'list[1].key',
    ]);
  });

  it('gives a repeating list without data its default rows, while a submission that left it out keeps it out', () => {
    // when
    const state = evaluateFormState(corpus('dynamic-list-variables.json'), {});
    const submitted = validateSubmission(corpus('dynamic-list-variables.json'), {});

    // then
    expect(state.data).toEqual({ list: [{ key: null }] });
    expect(submitted.data).toEqual({});
  });

  it('fills a table from FEEL over rows whose hidden groups are filtered out (dynamic-list-table-filter-interaction.json)', () => {
    // given
    const riskEntries = [
      { risk: 3, name: 'Alice Johnson', date: '2023-03-01' },
      { risk: 6, name: 'Bob Smith', date: '2023-03-05' },
      { risk: 9, name: 'Carla Gomez', date: '2023-03-10' },
      { risk: 12, name: 'David Lee', date: '2023-03-15' },
    ];

    // when
    const { fields } = evaluateFormState(corpus('dynamic-list-table-filter-interaction.json'), {
      onlyShowRiskAbove: 6,
      riskEntries,
    });

    // then
    const table = fields.find((field) => field.field.type === 'table')?.table;
    expect(table?.columns.map((column) => column.key)).toEqual(['risk', 'name', 'date']);
    const cells = (table?.rows ?? [])
      .flatMap((row) => table?.columns.map((column) => row[column.key]) ?? [])
      .filter((cell) => cell !== undefined);
    expect(cells).toEqual([9, 'Carla Gomez', '2023-03-10', 12, 'David Lee', '2023-03-15']);
    expect(fields.filter((field) => field.field.type === 'group' && !field.hidden)).toHaveLength(2);
  });

  it('computes chained expression fields (chain-expressions.json)', () => {
    expect(evaluateFormState(corpus('chain-expressions.json'), {}).data).toEqual({
      staticValue: 10,
      exprA: 20,
      exprB: 40,
      exprC: 50,
    });
  });

  it('resolves options from valuesKey with labels (dynamic.json)', () => {
    // given
    const schema = corpus('dynamic.json');
    const select = schema.components.find((component) => component.type === 'select');
    const source = String(select?.valuesKey);

    // when
    const { fields } = evaluateFormState(schema, { [source]: [{ label: 'Camunda 8', value: 'c8' }, 'other'] });

    // then
    expect(fields.find((field) => field.field.type === 'select')?.options).toEqual([
      { label: 'Camunda 8', value: 'c8' },
      { label: 'other', value: 'other' },
    ]);
  });

  it('applies a step permissions: hidden, view and required', () => {
    // given
    const schema: FormSchema = {
      components: [
        { type: 'textfield', key: 'customer', label: 'Customer' },
        { type: 'number', key: 'amount', label: '="Amount in " + currency' },
        { type: 'textfield', key: 'note' },
        { type: 'group', label: 'Secret', components: [{ type: 'textfield', key: 'inner' }] },
      ],
    };

    // when
    const { fields } = evaluateFormState(
      schema,
      {},
      { currency: 'CNY' },
      { permissions: { customer: 'view', note: 'required', inner: 'hidden' } },
    );

    // then
    const byKey = new Map(fields.map((field) => [field.key || field.id, field]));
    expect(byKey.get('customer')).toMatchObject({ readonly: true, required: false, hidden: false });
    expect(byKey.get('note')).toMatchObject({ readonly: false, required: true });
    expect(byKey.get('inner')).toMatchObject({ hidden: true });
    expect(byKey.get('amount')).toMatchObject({ readonly: false, label: 'Amount in CNY' });
  });

  it('agrees with the validator on what is hidden (hidden-fields-conditional.json)', () => {
    // given
    const schema = corpus('hidden-fields-conditional.json');
    const data = { a: true, b: true, c: true };

    // when
    const state = evaluateFormState(schema, data);
    const submitted = validateSubmission(schema, data).data;

    // then every visible keyed field is submitted, and no hidden one
    const visibleKeys = state.fields.filter((field) => field.keyed && !field.hidden).map((field) => field.key);
    expect(visibleKeys.sort()).toEqual(Object.keys(submitted).sort());
    expect(texts(state.fields.filter((field) => !field.hidden))).toHaveLength(1);
  });
});
