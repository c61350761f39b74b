import type { FormComponent } from '../schema/form-schema.types.js';
import { isInputType } from '../schema/form-field-types.js';
import { getAt, splitPath, type ValuePath } from './value-path.js';

/** A component as it appears for given data: once, or once per row inside dynamic lists. */
export interface FieldInstance {
  id: string;
  field: FormComponent;
  parentId: string | null;
  /** Where a keyed field's value (or a container's data) lives; empty for layout-only components. */
  valuePath: ValuePath;
  keyed: boolean;
  /** The row objects of the enclosing dynamic lists, outermost first (`this` in FEEL is the last; none at the root). */
  scopes: unknown[];
  /** 1-based row numbers of the enclosing dynamic lists (`i` in form-js expressions). */
  rows: number[];
}

interface WalkState {
  parentId: string | null;
  prefix: ValuePath;
  scopes: unknown[];
  rows: number[];
}

/** Lists every component instance for `data`, parents before children, in document order. */
export function listFieldInstances(components: FormComponent[], data: unknown): FieldInstance[] {
  const instances: FieldInstance[] = [];

  const walk = (list: FormComponent[], state: WalkState, idPrefix: string): void => {
    list.forEach((field, index) => {
      const id = `${idPrefix}${index}`;
      const keyed = isInputType(field.type) && typeof field.key === 'string';
      const ownPath = keyed ? splitPath(field.key) : splitPath(field.path);
      const valuePath = keyed || field.path ? [...state.prefix, ...ownPath] : [];
      instances.push({ id, field, parentId: state.parentId, valuePath, keyed, ...pick(state) });

      if (!Array.isArray(field.components)) {
        return;
      }
      if (field.type === 'dynamiclist') {
        const rows = getAt(data, valuePath);
        if (Array.isArray(rows)) {
          rows.forEach((row, rowIndex) =>
            walk(
              field.components ?? [],
              {
                parentId: id,
                prefix: [...valuePath, rowIndex],
                scopes: [...state.scopes, row],
                rows: [...state.rows, rowIndex + 1],
              },
              `${id}[${rowIndex}].`,
            ),
          );
        }
        return;
      }
      walk(field.components, { ...state, parentId: id, prefix: field.path ? valuePath : state.prefix }, `${id}.`);
    });
  };

  walk(components, { parentId: null, prefix: [], scopes: [], rows: [] }, '');
  return instances;
}

function pick({ scopes, rows }: WalkState) {
  return { scopes, rows };
}
