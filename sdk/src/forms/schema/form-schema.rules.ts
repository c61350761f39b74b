import { isContainerType, isInputType, isKnownType, isOptionType } from './form-field-types.js';

type Component = Record<string, unknown>;

/** Properties a component may carry only when `allowed` says so (form-js `rules-allowed-properties.json`). */
interface PropertyRule {
  properties: string[];
  /** Nested under this property, e.g. `validate.min`. */
  within?: string;
  allowed: (type: string, component: Component) => boolean;
}

const is =
  (...types: string[]) =>
  (type: string) =>
    types.includes(type);

const hasValuesKey = (component: Component) => typeof component.valuesKey === 'string';

export const PROPERTY_RULES: PropertyRule[] = [
  { properties: ['text'], allowed: is('text') },
  {
    properties: ['label'],
    allowed: (type) =>
      isInputType(type) || isContainerType(type) || is('button', 'iframe', 'table', 'documentPreview')(type),
  },
  { properties: ['description', 'disabled', 'readonly', 'validate', 'key'], allowed: isInputType },
  { properties: ['action'], allowed: is('button') },
  { properties: ['source', 'alt'], allowed: is('image') },
  {
    properties: [
      'subtype',
      'dateLabel',
      'timeLabel',
      'use24h',
      'timeSerializingFormat',
      'timeInterval',
      'disallowPassedDates',
    ],
    allowed: is('datetime'),
  },
  { properties: ['increment', 'decimalDigits', 'serializeToString'], allowed: is('number') },
  { properties: ['min', 'max'], within: 'validate', allowed: is('number') },
  { properties: ['searchable'], allowed: is('select') },
  { properties: ['values', 'valuesKey', 'valuesExpression'], allowed: isOptionType },
  { properties: ['validationType', 'pattern', 'patternErrorMessage'], within: 'validate', allowed: is('textfield') },
  { properties: ['minLength', 'maxLength'], within: 'validate', allowed: is('textfield', 'textarea') },
  { properties: ['prefixAdorner', 'suffixAdorner'], within: 'appearance', allowed: is('textfield', 'number') },
  {
    properties: ['defaultValue'],
    allowed: (type, component) => isInputType(type) && !(isOptionType(type) && hasValuesKey(component)),
  },
  { properties: ['height'], allowed: is('spacer', 'iframe') },
  { properties: ['path', 'showOutline', 'verticalAlignment', 'components'], allowed: isContainerType },
  {
    properties: ['isRepeating', 'defaultRepetitions', 'allowAddRemove', 'disableCollapse', 'nonCollapsedItems'],
    allowed: is('dynamiclist'),
  },
  { properties: ['columns', 'columnsExpression', 'rowCount'], allowed: is('table') },
  { properties: ['dataSource'], allowed: is('table', 'documentPreview') },
  { properties: ['maxHeight'], allowed: is('documentPreview') },
  { properties: ['content'], allowed: is('html') },
  { properties: ['accept', 'multiple'], allowed: is('filepicker') },
];

/** The JSON type `defaultValue` must have per component type (`rules-defaultValue-type.json`). */
export function defaultValueTypeOf(type: string): string[] | null {
  if (type === 'checkbox') return ['boolean'];
  if (['textfield', 'textarea', 'datetime', 'radio', 'select'].includes(type)) return ['string'];
  if (type === 'number') return ['number', 'string'];
  if (type === 'checklist' || type === 'taglist') return ['array'];
  return null;
}

/** Properties a component of this type must have (`rules-required-properties.json`). */
export function requiredPropertiesOf(type: string, component: Component): string[][] {
  if (isInputType(type) && type !== 'expression') return [['key']];
  if (type === 'expression') return [['key'], ['expression'], ['computeOn']];
  if (type === 'table') {
    return 'columnsExpression' in component ? [['dataSource'], ['columnsExpression']] : [['dataSource'], ['columns']];
  }
  return [];
}

export { isKnownType };
