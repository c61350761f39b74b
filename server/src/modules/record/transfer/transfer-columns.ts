import type { FormSchema } from '@baton/sdk';
import { Role } from '../../../common/auth/role.js';
import { accessOf } from '../../form/utils/field-permissions.util.js';
import { FormField, listFormFields } from '../../form/utils/form-fields.util.js';

/** A spreadsheet column of a form: one per field outside dynamic lists (a dynamic list is one JSON column). */
export interface TransferColumn {
  field: FormField;
  header: string;
}

/** Field types without a value to import (display-only, or given by the server). */
const NOT_IMPORTED = new Set(['serialnumber', 'expression', 'filepicker']);

const labelOf = (field: FormField): string => {
  const label = field.component.label;
  return typeof label === 'string' && label.trim() !== '' ? label.trim() : field.key;
};

/** The columns a role may see, in form order; headers are labels, made unique with the key where two collide. */
export function transferColumns(schema: FormSchema, role: Role): TransferColumn[] {
  const fields = listFormFields(schema).filter((field) => !field.inList && accessOf(field, role) !== 'hidden');
  const labels = fields.map(labelOf);
  return fields.map((field, i) => ({ field, header: labels.indexOf(labels[i]) === labels.lastIndexOf(labels[i]) ? labels[i] : `${labels[i]} [${field.key}]` }));
}

/** Columns an import may write: visible, editable by the role, and holding a value the submitter gives. */
export function importableColumns(schema: FormSchema, role: Role): TransferColumn[] {
  return transferColumns(schema, role).filter(({ field }) => accessOf(field, role) === 'edit' && !NOT_IMPORTED.has(field.type));
}

/** A cell for a stored value: text, number or boolean; option lists joined; dynamic lists and objects as JSON. */
export function cellOf(value: unknown, field: FormField): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && field.type !== 'dynamiclist' && value.every((v) => typeof v !== 'object')) return value.join(', ');
  return JSON.stringify(value);
}

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '对', '√', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '']);

/**
 * A cell read from a file as the value the form expects, or `undefined` for an empty cell (left out, so defaults and
 * "required" apply). Values that cannot be converted are passed through as text: the form's validator then names the
 * field and the rule, exactly as for a submission typed by hand.
 */
export function valueOf(cell: unknown, field: FormField): unknown {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  const text = cell instanceof Date ? cell.toISOString() : String(cell).trim();
  const component = field.component as { subtype?: string; values?: { label: string; value: string }[] };
  switch (field.type) {
    case 'number': {
      if (typeof cell === 'number') return cell;
      const n = Number(text.replace(/[,，\s]/g, ''));
      return Number.isFinite(n) ? n : text;
    }
    case 'checkbox': {
      if (typeof cell === 'boolean') return cell;
      const key = text.toLowerCase();
      return TRUE.has(key) ? true : FALSE.has(key) ? false : text;
    }
    case 'checklist':
    case 'taglist':
      return text.split(/[,，;；]/).map((part) => optionValue(part.trim(), component.values)).filter((part) => part !== '');
    case 'select':
    case 'radio':
      return optionValue(text, component.values);
    case 'datetime':
      if (cell instanceof Date) return component.subtype === 'date' ? cell.toISOString().slice(0, 10) : cell.toISOString();
      return text;
    case 'dynamiclist':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return typeof cell === 'number' && field.type !== 'textfield' && field.type !== 'textarea' ? cell : text;
  }
}

/** An option's value from its value or its label (people type what they see). */
function optionValue(text: string, values: { label: string; value: string }[] | undefined): string {
  const match = values?.find((option) => option.value === text) ?? values?.find((option) => option.label === text);
  return match ? match.value : text;
}
