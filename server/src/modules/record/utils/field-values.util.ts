import type { FormField } from '../../form/utils/form-fields.util.js';

/** One value of a field in a record's data, with the key an error about it names (`items[1].product`). */
export interface FieldValue {
  key: string;
  value: unknown;
}

/**
 * Every value a field holds in `data`: one outside dynamic lists, one per row inside them (nested lists
 * multiply). Missing, null and empty values are left out.
 */
export function fieldValues(data: unknown, field: FormField): FieldValue[] {
  const found: FieldValue[] = [];
  const walk = (node: unknown, index: number, key: string): void => {
    if (index === field.parts.length) {
      if (node !== undefined && node !== null && node !== '') found.push({ key, value: node });
      return;
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const part = field.parts[index];
    const next = (node as Record<string, unknown>)[part.name];
    const here = key ? `${key}.${part.name}` : part.name;
    const last = index === field.parts.length - 1;
    if (part.list && !last) {
      if (Array.isArray(next)) next.forEach((row, i) => walk(row, index + 1, `${here}[${i}]`));
      return;
    }
    walk(next, index + 1, here);
  };
  walk(data, 0, '');
  return found;
}
