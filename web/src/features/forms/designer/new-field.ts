import { isInputType, type FormComponent, type FormSchema } from '@baton/sdk';
import { descriptorOf } from '../renderer/field-registry';
import { walkComponents } from './component-path';

const randomId = (): string => Math.random().toString(36).slice(2, 9);

const OPTIONS = (locale: string) => [
  { label: locale === 'zh-CN' ? '选项 1' : 'Option 1', value: 'option1' },
  { label: locale === 'zh-CN' ? '选项 2' : 'Option 2', value: 'option2' },
];

/** Type-specific starting properties, so a dropped field renders and validates right away. */
function defaultsOf(type: string, locale: string): Partial<FormComponent> {
  switch (type) {
    case 'checklist':
    case 'radio':
    case 'select':
    case 'taglist':
      return { values: OPTIONS(locale) };
    case 'datetime':
      return { subtype: 'date', dateLabel: locale === 'zh-CN' ? '日期' : 'Date' };
    case 'expression':
      return { expression: '=', computeOn: 'change' };
    case 'text':
      return { text: locale === 'zh-CN' ? '# 标题' : '# Heading' };
    case 'html':
      return { content: '<p></p>' };
    case 'dynamiclist':
      return { isRepeating: true, allowAddRemove: true, defaultRepetitions: 1, showOutline: true, components: [] };
    case 'group':
      return { showOutline: true, components: [] };
    case 'table':
      return { dataSource: '=', rowCount: 10, columns: [{ label: 'Column', key: 'column' }] };
    case 'region':
      return { level: 'district' };
    case 'recordlookup':
      // formKey is left for the builder: publishing names it as missing until a form is chosen
      return { displayFields: [] };
    case 'serialnumber':
      return { pattern: 'RN-{yyyy}{MM}-{0000}' };
    case 'button':
      return { action: 'submit' };
    case 'spacer':
      return { height: 60 };
    default:
      return {};
  }
}

/** A new component of `type` with an id and (for inputs) a key unique in the schema, labelled in `locale`. */
export function newField(type: string, schema: FormSchema, locale: string): FormComponent {
  const taken = new Set(
    walkComponents(schema).flatMap(
      ({ component }) => [component.key, component.path, component.id].filter(Boolean) as string[],
    ),
  );
  const unique = (base: string): string => {
    let n = 1;
    while (taken.has(`${base}${n}`)) n += 1;
    return `${base}${n}`;
  };
  const descriptor = descriptorOf(type);
  const name = descriptor ? descriptor.name[locale === 'zh-CN' ? 'zh-CN' : 'en'] : type;
  const component: FormComponent = { type, id: `Field_${randomId()}`, label: name, ...defaultsOf(type, locale) };
  if (isInputType(type)) component.key = unique(type);
  if (type === 'dynamiclist') component.path = unique('list');
  if (['text', 'html', 'separator', 'spacer'].includes(type)) delete component.label;
  return component;
}
