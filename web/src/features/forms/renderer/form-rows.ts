import type { FormComponent } from '@baton/sdk';

/** form-js lays fields out on a 16-column grid. */
export const GRID_COLUMNS = 16;

export interface LayoutCell<T> {
  item: T;
  /** Grid columns this field spans. */
  span: number;
}

export interface LayoutRow<T> {
  id: string;
  cells: Array<LayoutCell<T>>;
}

const rowOf = (component: FormComponent): string | undefined => {
  const layout = component.layout as { row?: unknown } | undefined;
  return typeof layout?.row === 'string' && layout.row ? layout.row : undefined;
};

const columnsOf = (component: FormComponent): number | undefined => {
  const layout = component.layout as { columns?: unknown } | undefined;
  const columns = Number(layout?.columns);
  return Number.isInteger(columns) && columns > 0 ? Math.min(columns, GRID_COLUMNS) : undefined;
};

/**
 * Groups sibling fields into rows as form-js does: fields naming the same `layout.row` share it (rows in order
 * of their first field), a field without one gets its own; fixed `layout.columns` keep their width and the
 * others share what is left. Used by the renderer (over field views) and the designer (over components).
 */
export function layoutRows<T>(
  items: T[],
  componentOf: (item: T) => FormComponent,
  idOf: (item: T) => string,
): Array<LayoutRow<T>> {
  const rows: Array<{ id: string; items: T[] }> = [];
  const byId = new Map<string, { id: string; items: T[] }>();
  for (const item of items) {
    const id = rowOf(componentOf(item)) ?? `auto-${idOf(item)}`;
    const row = byId.get(id) ?? { id, items: [] };
    if (!byId.has(id)) {
      byId.set(id, row);
      rows.push(row);
    }
    row.items.push(item);
  }
  return rows.map(({ id, items: members }) => {
    const fixed = members.reduce((sum, item) => sum + (columnsOf(componentOf(item)) ?? 0), 0);
    const auto = members.filter((item) => columnsOf(componentOf(item)) === undefined).length;
    const share = auto > 0 ? Math.max(1, Math.floor(Math.max(GRID_COLUMNS - fixed, auto) / auto)) : 0;
    return { id, cells: members.map((item) => ({ item, span: columnsOf(componentOf(item)) ?? share })) };
  });
}
