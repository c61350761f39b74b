import { isBoundedFeel } from '../../feel/bounded-feel.js';
import type { FormSchema } from '../schema/form-schema.types.js';

const checked = new WeakMap<object, boolean>();

/**
 * Whether validating submissions of this form runs in time bounded by the form and the submission: every FEEL
 * expression in it is bounded (see isBoundedFeel), no text is templated (templates may loop), and no field has a
 * `pattern` (a builder's regular expression may backtrack catastrophically). A server may run such a form's rules
 * inline; any other form belongs where a runaway evaluation can be stopped. Cached per schema object.
 */
export function hasBoundedRules(schema: FormSchema): boolean {
  const known = checked.get(schema);
  if (known !== undefined) return known;
  const bounded = walk(schema, null);
  checked.set(schema, bounded);
  return bounded;
}

function walk(value: unknown, key: string | null): boolean {
  if (typeof value === 'string') {
    if (key === 'pattern' || value.includes('{{')) return false;
    return !value.trimStart().startsWith('=') || isBoundedFeel(value);
  }
  if (Array.isArray(value)) return value.every((item) => walk(item, null));
  if (value && typeof value === 'object') return Object.entries(value).every(([k, v]) => walk(v, k));
  return true;
}
