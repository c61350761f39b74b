/** The slice of bpmn-moddle's dynamic element objects that the engine reads, typed without `any`. */
export interface ModdleElement {
  readonly $type: string;
  readonly id?: string;
  readonly $parent?: ModdleElement;
  readonly [property: string]: unknown;
}

export function isModdleElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

export function text(el: ModdleElement | undefined, property: string): string | undefined {
  const value = el?.[property];
  return typeof value === 'string' ? value : undefined;
}

export function flag(el: ModdleElement | undefined, property: string): boolean | undefined {
  const value = el?.[property];
  return typeof value === 'boolean' ? value : undefined;
}

export function child(el: ModdleElement | undefined, property: string): ModdleElement | undefined {
  const value = el?.[property];
  return isModdleElement(value) ? value : undefined;
}

export function children(el: ModdleElement | undefined, property: string): readonly ModdleElement[] {
  const value = el?.[property];
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

/** `bpmn:UserTask` → `userTask` */
export function localType(el: ModdleElement): string {
  const name = el.$type.slice(el.$type.indexOf(':') + 1);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** the extension element of a given type, e.g. `zeebe:TaskDefinition` */
export function extension(el: ModdleElement | undefined, type: string): ModdleElement | undefined {
  return children(child(el, 'extensionElements'), 'values').find((value) => value.$type === type);
}

/** the body of a `bpmn:FormalExpression` child such as `conditionExpression` or `timeDuration` */
export function expressionBody(el: ModdleElement | undefined, property: string): string | undefined {
  const expression = child(el, property);
  return expression ? (text(expression, 'body')?.trim() ?? '') : undefined;
}
