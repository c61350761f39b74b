import { FieldProblem, LocalizedText } from '../../../common/errors/baton.exception.js';
import type { FormField } from '../../form/utils/form-fields.util.js';
import { FilterMatch, FilterOperator, RecordFilter, RecordSort, SortDirection } from '../dtos/records-query.input.js';

export type FieldRef = { kind: 'data'; field: FormField } | { kind: 'createdAt' };

export interface PlannedCondition {
  ref: FieldRef;
  op: FilterOperator;
  value: unknown;
}

export interface QueryPlan {
  conditions: PlannedCondition[];
  /** ANY: at least one condition holds */
  match: FilterMatch;
  search: string | null;
  deleted: boolean;
  sort: { ref: FieldRef; direction: SortDirection };
  /** Fields hidden from the actor: search must not match their values. */
  hiddenFromSearch: FormField[];
}

/** Field types whose value is a list of options: `contains` asks for an element, not a substring. */
export const ARRAY_TYPES = new Set(['checklist', 'taglist']);
const MAX_CONDITIONS = 20;
const DATE_OPERATORS = new Set<FilterOperator>([FilterOperator.eq, FilterOperator.ne, FilterOperator.gt, FilterOperator.gte, FilterOperator.lt, FilterOperator.lte, FilterOperator.between]);
const MAX_IN = 100;
const MAX_TEXT = 200;

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value) && !Number.isNaN(value);
const isOrderable = (value: unknown): value is string | number => (typeof value === 'string' && value.length <= MAX_TEXT) || (typeof value === 'number' && Number.isFinite(value));
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

const text = (en: string, zh: string): LocalizedText => ({ en, 'zh-CN': zh });

/** Why a value does not suit an operator, or null. */
function valueProblem(op: FilterOperator, value: unknown, ref: FieldRef): LocalizedText | null {
  const orderable = ref.kind === 'createdAt' ? isDate : isOrderable;
  switch (op) {
    case FilterOperator.eq:
    case FilterOperator.ne:
      return (ref.kind === 'createdAt' ? isDate(value) : isScalar(value)) ? null : text('Give one text, number or boolean value; use `empty` for missing values.', '请给出一个文本、数字或布尔值；缺失值请用 empty。');
    case FilterOperator.gt:
    case FilterOperator.gte:
    case FilterOperator.lt:
    case FilterOperator.lte:
      return orderable(value) ? null : text('Give a number, or a text such as a date (2026-05-01).', '请给出数字，或日期等文本（如 2026-05-01）。');
    case FilterOperator.contains:
      if (ref.kind === 'data' && ARRAY_TYPES.has(ref.field.type)) return isScalar(value) ? null : text('Give the option value to look for.', '请给出要查找的选项值。');
      return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT ? null : text(`Give a text of 1–${MAX_TEXT} characters.`, `请给出 1–${MAX_TEXT} 个字符的文本。`);
    case FilterOperator.in:
      return Array.isArray(value) && value.length > 0 && value.length <= MAX_IN && value.every(isScalar) ? null : text(`Give a list of 1–${MAX_IN} values.`, `请给出 1–${MAX_IN} 个值的列表。`);
    case FilterOperator.between:
      return Array.isArray(value) && value.length === 2 && value.every(orderable) && typeof value[0] === typeof value[1] ? null : text('Give [low, high], two numbers or two texts.', '请给出 [下限, 上限]：两个数字或两个文本。');
    case FilterOperator.empty:
      return typeof value === 'boolean' ? null : text('Give true (no value) or false (has a value).', '请给出 true（无值）或 false（有值）。');
  }
}

/**
 * Checks a records query against the form's data paths and turns it into a plan the repository turns into SQL.
 * Unknown fields and unsuitable values come back as problems naming the input path.
 */
export function planRecordQuery(
  fields: Map<string, FormField>, filter: RecordFilter | null | undefined, sort: RecordSort | null | undefined, hidden: FormField[] = [],
): QueryPlan | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const resolve = (name: string, key: string): FieldRef | null => {
    if (name === 'createdAt') return { kind: 'createdAt' };
    const field = fields.get(name);
    if (field) return { kind: 'data', field };
    problems.push({ key, message: text(`The form has no field "${name}".`, `表单没有字段“${name}”。`) });
    return null;
  };
  const conditions: PlannedCondition[] = [];
  const given = filter?.conditions ?? [];
  if (given.length > MAX_CONDITIONS) problems.push({ key: 'filter.conditions', message: text(`Use at most ${MAX_CONDITIONS} conditions.`, `条件最多 ${MAX_CONDITIONS} 个。`) });
  given.slice(0, MAX_CONDITIONS).forEach((condition, index) => {
    const at = `filter.conditions[${index}]`;
    const ref = resolve(condition.field, `${at}.field`);
    if (!ref) return;
    if (ref.kind === 'data' && ref.field.type === 'dynamiclist' && condition.op !== FilterOperator.empty) {
      problems.push({ key: `${at}.op`, message: text('A dynamic list supports only `empty`; filter on its fields instead (items.amount).', '动态列表只支持 empty；请对其字段筛选（如 items.amount）。') });
      return;
    }
    if (ref.kind === 'createdAt' && !DATE_OPERATORS.has(condition.op)) {
      problems.push({ key: `${at}.op`, message: text('createdAt supports eq, ne, gt, gte, lt, lte and between.', 'createdAt 支持 eq、ne、gt、gte、lt、lte 和 between。') });
      return;
    }
    const problem = valueProblem(condition.op, condition.value, ref);
    if (problem) problems.push({ key: `${at}.value`, message: problem });
    else conditions.push({ ref, op: condition.op, value: condition.value });
  });
  const search = filter?.search?.trim() || null;
  if (search && search.length > MAX_TEXT) problems.push({ key: 'filter.search', message: text(`Use at most ${MAX_TEXT} characters.`, `最多 ${MAX_TEXT} 个字符。`) });
  const sortRef: FieldRef | null = sort ? resolve(sort.field, 'sort.field') : { kind: 'createdAt' };
  if (sortRef?.kind === 'data' && (sortRef.field.inList || sortRef.field.type === 'dynamiclist' || ARRAY_TYPES.has(sortRef.field.type))) {
    problems.push({ key: 'sort.field', message: text('Sort by a single-value field outside dynamic lists.', '请按动态列表之外的单值字段排序。') });
  }
  if (problems.length > 0 || !sortRef) return { problems };
  const direction = sort?.direction ?? (sort ? SortDirection.ASC : SortDirection.DESC);
  if (filter?.match != null && !Object.values(FilterMatch).includes(filter.match)) {
    return { problems: [{ key: 'filter.match', message: text('Use ALL or ANY.', '请使用 ALL 或 ANY。') }] };
  }
  return { conditions, match: filter?.match ?? FilterMatch.ALL, search, deleted: filter?.deleted ?? false, sort: { ref: sortRef, direction }, hiddenFromSearch: hidden };
}
