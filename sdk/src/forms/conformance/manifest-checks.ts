import type { FormSchema } from '../schema/form-schema.types';
import { validateSubmission } from '../submission/validate-submission';

/** A behaviour the manifest states for a schema that belongs to validation, and how to observe it. */
export interface ManifestCheck {
  file: string;
  behaviour: string;
  holds: (schema: FormSchema) => boolean;
}

const json = (value: unknown): string => JSON.stringify(value);

export const MANIFEST_CHECKS: ManifestCheck[] = [
  {
    file: 'form-js-viewer/condition.json',
    behaviour: 'amount 456 submits text; amount 0 hides and drops text',
    holds: (schema) =>
      validateSubmission(schema, { amount: 456, text: 'value' }).data.text === 'value' &&
      !('text' in validateSubmission(schema, { amount: 0, text: 'value' }).data),
  },
  {
    file: 'form-js-viewer/hidden-fields-conditional.json',
    behaviour: 'a hides c, so c is not submitted',
    holds: (schema) =>
      json(validateSubmission(schema, { a: true, b: true, c: true }).data) === json({ a: true, b: true }),
  },
  {
    file: 'form-js-viewer/defaultValues.json',
    behaviour: 'empty data takes every default (and empty values)',
    holds: (schema) => {
      const { data } = validateSubmission(schema, {});
      return (
        json(data) ===
        json({
          creditor: 'Max Mustermann GmbH',
          invoiceNumber: '',
          amount: 0,
          mailto: ['regional-manager', 'approver'],
          approved: true,
          approvedBy: '',
          approverComments: 'Sample comment provided by the approver',
          product: 'camunda-platform',
          tags: ['tag1', 'tag2', 'tag3'],
          language: 'english',
        })
      );
    },
  },
  {
    file: 'form-js-viewer/required.json',
    behaviour: 'empty data gives one "required" error per required field (11)',
    holds: (schema) => {
      const { errors } = validateSubmission(schema, {});
      return (
        errors.length === 11 &&
        errors.every((error) => error.rule === 'required' && error.message.en === 'Field is required.')
      );
    },
  },
  {
    file: 'form-js-viewer/validate.json',
    behaviour: 'min/max/minLength/maxLength given as FEEL are evaluated',
    holds: (schema) => {
      const limits = { min: 1, max: 10, minLength: 2, maxLength: 5 };
      const bad = validateSubmission(schema, { number_expression: 11, textfield_expression: 'a' }, limits);
      const good = validateSubmission(schema, { number_expression: 5, textfield_expression: 'abc' }, limits);
      return json(bad.errors.map((error) => error.rule)) === json(['max', 'minLength']) && good.valid;
    },
  },
  {
    file: 'form-js-viewer/chain-expressions.json',
    behaviour: 'chained expression fields compute {10, 20, 40, 50}',
    holds: (schema) =>
      json(validateSubmission(schema, {}).data) === json({ staticValue: 10, exprA: 20, exprB: 40, exprC: 50 }),
  },
  {
    file: 'form-js-viewer/cyclical-expressions.json',
    behaviour: 'mutually dependent expressions terminate',
    holds: (schema) => typeof validateSubmission(schema, { exprA: 2, exprB: 3 }).data.exprA === 'number',
  },
  {
    file: 'form-js-viewer/dynamic-list-variables.json',
    behaviour: 'a list of 10 rows submits 10 rows',
    holds: (schema) => {
      const list = Array.from({ length: 10 }, (_, index) => ({ key: index }));
      const { data } = validateSubmission(schema, { list });
      return Array.isArray(data.list) && data.list.length === 10;
    },
  },
  {
    file: 'form-js-viewer/dynamic.json',
    behaviour: 'options come from the input data via valuesKey',
    holds: (schema) => {
      const context = { xyzData: [{ label: 'A', value: 'a' }] };
      const good = validateSubmission(schema, { product: 'a', mailto: ['a'], language: 'a', tags: ['a'] }, context);
      const bad = validateSubmission(schema, { product: 'x', mailto: ['a'], language: 'a', tags: ['a'] }, context);
      return good.valid && json(bad.errors.map((error) => error.key)) === json(['product']);
    },
  },
  {
    file: 'form-js-viewer/valuesExpression.json',
    behaviour: 'options come from FEEL valuesExpression',
    holds: (schema) => {
      const context = { myList: [{ label: 'A', value: 'a' }], myList2: ['x'], myList3: ['y'], myList4: [] };
      const good = validateSubmission(schema, { mailto: ['a'], foo: ['x', 'y'] }, context);
      const bad = validateSubmission(schema, { mailto: ['b'], foo: ['z'] }, context);
      return good.valid && json(bad.errors.map((error) => error.key)) === json(['mailto', 'foo']);
    },
  },
  {
    file: 'form-js-viewer/groups.json',
    behaviour: 'groups with a path nest their fields; groups without one do not',
    holds: (schema) => {
      const { data } = validateSubmission(schema, { text_flat: 'f', pathed: { text_pathed: 'p' } });
      return (
        data.text_flat === 'f' &&
        json(data.pathed) === json({ text_pathed: 'p' }) &&
        json(data.separated) === json({ path: { text_separated: '' } }) &&
        json(data.separated2) === json({ key: '' })
      );
    },
  },
];
