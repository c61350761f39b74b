import type { FeelContext, FeelOptions } from '../../feel/evaluate-feel.js';
import { isOptionType } from '../schema/form-field-types.js';
import type { FormComponent } from '../schema/form-schema.types.js';
import { isAllowed, resolveOptions } from './field-options.js';
import { evaluateProperty, isTrueCondition } from './form-feel.js';
import type { SubmissionRule } from './messages.js';
import { checkNumber, checkValueType } from './value-checks.js';

export interface RuleViolation {
  rule: SubmissionRule;
  params?: Record<string, unknown>;
}

// Own expressions with the semantics of form-js' Validator: an address with a dotted domain, and an
// international number written with + or 00 and 8 to 15 digits (E.164).
const EMAIL =
  /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const PHONE = /^(?:\+|00)[1-9]\d{7,14}$/;

const isEmpty = (field: FormComponent, value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (field.type === 'checkbox' && value === false);

/** Checks one visible, enabled field value against its `validate` rules, type and options (form-js Validator). */
export function checkField(
  field: FormComponent,
  value: unknown,
  context: FeelContext,
  options: FeelOptions,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const validate = field.validate ?? {};
  const evaluate = (property: unknown): unknown => {
    const outcome = evaluateProperty(property, context, options);
    if (outcome.error) {
      violations.push({ rule: 'expression', params: { detail: outcome.error.message } });
    }
    return outcome.value === null ? undefined : outcome.value;
  };

  if (isTrueCondition(validate.required, context, options) && isEmpty(field, value)) {
    return [{ rule: 'required' }];
  }
  if (isEmpty(field, value)) {
    return violations;
  }

  const typeViolation = checkValueType(field, value);
  if (typeViolation) {
    return [typeViolation];
  }
  if (field.type === 'number') {
    violations.push(...checkNumber(field, value));
  }

  const numeric = Number(value);
  const min = evaluate(validate.min);
  const max = evaluate(validate.max);
  if (typeof min === 'number' && numeric < min) violations.push({ rule: 'min', params: { limit: min } });
  if (typeof max === 'number' && numeric > max) violations.push({ rule: 'max', params: { limit: max } });

  if (typeof value === 'string') {
    const length = value.trim().length;
    const minLength = evaluate(validate.minLength);
    const maxLength = evaluate(validate.maxLength);
    if (typeof minLength === 'number' && length < minLength)
      violations.push({ rule: 'minLength', params: { limit: minLength } });
    if (typeof maxLength === 'number' && length > maxLength)
      violations.push({ rule: 'maxLength', params: { limit: maxLength } });
    if (validate.pattern && !matches(validate.pattern, value)) {
      violations.push({ rule: 'pattern', params: { pattern: validate.patternErrorMessage ?? validate.pattern } });
    }
    if (validate.validationType === 'email' && !EMAIL.test(value)) violations.push({ rule: 'email' });
    if (validate.validationType === 'phone' && !PHONE.test(value.replace(/[\s-]/g, '')))
      violations.push({ rule: 'phone' });
  }

  if (isOptionType(field.type)) {
    const allowed = resolveOptions(field, context, options);
    const chosen = Array.isArray(value) ? value : [value];
    if (allowed.known && !chosen.every((item) => isAllowed(item, allowed.values))) {
      violations.push({ rule: 'option' });
    }
  }

  for (const rule of validate.custom ?? []) {
    const ruleContext = { ...context, value };
    if (rule.condition && !isTrueCondition(rule.condition, ruleContext, options)) {
      const message = evaluateProperty(rule.message ?? 'Invalid value.', ruleContext, options).value;
      violations.push({ rule: 'custom', params: { message: message ?? rule.message } });
    }
  }
  return violations;
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    // an invalid pattern is a schema problem, not the submitter's; the schema check reports it at deploy
    return true;
  }
}
