import type { FormField } from './form-fields.util.js';

export interface FieldRename {
  from: FormField;
  to: FormField;
}

export interface FieldDiff {
  added: FormField[];
  removed: FormField[];
  renamed: FieldRename[];
}

/**
 * What a new version changes for stored data. A field whose component keeps its id but gets another key is
 * renamed (form-js keeps component ids stable while editing); a key that disappears otherwise is removed.
 */
export function diffFields(previous: FormField[], next: FormField[]): FieldDiff {
  const nextKeys = new Set(next.map((field) => field.key));
  const previousKeys = new Set(previous.map((field) => field.key));
  const renamed: FieldRename[] = [];
  const removed: FormField[] = [];
  for (const field of previous) {
    if (nextKeys.has(field.key)) continue;
    const to = field.componentId ? next.find((candidate) => candidate.componentId === field.componentId && !previousKeys.has(candidate.key)) : undefined;
    if (to) renamed.push({ from: field, to });
    else removed.push(field);
  }
  const renamedTo = new Set(renamed.map((rename) => rename.to.key));
  const added = next.filter((field) => !previousKeys.has(field.key) && !renamedTo.has(field.key));
  return { added, removed, renamed };
}
