import { Role } from '../../../common/auth/role.js';
import { FormEntity } from '../../form/entities/form.entity.js';
import { restrictedFields } from '../../form/utils/field-permissions.util.js';
import { FormField, listFormFields } from '../../form/utils/form-fields.util.js';

export interface ReadableFields {
  /** What a role may filter and sort on: every version's fields, newest definition first. */
  fields: Map<string, FormField>;
  /** Fields hidden from the role in any version: kept out of filters, sorts and search. */
  hidden: FormField[];
}

/** A field hidden in any version stays hidden: its values would otherwise leak through filters on old records. */
export function readableFields(versions: FormEntity[], role: Role): ReadableFields {
  const fields = new Map<string, FormField>();
  const hidden = new Map<string, FormField>();
  for (const form of versions) {
    for (const field of restrictedFields(form.schema, role).hidden) if (!hidden.has(field.key)) hidden.set(field.key, field);
    for (const field of listFormFields(form.schema)) if (!fields.has(field.key)) fields.set(field.key, field);
  }
  for (const key of fields.keys()) if ([...hidden.keys()].some((h) => key === h || key.startsWith(`${h}.`))) fields.delete(key);
  return { fields, hidden: [...hidden.values()] };
}
