import { isFeelExpression, type FeelContext, type FeelOptions } from '../../feel/evaluate-feel.js';
import { isOptionType } from '../schema/form-field-types.js';
import type { FormComponent, FormSchema } from '../schema/form-schema.types.js';
import type { FieldInstance } from '../submission/field-instances.js';
import { resolveOptionItems, type OptionItem } from '../submission/field-options.js';
import { evaluateProperty, expressionContext, isTrueCondition } from '../submission/form-feel.js';
import { formatPath, getAt, splitPath, type ValuePath } from '../submission/value-path.js';
import { renderTemplate } from '../template/render-template.js';
import { settleForm } from './settle-form.js';

export type FieldOptionView = OptionItem;

export interface TableView {
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, unknown>>;
}

/** One component instance as a renderer shows it for the current data. */
export interface FieldView {
  /** Instance id: stable for a component, `…[row].…` inside dynamic lists. */
  id: string;
  parentId: string | null;
  field: FormComponent;
  /** The data path of a keyed field or pathed container (`items[0].amount`); '' for layout-only components. */
  key: string;
  valuePath: ValuePath;
  keyed: boolean;
  value: unknown;
  hidden: boolean;
  disabled: boolean;
  readonly: boolean;
  required: boolean;
  label: string;
  description: string;
  /** select, radio, checklist, taglist: the options for the current data. */
  options?: FieldOptionView[];
  /** text (markdown), html (content), image (source), iframe (url): the templated text. */
  text?: string;
  table?: TableView;
  /** 1-based row numbers of the enclosing dynamic lists. */
  rows: number[];
}

export interface FormState {
  /** The data with defaults applied and expression fields computed: what the renderer binds to. */
  data: Record<string, unknown>;
  fields: FieldView[];
}

/** What a process step may override for a field (`baton:fieldPermissions`): hidden, view, edit or required. */
export type FieldPermission = 'hidden' | 'view' | 'edit' | 'required';

export interface FormStateOptions {
  feel?: FeelOptions;
  /** Per field key; fields not named keep the form's own rules. */
  permissions?: Record<string, FieldPermission>;
  /** The whole form is shown read-only (a done task, a record view). */
  readonly?: boolean;
}

const TEXT_PROPERTY: Record<string, string> = { text: 'text', html: 'content', image: 'source', iframe: 'url' };

/**
 * Evaluates everything a renderer needs for `data`, with the same settling rules the validator uses (defaults,
 * expression fields, hidden fields not feeding conditions), so what the browser shows is what the server accepts.
 */
export function evaluateFormState(
  schema: FormSchema,
  data: unknown,
  context: FeelContext = {},
  options: FormStateOptions = {},
): FormState {
  const feel = options.feel ?? {};
  const { working, instances, hidden, view } = settleForm(schema, data, context, feel, { defaultRows: true });
  const hiddenByPermission = new Set<string>();
  const fields = instances.map((instance): FieldView => {
    const feelContext = expressionContext(instance, view, context);
    const permission = permissionOf(instance, options.permissions);
    const parentHidden = instance.parentId !== null && hiddenByPermission.has(instance.parentId);
    if (permission === 'hidden' || parentHidden) {
      hiddenByPermission.add(instance.id);
    }
    const field = instance.field;
    const text = (property: unknown): string => renderTemplate(property, feelContext, feel).text;
    const fieldView: FieldView = {
      id: instance.id,
      parentId: instance.parentId,
      field,
      key: formatPath(instance.valuePath),
      valuePath: instance.valuePath,
      keyed: instance.keyed,
      value: instance.valuePath.length > 0 ? getAt(working, instance.valuePath) : undefined,
      hidden: hidden.has(instance.id) || hiddenByPermission.has(instance.id),
      disabled: isTrueCondition(field.disabled, feelContext, feel),
      readonly:
        options.readonly === true || permission === 'view' || isTrueCondition(field.readonly, feelContext, feel),
      required: permission === 'required' || isTrueCondition(field.validate?.required, feelContext, feel),
      label: text(field.label),
      description: text(field.description),
      rows: instance.rows,
    };
    if (isOptionType(field.type)) {
      fieldView.options = resolveOptionItems(field, feelContext, feel).items;
    }
    const textProperty = TEXT_PROPERTY[field.type];
    if (textProperty) {
      fieldView.text = text(field[textProperty]);
    }
    if (field.type === 'table') {
      fieldView.table = tableOf(field, feelContext, feel);
    }
    return fieldView;
  });
  return { data: working, fields };
}

function permissionOf(
  instance: FieldInstance,
  permissions: Record<string, FieldPermission> | undefined,
): FieldPermission | undefined {
  if (!permissions || !instance.keyed || typeof instance.field.key !== 'string') {
    return undefined;
  }
  return permissions[instance.field.key];
}

function tableOf(field: FormComponent, context: FeelContext, feel: FeelOptions): TableView {
  const source = field.dataSource;
  const rowsValue = isFeelExpression(source)
    ? evaluateProperty(source, context, feel).value
    : typeof source === 'string'
      ? getAt(context, splitPath(source))
      : undefined;
  const columnsValue =
    typeof field.columnsExpression === 'string'
      ? evaluateProperty(field.columnsExpression, context, feel).value
      : field.columns;
  const columns = Array.isArray(columnsValue)
    ? columnsValue
        .filter(
          (column): column is { key: unknown; label?: unknown } =>
            column !== null && typeof column === 'object' && 'key' in column,
        )
        .map((column) => ({
          key: String(column.key),
          label: typeof column.label === 'string' ? column.label : String(column.key),
        }))
    : [];
  // rows left empty by hidden fields (a list row whose group is hidden) are not shown, as in form-js
  const rows = Array.isArray(rowsValue)
    ? rowsValue.filter(
        (row: unknown): row is Record<string, unknown> =>
          row !== null && typeof row === 'object' && !Array.isArray(row) && Object.keys(row).length > 0,
      )
    : [];
  return { columns, rows };
}
