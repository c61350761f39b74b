import { evaluateFormState, type FormSchema } from '@baton/sdk';
import { describe, expect, it } from 'vitest';
import { stabilize } from './stable-views';

describe('stabilize', () => {
  it('keeps the view objects of fields a change did not touch', () => {
    // given
    const schema: FormSchema = {
      components: [
        { type: 'textfield', key: 'a' },
        { type: 'textfield', key: 'b', conditional: { hide: '=a = "hide"' } },
        { type: 'number', key: 'c' },
      ],
    };
    const before = evaluateFormState(schema, { a: 'x' });

    // when a changes to a value that hides b
    const after = stabilize(before, evaluateFormState(schema, { a: 'hide' }));

    // then a and b are new views, c is the same object
    expect(after.fields[0]).not.toBe(before.fields[0]);
    expect(after.fields[1]).not.toBe(before.fields[1]);
    expect(after.fields[1].hidden).toBe(true);
    expect(after.fields[2]).toBe(before.fields[2]);
  });
});
