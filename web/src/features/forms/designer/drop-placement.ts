import type { FormComponent } from '@baton/sdk';
import type { ComponentPath } from './component-path';
import { freshRow, type Placement } from './schema-commands';

export type DropSide = 'before' | 'after' | 'left' | 'right';

/** Where on a block the pointer is: the outer quarters mean beside it (same row), otherwise above or below its row. */
export function sideOf(
  rect: { left: number; top: number; width: number; height: number },
  x: number,
  y: number,
): DropSide {
  const relativeX = (x - rect.left) / Math.max(rect.width, 1);
  if (relativeX < 0.2) return 'left';
  if (relativeX > 0.8) return 'right';
  return y - rect.top < rect.height / 2 ? 'before' : 'after';
}

const rowOf = (component: FormComponent | undefined): string | undefined => {
  const row = (component?.layout as { row?: unknown } | undefined)?.row;
  return typeof row === 'string' ? row : undefined;
};

/**
 * The placement for dropping next to `siblings[index]` (children of `parent`): beside it in its row, or as a new
 * row before or after the whole row it sits in.
 */
export function placementFor(
  parent: ComponentPath,
  siblings: FormComponent[],
  index: number,
  side: DropSide,
): Placement {
  const target = siblings[index];
  const row = rowOf(target);
  if (side === 'left' || side === 'right') {
    return { parent, index: side === 'left' ? index : index + 1, row: row ?? freshRow() };
  }
  const members = siblings
    .map((component, at) => ({ component, at }))
    .filter(({ component }) => row !== undefined && rowOf(component) === row);
  const indexes = members.length > 0 ? members.map(({ at }) => at) : [index];
  return { parent, index: side === 'before' ? Math.min(...indexes) : Math.max(...indexes) + 1 };
}
