import type { FormComponent } from '@baton/sdk';

export interface ColumnTotal {
  key: string;
  label: string;
  sum: number;
}

/** Column totals of a dynamic list (Baton `totals: [key…]`): the sum of each named numeric column over the rows. */
export function columnTotals(list: FormComponent, rows: unknown[]): ColumnTotal[] {
  const keys = Array.isArray(list.totals) ? list.totals.filter((key): key is string => typeof key === 'string') : [];
  return keys.map((key) => {
    const child = (list.components ?? []).find((component) => component.key === key);
    const sum = rows.reduce<number>((total, row) => {
      const cell = row !== null && typeof row === 'object' ? Number((row as Record<string, unknown>)[key]) : NaN;
      return Number.isFinite(cell) ? total + cell : total;
    }, 0);
    return { key, label: child?.label ?? key, sum: Math.round(sum * 1e9) / 1e9 };
  });
}
