import { validateFormSchema, type FormComponent, type FormSchema } from '@baton/sdk';
import { computed, ref, shallowRef } from 'vue';
import { CommandStack } from './command-stack';
import { componentAt, pathOfId, walkComponents, type ComponentPath } from './component-path';
import { newField } from './new-field';
import { insertComponent, moveComponent, removeComponent, updateComponent, type Placement } from './schema-commands';

export interface DesignerProblem {
  /** JSON pointer in the schema (`/components/2/key`). */
  pointer: string;
  message: string;
  /** The component it is about, when there is one. */
  componentId?: string;
  severity: 'error' | 'warning';
}

const newId = (): string => `Field_${Math.random().toString(36).slice(2, 9)}`;

/** Gives every component an id (the designer selects by id) and the form a key; form-js editors do the same on import. */
export function normalizeSchema(input: FormSchema, fallbackKey = 'new_form'): FormSchema {
  const schema = structuredClone(input);
  schema.type = 'default';
  if (typeof schema.id !== 'string' || schema.id === '') schema.id = fallbackKey;
  if (!Array.isArray(schema.components)) schema.components = [];
  for (const { component } of walkComponents(schema)) {
    if (typeof component.id !== 'string' || component.id === '') component.id = newId();
    // every component gets a layout row, so fields can be placed beside one another
    const layout = (component.layout ?? {}) as { row?: unknown };
    if (typeof layout.row !== 'string' || layout.row === '')
      component.layout = { ...layout, row: `Row_${component.id}` };
  }
  return schema;
}

/** Turns a pointer (`/components/1/components/0/key`) into the id of the component it is about. */
export function componentIdOfPointer(schema: FormSchema, pointer: string): string | undefined {
  const path: ComponentPath = [];
  const segments = pointer
    .replace(/^\/?schema/, '')
    .split('/')
    .filter(Boolean);
  for (let at = 0; at + 1 < segments.length; at += 2) {
    if (segments[at] !== 'components' || !/^\d+$/.test(segments[at + 1])) break;
    path.push(Number(segments[at + 1]));
  }
  return path.length > 0 ? (componentAt(schema, path)?.id as string | undefined) : undefined;
}

function duplicateKeys(schema: FormSchema): DesignerProblem[] {
  const seen = new Map<string, string>();
  const problems: DesignerProblem[] = [];
  for (const { component, path } of walkComponents(schema)) {
    const key =
      typeof component.key === 'string' ? component.key : component.type === 'dynamiclist' ? component.path : undefined;
    if (typeof key !== 'string' || key === '') continue;
    if (seen.has(key)) {
      problems.push({
        pointer: `/components/${path.join('/components/')}/key`,
        message: `Two fields write "${key}".`,
        componentId: component.id,
        severity: 'error',
      });
    }
    seen.set(key, String(component.id));
  }
  return problems;
}

/** The designer's document: the schema behind a command stack, the selection and the problems to show. */
export function useFormDesigner(initial: FormSchema, locale: () => string) {
  const stack = new CommandStack<FormSchema>(normalizeSchema(initial));
  const schema = shallowRef(stack.state);
  const selectedId = ref<string | null>(null);
  const revision = ref(0);
  /** The display name deployForm gets (not part of form-js JSON). */
  const formName = ref('');

  const sync = (): void => {
    schema.value = stack.state;
    revision.value += 1;
  };
  const run = (command: (state: FormSchema) => FormSchema, mergeKey?: string): void => {
    stack.execute(command, mergeKey);
    sync();
  };
  const pathOf = (id: string): ComponentPath | null => pathOfId(schema.value, id);

  const selectedPath = computed(() => (selectedId.value ? pathOf(selectedId.value) : null));
  const selected = computed<FormComponent | undefined>(() =>
    selectedPath.value ? componentAt(schema.value, selectedPath.value) : undefined,
  );
  const canUndo = computed(() => revision.value >= 0 && stack.canUndo);
  const canRedo = computed(() => revision.value >= 0 && stack.canRedo);
  const problems = computed<DesignerProblem[]>(() => {
    const check = validateFormSchema(schema.value, { mode: 'import' });
    const issues = check.valid ? [] : check.errors.map((issue) => ({ ...issue, severity: 'error' as const }));
    return [
      ...issues.map((issue) => ({
        pointer: issue.path,
        message: issue.message,
        componentId: componentIdOfPointer(schema.value, issue.path),
        severity: issue.severity,
      })),
      ...check.warnings.map((issue) => ({
        pointer: issue.path,
        message: issue.message,
        componentId: componentIdOfPointer(schema.value, issue.path),
        severity: 'warning' as const,
      })),
      ...duplicateKeys(schema.value),
    ];
  });

  return {
    schema,
    selectedId,
    selected,
    selectedPath,
    canUndo,
    canRedo,
    problems,
    pathOf,
    select: (id: string | null) => (selectedId.value = id),
    add(type: string, placement?: Placement): string {
      const field = newField(type, schema.value, locale());
      run((state) => insertComponent(state, field, placement ?? { parent: [], index: state.components.length }));
      selectedId.value = String(field.id);
      return String(field.id);
    },
    move(id: string, placement: Placement): void {
      const from = pathOf(id);
      if (from) run((state) => moveComponent(state, from, placement));
    },
    remove(id: string): void {
      const path = pathOf(id);
      if (!path) return;
      run((state) => removeComponent(state, path));
      if (selectedId.value === id) selectedId.value = null;
    },
    update(id: string, patch: Record<string, unknown>, mergeKey?: string): void {
      const path = pathOf(id);
      if (path) run((state) => updateComponent(state, path, patch), mergeKey);
    },
    formName,
    setFormKey(value: string): void {
      run((state) => ({ ...state, id: value }), 'form:id');
    },
    undo(): void {
      stack.undo();
      sync();
    },
    redo(): void {
      stack.redo();
      sync();
    },
    load(next: FormSchema, name = ''): void {
      stack.reset(normalizeSchema(next));
      formName.value = name;
      selectedId.value = null;
      sync();
    },
  };
}

export type FormDesigner = ReturnType<typeof useFormDesigner>;
