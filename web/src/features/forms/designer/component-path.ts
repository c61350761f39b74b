import type { FormComponent, FormSchema } from '@baton/sdk';

/** Where a component sits: indexes through `components` arrays from the form root (`[2, 0]` = components[2].components[0]). */
export type ComponentPath = number[];

export const samePath = (a: ComponentPath | null, b: ComponentPath | null): boolean =>
  a !== null && b !== null && a.length === b.length && a.every((index, at) => index === b[at]);

/** True when `inner` is `outer` or lies inside it (a container cannot be dropped into itself). */
export const isWithin = (inner: ComponentPath, outer: ComponentPath): boolean =>
  inner.length >= outer.length && outer.every((index, at) => inner[at] === index);

export function componentAt(schema: FormSchema, path: ComponentPath): FormComponent | undefined {
  let list: FormComponent[] | undefined = schema.components;
  let found: FormComponent | undefined;
  for (const index of path) {
    found = list?.[index];
    list = found?.components;
  }
  return found;
}

/** The `components` array that holds children of `parent` ([] = the form itself). */
export function childrenAt(schema: FormSchema, parent: ComponentPath): FormComponent[] | undefined {
  return parent.length === 0 ? schema.components : componentAt(schema, parent)?.components;
}

/** Every component with its path, parents first. */
export function walkComponents(schema: FormSchema): Array<{ component: FormComponent; path: ComponentPath }> {
  const found: Array<{ component: FormComponent; path: ComponentPath }> = [];
  const walk = (list: FormComponent[], prefix: ComponentPath): void =>
    list.forEach((component, index) => {
      found.push({ component, path: [...prefix, index] });
      if (Array.isArray(component.components)) walk(component.components, [...prefix, index]);
    });
  walk(schema.components, []);
  return found;
}

export function pathOfId(schema: FormSchema, id: string): ComponentPath | null {
  return walkComponents(schema).find((entry) => entry.component.id === id)?.path ?? null;
}
