import type { FormComponent, FormSchema } from '@baton/sdk';
import { childrenAt, componentAt, isWithin, type ComponentPath } from './component-path';

/** Where a dropped or moved component goes: a parent, an index among its children and, optionally, a layout row. */
export interface Placement {
  parent: ComponentPath;
  index: number;
  /** Share this layout row (beside a field); a new own row when omitted. */
  row?: string;
}

const clone = <T>(value: T): T => structuredClone(value);

function withRow(component: FormComponent, row: string | undefined): FormComponent {
  const layout = { ...((component.layout as Record<string, unknown> | undefined) ?? {}) };
  if (row) layout.row = row;
  else delete layout.row;
  const next = { ...component };
  if (Object.keys(layout).length > 0) next.layout = layout;
  else delete next.layout;
  return next;
}

/** Inserts `component` at `placement`; returns a new schema (the input is never changed). */
export function insertComponent(schema: FormSchema, component: FormComponent, placement: Placement): FormSchema {
  const next = clone(schema);
  const list = childrenAt(next, placement.parent);
  if (!list) throw new Error(`No container at ${placement.parent.join('.')}`);
  const index = Math.max(0, Math.min(placement.index, list.length));
  list.splice(index, 0, withRow(clone(component), placement.row ?? freshRow()));
  return next;
}

export function removeComponent(schema: FormSchema, path: ComponentPath): FormSchema {
  const next = clone(schema);
  childrenAt(next, path.slice(0, -1))?.splice(path[path.length - 1], 1);
  return next;
}

/** Moves a component; refuses (returns the schema unchanged) to move a container into itself. */
export function moveComponent(schema: FormSchema, from: ComponentPath, placement: Placement): FormSchema {
  if (isWithin(placement.parent, from)) return schema;
  const component = componentAt(schema, from);
  if (!component) return schema;
  const fromParent = from.slice(0, -1);
  const fromIndex = from[from.length - 1];
  let target = placement.parent;
  let index = placement.index;
  // removing first shifts later siblings (and containers after it) one up
  if (
    target.length >= from.length &&
    fromParent.every((at, depth) => target[depth] === at) &&
    target[fromParent.length] > fromIndex
  ) {
    target = [...target];
    target[fromParent.length] -= 1;
  }
  if (target.length === fromParent.length && target.every((at, depth) => fromParent[depth] === at) && index > fromIndex)
    index -= 1;
  return insertComponent(removeComponent(schema, from), component, { ...placement, parent: target, index });
}

/** Sets (or, with `undefined`, removes) properties; dotted names reach nested objects (`validate.min`). */
export function updateComponent(schema: FormSchema, path: ComponentPath, patch: Record<string, unknown>): FormSchema {
  const next = clone(schema);
  const component = componentAt(next, path);
  if (!component) return schema;
  for (const [name, value] of Object.entries(patch)) setProperty(component, name, value);
  return next;
}

function setProperty(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const [head, ...rest] = dotted.split('.');
  if (rest.length === 0) {
    if (value === undefined) delete target[head];
    else target[head] = value;
    return;
  }
  const child = (target[head] !== null && typeof target[head] === 'object' ? target[head] : {}) as Record<
    string,
    unknown
  >;
  setProperty(child, rest.join('.'), value);
  if (Object.keys(child).length > 0) target[head] = child;
  else delete target[head];
}

export function propertyOf(component: FormComponent, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>(
      (value, name) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined,
      component,
    );
}

let rowCounter = 0;
/** A layout row id of the kind the Camunda form editor writes. */
export function freshRow(): string {
  rowCounter += 1;
  return `Row_${Date.now().toString(36)}${rowCounter.toString(36)}`;
}
