import { isInputType, isOptionType } from '@baton/sdk';

export type PropertyKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'boolean'
  /** FEEL expression (stored with its leading `=`) in the FEEL editor. */
  | 'feel'
  /** `true`, or a FEEL condition (required, readonly, disabled). */
  | 'condition'
  /** A number or a FEEL expression (min / max / lengths). */
  | 'number-or-feel'
  | 'choice'
  /** Static options of a select, radio, checklist or taglist. */
  | 'options'
  /** Any JSON value (default values of lists, table columns). */
  | 'json'
  /** Custom validation rules: FEEL condition plus message. */
  | 'rules';

export type PropertyGroup = 'general' | 'options' | 'validation' | 'logic' | 'layout';

export interface PropertySpec {
  name: string;
  kind: PropertyKind;
  group: PropertyGroup;
  label: { en: string; 'zh-CN': string };
  /** Which component types carry it. */
  applies: (type: string) => boolean;
  choices?: Array<{ value: string; label: { en: string; 'zh-CN': string } }>;
}

const types =
  (...list: string[]) =>
  (type: string): boolean =>
    list.includes(type);
const inputs = (type: string): boolean => isInputType(type);
const valueInputs = (type: string): boolean => isInputType(type) && !['expression', 'serialnumber'].includes(type);
const labelled = (type: string): boolean => !['text', 'html', 'separator', 'spacer'].includes(type);
const l = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const p = (
  name: string,
  kind: PropertyKind,
  group: PropertyGroup,
  label: PropertySpec['label'],
  applies: PropertySpec['applies'],
  choices?: PropertySpec['choices'],
): PropertySpec => ({
  name,
  kind,
  group,
  label,
  applies,
  choices,
});

