import type { FeelContext, FeelOptions } from '../../feel/evaluate-feel.js';
import type { FormSchema } from '../schema/form-schema.types.js';
import { settleForm } from '../state/settle-form.js';
import { checkField } from './field-rules.js';
import { expressionContext, isTrueCondition } from './form-feel.js';
import { messageFor, type LocalizedMessage, type SubmissionRule } from './messages.js';
import { cloneJson, formatPath, getAt, setAt } from './value-path.js';

export interface SubmissionError {
  /** The field's data path: `amount`, `address.city`, `items[0].amount`. */
  key: string;
  rule: SubmissionRule;
  message: LocalizedMessage;
}

export interface SubmissionResult {
  valid: boolean;
  errors: SubmissionError[];
  /** What a record stores: visible, enabled fields of the form only, defaults applied, expression fields computed. */
  data: Record<string, unknown>;
}

export interface SubmissionOptions {
  feel?: FeelOptions;
}

/**
 * Validates submitted data against a form the way form-js submits it: missing values take the field's
 * `defaultValue` (else its empty value), expression fields are computed, fields hidden by `conditional.hide`
 * are dropped and do not feed other conditions, disabled fields are neither validated nor submitted, and
 * every other keyed field is checked against its rules. `context` holds the variables the form was opened
 * with (process variables, `valuesKey` sources); they feed expressions but are not part of the result.
 */
export function validateSubmission(
  schema: FormSchema,
  data: unknown,
  context: FeelContext = {},
  options: SubmissionOptions = {},
): SubmissionResult {
  const feel = options.feel ?? {};
  const { working, instances, hidden, view } = settleForm(schema, data, context, feel);
  const errors: SubmissionError[] = [];
  const output: Record<string, unknown> = {};
  for (const instance of instances) {
    if (hidden.has(instance.id) || instance.valuePath.length === 0) {
      continue;
    }
    const feelContext = expressionContext(instance, view, context);
    const value = getAt(working, instance.valuePath);
    if (
      instance.field.type === 'dynamiclist' &&
      Array.isArray(value) &&
      getAt(output, instance.valuePath) === undefined
    ) {
      setAt(
        output,
        instance.valuePath,
        value.map(() => ({})),
      );
    }
    if (!instance.keyed || isTrueCondition(instance.field.disabled, feelContext, feel)) {
      continue;
    }
    setAt(output, instance.valuePath, cloneJson(value));
    if (instance.field.type !== 'expression') {
      const key = formatPath(instance.valuePath);
      checkField(instance.field, value, feelContext, feel).forEach(({ rule, params }) =>
        errors.push({ key, rule, message: messageFor(rule, params) }),
      );
    }
  }
  return { valid: errors.length === 0, errors, data: output };
}
