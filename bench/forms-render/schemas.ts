import type { FormComponent, FormSchema } from '@baton/sdk';

const TYPES = ['textfield', 'number', 'select', 'checkbox', 'datetime', 'textarea', 'radio', 'checklist'];

/** 200 fields of eight input types in rows of two, a fifth with validation and a tenth with a hide condition. */
export function wideForm(count = 200, types: string[] = TYPES): FormSchema {
  const components: FormComponent[] = Array.from({ length: count }, (_, i) => {
    const type = types[i % types.length];
    const field: FormComponent = {
      type,
      key: `f${i}`,
      id: `F${i}`,
      label: `Field ${i}`,
      layout: { row: `R${Math.floor(i / 2)}` },
    };
    if (['select', 'radio', 'checklist'].includes(type))
      field.values = [
        { label: 'One', value: '1' },
        { label: 'Two', value: '2' },
        { label: 'Three', value: '3' },
      ];
    if (i % 5 === 0) field.validate = { required: true };
    if (i % 10 === 0 && i > 0) field.conditional = { hide: `=f0 = "hide ${i}"` };
    return field;
  });
  return { id: 'wide', components };
}

/** One text field that 50 others depend on (conditions, a computed label and a validation rule each). */
export function dependentForm(dependents = 50): FormSchema {
  const components: FormComponent[] = [{ type: 'textfield', key: 'trigger', id: 'trigger', label: 'Trigger' }];
  for (let i = 0; i < dependents; i += 1) {
    components.push({
      type: i % 2 === 0 ? 'textfield' : 'number',
      key: `d${i}`,
      id: `D${i}`,
      label: `Dependent ${i}`,
      conditional: { hide: `=trigger = "hide ${i}"` },
      validate: { required: `=string length(trigger) > ${i % 7}` },
    });
  }
  return { id: 'dependent', components };
}
