import type { FormComponent, FormSchema } from '@baton/sdk';
import type { EntityManager } from 'typeorm';
import { FieldProblem } from '../../common/errors/baton.exception.js';
import type { StepFieldAccess } from '../../engine/parse/process-model.js';
import { loadModel } from '../../engine/runtime/load-model.js';

export type StepPermissions = Readonly<Record<string, StepFieldAccess>>;

/** The field permissions the model gives this user task (empty when it names none). */
export async function stepPermissions(em: EntityManager, definitionId: string, elementId: string): Promise<StepPermissions> {
  const node = (await loadModel(em, definitionId)).nodes[elementId];
  return node?.kind === 'userTask' ? (node.fieldPermissions ?? {}) : {};
}

const locked = (access: StepFieldAccess | undefined) => access === 'hidden' || access === 'view';

/**
 * Applies a step's permissions to submitted variables: a hidden or view-only field whose value differs from what the
 * instance holds is refused (`rule: 'permission'`, never dropped silently); those fields then carry the instance's
 * values for validation and are left out of what the task completes with.
 */
export function applyStepPermissions(permissions: StepPermissions, submitted: Record<string, unknown>, current: Record<string, unknown>): {
  refused: FieldProblem[];
  input: Record<string, unknown>;
  lockedKeys: string[];
} {
  const lockedKeys = Object.keys(permissions).filter((key) => locked(permissions[key]));
  const refused: FieldProblem[] = lockedKeys
    .filter((key) => key in submitted && JSON.stringify(submitted[key]) !== JSON.stringify(current[key] ?? null) && !(submitted[key] == null && current[key] == null))
    .map((key) => ({ key, rule: 'permission', message: { en: 'This field cannot be changed at this step.', 'zh-CN': '此步骤不能修改该字段。' } }));
  const input = { ...submitted };
  for (const key of lockedKeys) {
    if (key in current) input[key] = current[key];
    else delete input[key];
  }
  return { refused, input, lockedKeys };
}

/** The form with `validate.required` set on the fields this step requires (the form itself is not changed). */
export function withStepRequired(schema: FormSchema, permissions: StepPermissions): FormSchema {
  const required = new Set(Object.keys(permissions).filter((key) => permissions[key] === 'required'));
  if (required.size === 0) return schema;
  const visit = (components: FormComponent[]): FormComponent[] =>
    components.map((component) => {
      const next: FormComponent = Array.isArray(component.components) ? { ...component, components: visit(component.components) } : { ...component };
      if (typeof component.key === 'string' && required.has(component.key)) next.validate = { ...(component.validate as object | undefined), required: true };
      return next;
    });
  return { ...schema, components: visit(schema.components ?? []) };
}

/** Without a form, "required" means present and not empty. */
export function missingRequired(permissions: StepPermissions, input: Record<string, unknown>): FieldProblem[] {
  return Object.keys(permissions)
    .filter((key) => permissions[key] === 'required' && (input[key] === undefined || input[key] === null || input[key] === ''))
    .map((key) => ({ key, rule: 'required', message: { en: 'Required at this step.', 'zh-CN': '此步骤必填。' } }));
}
