/** Components that hold a value under `key` (form-js `field-types/inputs.json`). */
export const INPUT_TYPES = [
  'checkbox',
  'checklist',
  'datetime',
  'number',
  'radio',
  'select',
  'taglist',
  'textfield',
  'textarea',
  'expression',
  'filepicker',
] as const;

/** Inputs whose value is one or more of a list of options. */
export const OPTION_TYPES = ['checklist', 'radio', 'select', 'taglist'] as const;

export const CONTAINER_TYPES = ['group', 'dynamiclist'] as const;

/** Every component type form-js knows (`type.json`). */
export const FORM_JS_TYPES = [
  ...INPUT_TYPES,
  'image',
  'text',
  'html',
  'button',
  'spacer',
  'separator',
  'group',
  'dynamiclist',
  'table',
  'iframe',
  'documentPreview',
] as const;

/**
 * Baton's own keyed field types (the low-code fields of issue 5). Provisional names; they validate like
 * generic inputs until each gets its own rules.
 */
export const BATON_INPUT_TYPES = [
  'serialnumber',
  'member',
  'department',
  'recordlookup',
  'signature',
  'region',
] as const;

const inputTypes = new Set<string>([...INPUT_TYPES, ...BATON_INPUT_TYPES]);
const optionTypes = new Set<string>(OPTION_TYPES);
const knownTypes = new Set<string>([...FORM_JS_TYPES, ...BATON_INPUT_TYPES]);

export const isInputType = (type: unknown): boolean => typeof type === 'string' && inputTypes.has(type);
export const isOptionType = (type: unknown): boolean => typeof type === 'string' && optionTypes.has(type);
export const isKnownType = (type: unknown): boolean => typeof type === 'string' && knownTypes.has(type);
export const isContainerType = (type: unknown): boolean => type === 'group' || type === 'dynamiclist';

/** The value form-js gives an input that has neither data nor a default (each field's `config.emptyValue`). */
export function emptyValueOf(type: string): unknown {
  switch (type) {
    case 'textfield':
    case 'textarea':
      return '';
    case 'checkbox':
      return false;
    case 'checklist':
    case 'taglist':
      return [];
    default:
      return null;
  }
}
