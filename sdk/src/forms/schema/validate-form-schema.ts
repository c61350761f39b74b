import type { z } from 'zod';
import type { FormSchema } from './form-schema.types.js';
import { componentShape, rootShape } from './form-schema.zod.js';
import { defaultValueTypeOf, isKnownType, PROPERTY_RULES, requiredPropertiesOf } from './form-schema.rules.js';

/** One problem in a schema; `path` is a JSON pointer like Ajv's `instancePath` (`/components/0/key`). */
export interface FormSchemaIssue {
  path: string;
  message: string;
  /** `structure`: the form cannot work (unknown type, missing key); `property`: a property form-js would ignore or reject. */
  kind: 'structure' | 'property';
}

/**
 * `strict` (default) is form-js' published JSON schema. `import` is what the form-js viewer itself accepts:
 * Camunda forms in the wild (and form-js' own fixtures) carry properties their type does not use or keys
 * with dashes; those become `warnings` so such forms import unchanged.
 */
export interface FormSchemaCheckOptions {
  mode?: 'strict' | 'import';
}

export type FormSchemaCheck =
  | { valid: true; schema: FormSchema; errors: []; warnings: FormSchemaIssue[] }
  | { valid: false; errors: FormSchemaIssue[]; warnings: FormSchemaIssue[] };

const ROOT_ONLY_WITHOUT_DEFAULT = ['layout', 'conditional', 'properties'];

/**
 * Validates a form-js schema (plus Baton's field types) the way form-js' published JSON schema does:
 * property types, which properties each component type may carry, required properties and default value types.
 */
export function validateFormSchema(input: unknown, options: FormSchemaCheckOptions = {}): FormSchemaCheck {
  const issues: FormSchemaIssue[] = [];
  const errors = collector(issues);
  const root = rootShape.safeParse(input);
  if (!root.success) {
    errors.push(...fromZod(root.error, ''));
  }
  if (isRecord(input)) {
    if (input.type === 'default') {
      ROOT_ONLY_WITHOUT_DEFAULT.filter((property) => property in input).forEach((property) =>
        errors.push({ path: `/${property}`, message: 'is not allowed on a form' }),
      );
    }
    if (Array.isArray(input.components)) {
      input.components.forEach((component, index) => checkComponent(component, `/components/${index}`, errors));
    }
  }
  const lenient = options.mode === 'import';
  const failures = issues.filter((issue) => !lenient || issue.kind === 'structure');
  const warnings = issues.filter((issue) => !failures.includes(issue));
  return failures.length === 0
    ? { valid: true, schema: input as FormSchema, errors: [], warnings }
    : { valid: false, errors: failures, warnings };
}

type NewIssue = Omit<FormSchemaIssue, 'kind'> & { kind?: FormSchemaIssue['kind'] };

/** Collects issues; an issue is about a `property` unless said otherwise. */
interface IssueSink {
  push: (...issues: NewIssue[]) => void;
}

function collector(issues: FormSchemaIssue[]): IssueSink {
  return { push: (...found) => issues.push(...found.map((issue) => ({ kind: 'property' as const, ...issue }))) };
}

function checkComponent(component: unknown, path: string, errors: IssueSink): void {
  const shape = componentShape.safeParse(component);
  if (!shape.success) {
    errors.push(...fromZod(shape.error, path));
  }
  if (!isRecord(component) || typeof component.type !== 'string') {
    return;
  }
  const { type } = component;
  if (!isKnownType(type)) {
    errors.push({ path: `${path}/type`, message: `unknown component type "${type}"`, kind: 'structure' });
  }

  for (const rule of PROPERTY_RULES) {
    if (rule.allowed(type, component)) {
      continue;
    }
    const owner = rule.within ? component[rule.within] : component;
    const ownerPath = rule.within ? `${path}/${rule.within}` : path;
    if (isRecord(owner)) {
      rule.properties
        .filter((property) => property in owner)
        .forEach((property) =>
          errors.push({ path: `${ownerPath}/${property}`, message: `is not allowed for type "${type}"` }),
        );
    }
  }

  for (const alternatives of requiredPropertiesOf(type, component)) {
    if (!alternatives.some((property) => property in component)) {
      errors.push({ path, message: `must have required property '${alternatives.join("' or '")}'`, kind: 'structure' });
    }
  }
  if (type === 'table' && 'columns' in component && 'columnsExpression' in component) {
    ['columns', 'columnsExpression'].forEach((property) =>
      errors.push({
        path: `${path}/${property}`,
        message: "'columns' and 'columnsExpression' must not exist together",
      }),
    );
  }
  checkDefaultValueType(component, type, path, errors);
  if (
    isRecord(component.validate) &&
    'patternErrorMessage' in component.validate &&
    !('pattern' in component.validate)
  ) {
    errors.push({ path: `${path}/validate`, message: "must have required property 'pattern'" });
  }

  if (Array.isArray(component.components)) {
    component.components.forEach((child, index) => checkComponent(child, `${path}/components/${index}`, errors));
  }
}

function checkDefaultValueType(
  component: Record<string, unknown>,
  type: string,
  path: string,
  errors: IssueSink,
): void {
  const expected = defaultValueTypeOf(type);
  if (!expected || !('defaultValue' in component)) {
    return;
  }
  const value = component.defaultValue;
  const actual = Array.isArray(value) ? 'array' : typeof value;
  if (!expected.includes(actual)) {
    errors.push({ path: `${path}/defaultValue`, message: `must be ${expected.join(',')}` });
  }
}

const STRUCTURAL = new Set(['', 'type', 'components']);

function fromZod(error: z.ZodError, prefix: string): FormSchemaIssue[] {
  return error.issues.map((issue) => ({
    path: prefix + issue.path.map((segment) => `/${String(segment)}`).join(''),
    message: issue.message,
    kind: STRUCTURAL.has(String(issue.path[0] ?? '')) && issue.path.length <= 1 ? 'structure' : 'property',
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
