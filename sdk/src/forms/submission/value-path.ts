export type ValuePath = Array<string | number>;

export function getAt(data: unknown, path: ValuePath): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

export function setAt(data: Record<string, unknown>, path: ValuePath, value: unknown): void {
  let current: Record<string | number, unknown> = data;
  path.forEach((segment, index) => {
    if (index === path.length - 1) {
      current[segment] = value;
      return;
    }
    const next = current[segment];
    if (next === null || typeof next !== 'object') {
      current[segment] = typeof path[index + 1] === 'number' ? [] : {};
    }
    current = current[segment] as Record<string | number, unknown>;
  });
}

/** `items[0].amount`: the key an error names, as form-js' `pathStringify` does. */
export function formatPath(path: ValuePath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') {
      return `${text}[${segment}]`;
    }
    return text ? `${text}.${segment}` : segment;
  }, '');
}

export const splitPath = (dotted: string | undefined): string[] => (dotted ? dotted.split('.').filter(Boolean) : []);

export function cloneJson<T>(value: T): T {
  // texts, numbers and booleans are their own copy; structuredClone costs microseconds even for them
  if (
    value === undefined ||
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  return structuredClone(value);
}
