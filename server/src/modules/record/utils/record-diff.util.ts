import { canonicalJson } from '../../form/utils/canonical-json.util.js';
import type { FieldChange } from '../entities/record-change.entity.js';

/**
 * Field-by-field differences between two versions of a record's data. Nested objects (groups with a path)
 * are compared per leaf, so `address.city` shows as its own change; lists (dynamic lists, checklists) are
 * compared as a whole, since rows have no identity of their own.
 */
export function diffRecordData(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  const walk = (a: unknown, b: unknown, prefix: string): void => {
    if (isObject(a) && isObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) walk(a[key], b[key], prefix ? `${prefix}.${key}` : key);
      return;
    }
    // Canonical JSON: JSONB hands objects back with their keys reordered.
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) changes.push({ key: prefix, before: a ?? null, after: b ?? null });
  };
  walk(before, after, '');
  return changes;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
