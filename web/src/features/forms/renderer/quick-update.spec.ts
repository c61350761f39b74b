import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateFormState, setAt, type FormSchema } from '@baton/sdk';
import { describe, expect, it } from 'vitest';
import { quickUpdate, schemaReads } from './quick-update';

const CORPUS = resolve(__dirname, '../../../../../../shared/corpus/form-js');
const corpus = (): Array<{ file: string; schema: FormSchema }> =>
  ['form-js-viewer', 'form-js-editor', 'e2e', 'camunda8-js-sdk'].flatMap((folder) =>
    readdirSync(join(CORPUS, folder))
      .filter((name) => name.endsWith('.json') || name.endsWith('.form'))
      .map((name) => ({
        file: `${folder}/${name}`,
        schema: JSON.parse(readFileSync(join(CORPUS, folder, name), 'utf8')) as FormSchema,
      })),
  );

describe('schemaReads', () => {
  it('collects the names of FEEL, templates and data references, not of keys or plain labels', () => {
    // when
    const reads = schemaReads({
      components: [
        { type: 'textfield', key: 'customer', label: 'Customer name' },
        { type: 'number', key: 'amount', label: '=upper case(currency)', conditional: { hide: '=approved' } },
        { type: 'text', text: 'Dear {{contact.name}}' },
        { type: 'select', key: 'product', valuesKey: 'products' },
        { type: 'group', components: [{ type: 'textfield', key: 'inner', validate: { required: '=amount > 10' } }] },
      ],
    });

    // then
    expect([...reads.names].sort()).toEqual(
      ['Dear', 'amount', 'approved', 'case', 'contact', 'currency', 'name', 'products', 'upper'].sort(),
    );
    expect(reads.names.has('customer')).toBe(false);
    expect(reads.everything).toBe(false);
  });

  it('marks a schema whose FEEL reads `this` as reading everything', () => {
    expect(schemaReads({ components: [{ type: 'text', text: '=get value(this, "a")' }] }).everything).toBe(true);
  });
});

describe('quickUpdate', () => {
  it('gives, for every field of the form-js corpus it applies to, the state a full evaluation gives', () => {
    // given every top-level keyed field of the 21 corpus schemas, each taking a new text, number, boolean or null
    let compared = 0;
    let declined = 0;
    for (const { file, schema } of corpus()) {
      const state = evaluateFormState(schema, {});
      const reads = schemaReads(schema);
      for (const view of state.fields) {
        for (const value of ['typed text', 42, true, null]) {
          const data = JSON.parse(JSON.stringify(state.data)) as Record<string, unknown>;
          if (view.valuePath.length > 0) setAt(data, view.valuePath, value);

          // when
          const quick = quickUpdate(state, reads, view, data);

          // then it declines, or it agrees with evaluating the form
          if (!quick) {
            declined += 1;
            continue;
          }
          compared += 1;
          const full = evaluateFormState(schema, data);
          expect({ file, key: view.key, value, state: JSON.parse(JSON.stringify(quick)) }).toEqual({
            file,
            key: view.key,
            value,
            state: JSON.parse(JSON.stringify(full)),
          });
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(declined).toBeGreaterThan(100);
  });

  it('declines a key a condition reads, a nested field and a key shared by two fields', () => {
    // given
    const schema: FormSchema = {
      components: [
        { type: 'textfield', key: 'trigger' },
        { type: 'textfield', key: 'shown', conditional: { hide: '=trigger = "hide"' } },
        { type: 'group', path: 'address', components: [{ type: 'textfield', key: 'city' }] },
        { type: 'textfield', key: 'twice' },
        { type: 'textfield', key: 'twice' },
        { type: 'textfield', key: 'free' },
      ],
    };
    const state = evaluateFormState(schema, {});
    const reads = schemaReads(schema);
    const at = (key: string) => state.fields.find((view) => view.key === key)!;
    const typed = (key: string) => {
      const data = JSON.parse(JSON.stringify(state.data)) as Record<string, unknown>;
      setAt(data, at(key).valuePath, 'x');
      return quickUpdate(state, reads, at(key), data);
    };

    // then
    expect(typed('trigger')).toBeNull();
    expect(typed('address.city')).toBeNull();
    expect(typed('twice')).toBeNull();
    const free = typed('free');
    expect(free?.data.free).toBe('x');
    expect(free?.fields.filter((view, index) => view !== state.fields[index]).map((view) => view.key)).toEqual([
      'free',
    ]);
  });
});
