import { emptyValueOf, type FormSchema } from '@baton/sdk';
import { FieldProblem } from '../../../common/errors/baton.exception.js';
import { Role } from '../../../common/auth/role.js';
import { canonicalJson } from './canonical-json.util.js';
import { FormField, listFormFields } from './form-fields.util.js';

/**
 * Field permissions per role, a Baton extension on a field or dynamic list of the schema:
 * `"permissions": { "MEMBER": "view", "BUILDER": "hidden" }`. Roles not named may edit.
 * hidden: the value never leaves the server for that role (reads, history, filters, search);
 * view: readable, but a write that changes it is refused, never silently dropped.
 */
export type FieldAccess = 'hidden' | 'view' | 'edit';
const ACCESS = new Set<string>(['hidden', 'view', 'edit']);
const ROLES = new Set<string>(Object.values(Role));

export interface RestrictedFields {
  hidden: FormField[];
  /** Hidden and view-only fields: what the role may not change. */
  readOnly: FormField[];
}

export function accessOf(field: FormField, role: Role): FieldAccess {
  const permissions = field.component.permissions as Record<string, FieldAccess> | undefined;
  return permissions?.[role] ?? 'edit';
}

export function restrictedFields(schema: FormSchema, role: Role): RestrictedFields {
  const fields = listFormFields(schema).filter((field) => !field.inList);
  return {
    hidden: fields.filter((field) => accessOf(field, role) === 'hidden'),
    readOnly: fields.filter((field) => accessOf(field, role) !== 'edit'),
  };
}

/** Deploy-time check: known roles and levels, and no permissions inside dynamic lists (rows share their list's). */
export function permissionProblems(schema: FormSchema): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of listFormFields(schema)) {
    const permissions = field.component.permissions;
    if (permissions === undefined) continue;
    const at = `schema${field.pointer}/permissions`;
    if (field.inList) {
      problems.push({ key: at, message: { en: 'Set permissions on the dynamic list, not on fields inside it.', 'zh-CN': '请在动态列表上设置权限，而不是列表内的字段。' } });
    } else if (permissions === null || typeof permissions !== 'object' || Array.isArray(permissions)
      || Object.entries(permissions).some(([role, access]) => !ROLES.has(role) || typeof access !== 'string' || !ACCESS.has(access))) {
      problems.push({ key: at, message: { en: 'Map roles (OWNER, ADMIN, BUILDER, MEMBER) to hidden, view or edit.', 'zh-CN': '请将角色（OWNER、ADMIN、BUILDER、MEMBER）映射为 hidden、view 或 edit。' } });
    }
  }
  return problems;
}

/** A copy of the data without the hidden fields' values. */
export function withoutHidden(data: Record<string, unknown>, hidden: FormField[]): Record<string, unknown> {
  if (hidden.length === 0) return data;
  const copy = structuredClone(data);
  for (const field of hidden) {
    const parent = objectAt(copy, field.parts.slice(0, -1).map((part) => part.name));
    if (parent) delete parent[field.parts[field.parts.length - 1].name];
  }
  return copy;
}

/**
 * Checks a write against the role's read-only fields and pins them: `stored` is the record's current data
 * (null on submit, where they keep their defaults). A sent value that would change one is a problem; empty
 * values count as not sent, since renderers send every field.
 */
export function pinReadOnly(sent: Record<string, unknown>, stored: Record<string, unknown> | null, readOnly: FormField[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of readOnly) {
    const path = field.parts.map((part) => part.name);
    const parent = objectAt(sent, path.slice(0, -1));
    const name = path[path.length - 1];
    const current = stored ? objectAt(stored, path.slice(0, -1))?.[name] : undefined;
    // What a renderer sends for a field it may not change: nothing, the empty value, or what is already there.
    const unchanged = [current ?? null, stored ? null : field.component.defaultValue ?? null, emptyValueOf(field.type)].map((v) => canonicalJson(v));
    if (parent && name in parent && !isBlank(parent[name]) && !unchanged.includes(canonicalJson(parent[name]))) {
      problems.push({ key: field.key, rule: 'permission', message: { en: 'Your role may not change this field.', 'zh-CN': '您的角色不能修改此字段。' } });
    }
    if (parent) delete parent[name];
    if (stored && current !== undefined) setAt(sent, path, structuredClone(current));
  }
  return problems;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function objectAt(data: Record<string, unknown>, path: string[]): Record<string, unknown> | null {
  let current: unknown = data;
  for (const name of path) current = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>)[name] : undefined;
  return current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : null;
}

function setAt(data: Record<string, unknown>, path: string[], value: unknown): void {
  let current = data;
  for (const name of path.slice(0, -1)) {
    if (current[name] === null || typeof current[name] !== 'object' || Array.isArray(current[name])) current[name] = {};
    current = current[name] as Record<string, unknown>;
  }
  current[path[path.length - 1]] = value;
}
