import { isInputType, type FormComponent, type FormSchema } from '@baton/sdk';

/** One step of a data path; `list` marks a dynamic list, whose value is an array of rows. */
export interface PathPart {
  name: string;
  list: boolean;
}

/** A place in a record's data that a form defines: a keyed field or a dynamic list. */
export interface FormField {
  /** Dotted path as users write it in filters: `amount`, `address.city`, `items.amount`. */
  key: string;
  parts: PathPart[];
  type: string;
  /** The component id, which survives a key rename (form-js keeps ids stable in the editor). */
  componentId: string | null;
  /** Inside a dynamic list: one value per row. */
  inList: boolean;
  /** JSON pointer of the component in the schema (`/components/2/components/0`). */
  pointer: string;
  component: FormComponent;
}

const split = (dotted: string | undefined): string[] => (dotted ? dotted.split('.').filter(Boolean) : []);

/**
 * Lists the data paths of a form in document order, the way form-js nests data: group `path`s prefix their
 * children, dynamic lists hold rows, keys may themselves be dotted.
 */
export function listFormFields(schema: FormSchema): FormField[] {
  const fields: FormField[] = [];
  const walk = (components: FormComponent[], prefix: PathPart[], inList: boolean, at: string): void => {
    for (const [index, component] of components.entries()) {
      const pointer = `${at}/${index}`;
      const componentId = typeof component.id === 'string' ? component.id : null;
      if (isInputType(component.type) && typeof component.key === 'string') {
        const parts = [...prefix, ...split(component.key).map((name) => ({ name, list: false }))];
        fields.push({ key: joinParts(parts), parts, type: component.type, componentId, inList, pointer, component });
        continue;
      }
      if (!Array.isArray(component.components)) continue;
      const own = split(component.path).map((name) => ({ name, list: false }));
      if (component.type === 'dynamiclist') {
        // A list without a path has no data of its own (form-js renders no rows for it).
        if (own.length === 0) continue;
        own[own.length - 1] = { ...own[own.length - 1], list: true };
        const parts = [...prefix, ...own];
        fields.push({ key: joinParts(parts), parts, type: 'dynamiclist', componentId, inList, pointer, component });
        walk(component.components, parts, true, `${pointer}/components`);
      } else {
        walk(component.components, [...prefix, ...own], inList, `${pointer}/components`);
      }
    }
  };
  walk(schema.components ?? [], [], false, '/components');
  return fields;
}

export const joinParts = (parts: PathPart[]): string => parts.map((part) => part.name).join('.');

/** The value at a path outside lists (lists answer undefined: their fields have one value per row). */
export function valueAt(data: unknown, field: FormField): unknown {
  let current = data;
  for (const part of field.parts) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part.name];
    if (part.list && part !== field.parts[field.parts.length - 1]) return undefined;
  }
  return current;
}
