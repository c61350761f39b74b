import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateFormState, type FormSchema } from '@baton/sdk';
import { describe, expect, it } from 'vitest';
import { layoutRows } from './form-rows';

describe('layoutRows', () => {
  it('groups fields into the rows form-js computes for rows.json', () => {
    // given
    const schema = JSON.parse(
      readFileSync(resolve(__dirname, '../../../../../../shared/corpus/form-js/form-js-viewer/rows.json'), 'utf8'),
    ) as FormSchema;

    // when
    const rows = layoutRows(
      evaluateFormState(schema, {}).fields,
      (view) => view.field,
      (view) => view.id,
    );

    // then
    expect(rows.map((row) => row.cells.map((cell) => cell.item.field.id))).toEqual([
      ['Textfield_1', 'Number_1'],
      ['Textfield_2', 'Checkbox_1'],
      ['Textarea_1'],
    ]);
  });

  it('gives fixed columns their width and shares the rest', () => {
    // given
    const views = evaluateFormState(
      {
        components: [
          { type: 'textfield', key: 'a', layout: { row: 'r', columns: 8 } },
          { type: 'textfield', key: 'b', layout: { row: 'r' } },
          { type: 'textfield', key: 'c', layout: { row: 'r' } },
          { type: 'textfield', key: 'd' },
        ],
      },
      {},
    ).fields;

    // when
    const rows = layoutRows(
      views,
      (view) => view.field,
      (view) => view.id,
    );

    // then
    expect(rows.map((row) => row.cells.map((cell) => cell.span))).toEqual([[8, 4, 4], [16]]);
  });
});
