import { validateFormSchema } from './validate-form-schema';

const form = (...components: unknown[]) => ({ type: 'default', components });

describe('validateFormSchema', () => {
  it('accepts a minimal valid form', () => {
    // given
    const schema = form({ type: 'textfield', key: 'name', validate: { required: true } });

    // when
    const check = validateFormSchema(schema);

    // then
    expect(check).toEqual(expect.objectContaining({ valid: true, errors: [] }));
  });

  it.each([
    { title: 'missing components', schema: { type: 'default' }, path: '/components' },
    { title: 'unknown type', schema: form({ type: 'rocket', key: 'x' }), path: '/components/0/type' },
    { title: 'input without key', schema: form({ type: 'number' }), path: '/components/0' },
    { title: 'key with a trailing dot', schema: form({ type: 'textfield', key: 'a.' }), path: '/components/0/key' },
    {
      title: 'pattern on a number',
      schema: form({ type: 'number', key: 'n', validate: { pattern: '.*' } }),
      path: '/components/0/validate/pattern',
    },
    {
      title: 'checklist default not a list',
      schema: form({ type: 'checklist', key: 'c', defaultValue: 'a' }),
      path: '/components/0/defaultValue',
    },
    {
      title: 'nested error',
      schema: form({ type: 'group', components: [{ type: 'text', text: 't', key: 'k' }] }),
      path: '/components/0/components/0/key',
    },
    { title: 'schemaVersion too new', schema: { ...form(), schemaVersion: 99 }, path: '/schemaVersion' },
  ])('rejects $title at $path', ({ schema, path }) => {
    // when
    const check = validateFormSchema(schema);

    // then
    expect(check.valid).toBe(false);
    expect(check.errors.map((error) => error.path)).toContain(path);
  });

  it('downgrades properties form-js ignores to warnings in import mode', () => {
    // given: a text with a label and a dashed key, as found in form-js' own fixtures
    const schema = form({ type: 'text', text: 't', label: 'L' }, { type: 'textfield', key: 'read-only' });

    // when
    const strict = validateFormSchema(schema);
    const imported = validateFormSchema(schema, { mode: 'import' });

    // then
    expect(strict.valid).toBe(false);
    expect(imported.valid).toBe(true);
    expect(imported.warnings.map((warning) => warning.path)).toEqual(['/components/0/label', '/components/1/key']);
  });

  it('still rejects structural problems in import mode', () => {
    // then
    expect(validateFormSchema(form({ type: 'textfield' }), { mode: 'import' }).valid).toBe(false);
  });
});
