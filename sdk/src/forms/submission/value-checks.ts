import type { FormComponent } from '../schema/form-schema.types.js';
import type { RuleViolation } from './field-rules.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A GB/T 2260 administrative division code: 2 digits province, 2 city, 2 district (110105 北京市朝阳区). */
const REGION_CODE = /^\d{6}$/;
const REGION_LEVELS: Record<string, number> = { province: 1, city: 2, district: 3 };

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** `{ code: '110105', names: ['北京市', '北京市', '朝阳区'] }`: one name per level down to the field's `level`. */
function isRegion(field: FormComponent, value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { code, names } = value as { code?: unknown; names?: unknown };
  const depth = REGION_LEVELS[String(field.level ?? 'district')] ?? 3;
  return (
    typeof code === 'string' &&
    REGION_CODE.test(code) &&
    Array.isArray(names) &&
    names.length >= 1 &&
    names.length <= depth &&
    names.every(isText) &&
    Object.keys(value).every((name) => name === 'code' || name === 'names')
  );
}

/** A record lookup holds record ids: one, or a list when `multiple` is true (a FEEL `multiple` allows either). */
function isRecordLookup(field: FormComponent, value: unknown): boolean {
  const ids = (list: unknown): boolean => Array.isArray(list) && list.every(isText);
  if (field.multiple === true) return ids(value);
  if (field.multiple === undefined || field.multiple === false) return isText(value);
  return isText(value) || ids(value);
}

const isNumeric = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));

/** The JSON shape each field type stores; a value of another shape is a `type` violation. */
export function checkValueType(field: FormComponent, value: unknown): RuleViolation | null {
  const expect = (ok: boolean, expected: string): RuleViolation | null =>
    ok ? null : { rule: 'type', params: { expected } };
  switch (field.type) {
    case 'textfield':
    case 'textarea':
      return expect(typeof value === 'string', 'text');
    case 'number':
      return expect(isNumeric(value), 'a number');
    case 'checkbox':
      return expect(typeof value === 'boolean', 'true or false');
    case 'checklist':
    case 'taglist':
      return expect(Array.isArray(value), 'a list');
    case 'radio':
    case 'select':
      return expect(value === null || typeof value !== 'object', 'a single value');
    case 'datetime': {
      const pattern = field.subtype === 'time' ? TIME : field.subtype === 'datetime' ? DATETIME : DATE;
      return expect(typeof value === 'string' && pattern.test(value), `a ${field.subtype ?? 'date'} (ISO 8601)`);
    }
    case 'region':
      return expect(isRegion(field, value), 'a region { code, names }');
    case 'recordlookup':
      return expect(isRecordLookup(field, value), field.multiple === true ? 'a list of record ids' : 'a record id');
    default:
      return null;
  }
}

function decimalsOf(value: number | string): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

/** `decimalDigits` and `increment` of number fields, computed on scaled integers to avoid float remainders. */
export function checkNumber(field: FormComponent, value: unknown): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const text = String(value);
  if (typeof field.decimalDigits === 'number' && field.decimalDigits >= 0 && decimalsOf(text) > field.decimalDigits) {
    violations.push({ rule: 'decimalDigits', params: { digits: field.decimalDigits } });
  }
  const increment = Number(field.increment);
  if (field.increment !== undefined && Number.isFinite(increment) && increment > 0) {
    const scale = 10 ** Math.max(decimalsOf(text), decimalsOf(String(field.increment)));
    const remainder = Math.round(Number(text) * scale) % Math.round(increment * scale);
    if (remainder !== 0) {
      violations.push({ rule: 'increment', params: { increment: field.increment } });
    }
  }
  return violations;
}
