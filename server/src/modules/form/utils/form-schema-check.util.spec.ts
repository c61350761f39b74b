import { checkFormSchema } from './form-schema-check.util.js';

const keysOf = (input: unknown) => {
  const checked = checkFormSchema(input);
  return 'problems' in checked ? checked.problems.map((p) => p.key) : [];
};

describe('checkFormSchema', () => {
  it('accepts a Camunda form with properties form-js ignores, and takes the id as form key', () => {
    // given a form with a label on a text component (form-js' own fixtures have it)
    const checked = checkFormSchema({ id: 'Form_1a82jj2', components: [{ type: 'text', text: 'Hi', label: 'ignored' }, { type: 'textfield', key: 'name' }] });
    // then it passes with its id as the key
    expect(checked).toMatchObject({ formKey: 'Form_1a82jj2' });
  });

  it.each([
    { title: 'duplicate keys in one group path', input: { id: 'f', components: [{ type: 'group', path: 'a', components: [{ type: 'textfield', key: 'b' }] }, { type: 'textfield', key: 'a.b' }] }, keys: ['schema/components/1/key'] },
    { title: 'a serial number inside a list', input: { id: 'f', components: [{ type: 'dynamiclist', path: 'l', components: [{ type: 'serialnumber', key: 'n', pattern: '{0}' }] }] }, keys: ['schema/components/0/components/0'] },
    { title: 'an id starting with a digit', input: { id: '9lives', components: [] }, keys: ['schema/id'] },
    { title: 'a huge schema', input: { id: 'f', components: [{ type: 'text', text: 'x'.repeat(1_000_001) }] }, keys: ['schema'] },
  ])('names the problem for $title', ({ input, keys }) => {
    expect(keysOf(input)).toEqual(keys);
  });
});