/** The properties panel, in display order. One entry per property; the panel renders them generically. */
export const PROPERTY_SPECS: readonly PropertySpec[] = [
  p('key', 'text', 'general', l('Key (variable name)', '字段标识（变量名）'), inputs),
  p('path', 'text', 'general', l('Path (data location)', '数据路径'), types('group', 'dynamiclist')),
  p('label', 'text', 'general', l('Label', '标题'), labelled),
  p('description', 'text', 'general', l('Description', '描述'), valueInputs),
  p(
    'defaultValue',
    'json',
    'general',
    l('Default value', '默认值'),
    (type) => valueInputs(type) && type !== 'filepicker' && type !== 'signature',
  ),
  p(
    'text',
    'textarea',
    'general',
    l('Text (markdown, {{templates}})', '文本（Markdown，支持 {{模板}}）'),
    types('text'),
  ),
  p('content', 'textarea', 'general', l('HTML content', 'HTML 内容'), types('html')),
  p('source', 'text', 'general', l('Image source (URL or FEEL)', '图片地址（URL 或 FEEL）'), types('image')),
  p('alt', 'text', 'general', l('Alternative text', '替代文本'), types('image')),
  p('url', 'text', 'general', l('URL', '网址'), types('iframe')),
  p('expression', 'feel', 'general', l('Expression', '计算公式'), types('expression')),
  p('computeOn', 'choice', 'general', l('Compute', '计算时机'), types('expression'), [
    { value: 'change', label: l('On every change', '每次修改时') },
    { value: 'presubmit', label: l('Before submit', '提交前') },
  ]),
  p('subtype', 'choice', 'general', l('Type', '类型'), types('datetime'), [
    { value: 'date', label: l('Date', '日期') },
    { value: 'time', label: l('Time', '时间') },
    { value: 'datetime', label: l('Date and time', '日期和时间') },
  ]),
  p('timeSerializingFormat', 'choice', 'general', l('Time zone', '时区'), types('datetime'), [
    { value: 'utc_offset', label: l('Keep the writer’s UTC offset', '保留填写人的时区偏移') },
    { value: 'utc_normalized', label: l('Convert to UTC', '转换为 UTC') },
    { value: 'no_timezone', label: l('No time zone (wall clock)', '不带时区') },
  ]),
  p('use24h', 'boolean', 'general', l('24-hour clock', '24 小时制'), types('datetime')),
  p('action', 'choice', 'general', l('Action', '动作'), types('button'), [
    { value: 'submit', label: l('Submit', '提交') },
    { value: 'reset', label: l('Reset', '重置') },
  ]),
  p(
    'pattern',
    'text',
    'general',
    l('Number pattern, e.g. RN-{yyyy}{MM}-{0000}', '编号规则，如 RN-{yyyy}{MM}-{0000}'),
    types('serialnumber'),
  ),
  p('currency', 'text', 'general', l('Currency (ISO code, e.g. CNY)', '货币（ISO 代码，如 CNY）'), types('number')),
  p('decimalDigits', 'number', 'general', l('Decimal digits', '小数位数'), types('number')),
  p('increment', 'number', 'general', l('Increment', '步长'), types('number')),
  p('multiple', 'boolean', 'general', l('Allow several', '允许多个'), types('filepicker', 'member', 'department', 'recordlookup')),
  p('accept', 'text', 'general', l('Accepted types (.pdf,.png)', '允许的类型（.pdf,.png）'), types('filepicker')),
  p('searchable', 'boolean', 'general', l('Searchable', '可搜索'), types('select')),
  p('dataSource', 'feel', 'general', l('Rows (FEEL)', '数据来源（FEEL）'), types('table')),
  p('columns', 'json', 'general', l('Columns [{label, key}]', '列 [{label, key}]'), types('table')),
  p('rowCount', 'number', 'general', l('Rows per page', '每页行数'), types('table')),
  p('allowAddRemove', 'boolean', 'general', l('Users add and remove rows', '允许增删行'), types('dynamiclist')),
  p('defaultRepetitions', 'number', 'general', l('Rows at start', '初始行数'), types('dynamiclist')),
  p('totals', 'json', 'general', l('Column totals (keys)', '合计列（字段标识）'), types('dynamiclist')),
  p('showOutline', 'boolean', 'layout', l('Show outline', '显示边框'), types('group', 'dynamiclist')),
  p('height', 'number', 'layout', l('Height (px)', '高度（像素）'), types('spacer', 'iframe')),
  p('values', 'options', 'options', l('Options', '选项'), isOptionType),
  p('valuesKey', 'text', 'options', l('…or options from variable', '…或取自变量'), isOptionType),
  p('valuesExpression', 'feel', 'options', l('…or options from FEEL', '…或由 FEEL 计算'), isOptionType),
  p('validate.required', 'condition', 'validation', l('Required', '必填'), valueInputs),
  p(
    'validate.minLength',
    'number-or-feel',
    'validation',
    l('Minimum length', '最少字符数'),
    types('textfield', 'textarea'),
  ),
  p(
    'validate.maxLength',
    'number-or-feel',
    'validation',
    l('Maximum length', '最多字符数'),
    types('textfield', 'textarea'),
  ),
  p('validate.min', 'number-or-feel', 'validation', l('Minimum', '最小值'), types('number')),
  p('validate.max', 'number-or-feel', 'validation', l('Maximum', '最大值'), types('number')),
  p('validate.validationType', 'choice', 'validation', l('Format', '格式'), types('textfield'), [
    { value: '', label: l('Any text', '任意文本') },
    { value: 'email', label: l('Email', '邮箱') },
    { value: 'phone', label: l('Phone (international)', '电话（国际格式）') },
    { value: 'custom', label: l('Pattern', '正则表达式') },
  ]),
  p('validate.pattern', 'text', 'validation', l('Pattern (regular expression)', '正则表达式'), types('textfield')),
  p(
    'validate.patternErrorMessage',
    'text',
    'validation',
    l('Pattern error message', '格式错误提示'),
    types('textfield'),
  ),
  p(
    'validate.custom',
    'rules',
    'validation',
    l('Rules (FEEL condition must hold)', '校验规则（FEEL 条件须成立）'),
    valueInputs,
  ),
  p('conditional.hide', 'feel', 'logic', l('Hide when (FEEL)', '隐藏条件（FEEL）'), () => true),
  p('readonly', 'condition', 'logic', l('Read-only', '只读'), valueInputs),
  p(
    'disabled',
    'condition',
    'logic',
    l('Disabled (not submitted)', '禁用（不提交）'),
    (type) => valueInputs(type) || type === 'button',
  ),
  p(
    'layout.columns',
    'number',
    'layout',
    l('Width (columns of 16; empty = auto)', '宽度（16 栏中的栏数；空为自动）'),
    () => true,
  ),
  p('formKey', 'text', 'general', l('Records of form (form key)', '数据来源表单（表单键）'), types('recordlookup')),
  p(
    'displayFields',
    'json',
    'general',
    l('Fields shown ["name", "phone"]', '显示字段 ["name", "phone"]'),
    types('recordlookup'),
  ),
  p(
    'filter',
    'json',
    'options',
    l(
      'Only records matching {"conditions": [{"field", "op", "value"}]}',
      '仅可选符合条件的数据 {"conditions": [{"field", "op", "value"}]}',
    ),
    types('recordlookup'),
  ),
  p(
    'fill',
    'json',
    'logic',
    l(
      'Fill fields from the picked record {"this field": "its field"}',
      '数据联动：用所选数据填充 {"本表字段": "来源字段"}',
    ),
    types('recordlookup'),
  ),
  p('level', 'choice', 'general', l('Levels', '级别'), types('region'), [
    { value: 'province', label: l('Province', '省') },
    { value: 'city', label: l('Province / city', '省 / 市') },
    { value: 'district', label: l('Province / city / district', '省 / 市 / 区县') },
  ]),
];

export const GROUP_LABELS: Record<PropertyGroup, { en: string; 'zh-CN': string }> = {
  general: l('General', '常规'),
  options: l('Options', '选项'),
  validation: l('Validation', '校验'),
  logic: l('Conditions', '条件'),
  layout: l('Layout', '布局'),
};

export const specsFor = (type: string): PropertySpec[] => PROPERTY_SPECS.filter((spec) => spec.applies(type));
