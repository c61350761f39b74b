import type { FormComponent } from '@baton/sdk';
import { FieldProblem } from '../../../common/errors/baton.exception.js';
import { FilterOperator } from '../../record/dtos/records-query.input.js';

const FORM_KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/;
const OPERATORS = new Set<string>(Object.values(FilterOperator));
const REGION_LEVELS = new Set(['province', 'city', 'district']);
const MAX_DISPLAY_FIELDS = 10;

const problem = (key: string, en: string, zh: string): FieldProblem => ({ key, message: { en, 'zh-CN': zh } });
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Deploy-time shape of Baton's record lookup (关联数据) and region fields. The lookup's form may be deployed later,
 * so its keys are checked when a record is submitted, not here. `at` is the component's JSON pointer below `schema`.
 */
export function lowcodeFieldProblems(component: FormComponent, at: string): FieldProblem[] {
  if (component.type === 'region') {
    return component.level === undefined || REGION_LEVELS.has(String(component.level))
      ? []
      : [problem(`${at}/level`, 'Region level: use province, city or district.', '地区级别请使用 province、city 或 district。')];
  }
  if (component.type !== 'recordlookup') return [];
  const problems: FieldProblem[] = [];
  const { formKey, displayFields, fill, filter } = component as { formKey?: unknown; displayFields?: unknown; fill?: unknown; filter?: unknown };
  if (typeof formKey !== 'string' || !FORM_KEY.test(formKey)) {
    problems.push(problem(`${at}/formKey`, 'A record lookup needs "formKey": the key of the form its records come from.', '关联数据字段需要 "formKey"：数据来源表单的键。'));
  }
  if (displayFields !== undefined && (!isTexts(displayFields) || displayFields.length > MAX_DISPLAY_FIELDS)) {
    problems.push(problem(`${at}/displayFields`, `"displayFields" lists 1–${MAX_DISPLAY_FIELDS} field keys of that form.`, `"displayFields" 须列出该表单的 1–${MAX_DISPLAY_FIELDS} 个字段键。`));
  }
  if (fill !== undefined && (!isObject(fill) || !Object.entries(fill).every(([target, source]) => target !== '' && typeof source === 'string' && source !== ''))) {
    problems.push(problem(`${at}/fill`, '"fill" maps a field key of this form to a field key of the picked record: { "phone": "mobile" }.', '"fill" 将本表单的字段键映射到所选记录的字段键，如 { "phone": "mobile" }。'));
  }
  if (filter !== undefined && !isFilter(filter)) {
    problems.push(problem(`${at}/filter`, '"filter" is a records filter: { "conditions": [{ "field", "op", "value" }], "match": "ALL" | "ANY" }.', '"filter" 须为记录筛选：{ "conditions": [{ "field", "op", "value" }], "match": "ALL" 或 "ANY" }。'));
  }
  return problems;
}

function isFilter(filter: unknown): boolean {
  if (!isObject(filter)) return false;
  const { conditions, match, search, ...rest } = filter;
  return Object.keys(rest).length === 0
    && (conditions === undefined || (Array.isArray(conditions) && conditions.every((c) => isObject(c) && typeof c.field === 'string' && OPERATORS.has(String(c.op)))))
    && (match === undefined || match === 'ALL' || match === 'ANY')
    && (search === undefined || typeof search === 'string');
}
