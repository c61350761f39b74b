import { validateFormSchema } from '../schema/validate-form-schema';
import type { FormSchema } from '../schema/form-schema.types';
import { manifestForms, readCorpusJson } from './form-js-corpus';
import { MANIFEST_CHECKS } from './manifest-checks';

describe('form-js manifest schemas', () => {
  const forms = manifestForms();

  it('imports all 21 schemas with the schema validator (import mode; strict mode reported)', () => {
    // given
    expect(forms).toHaveLength(21);

    // when
    const rows = forms.map((form) => {
      const schema = readCorpusJson(form.file);
      return {
        file: form.file,
        imported: validateFormSchema(schema, { mode: 'import' }),
        strict: validateFormSchema(schema),
      };
    });

    // then
    const imported = rows.filter((row) => row.imported.valid).length;
    const strict = rows.filter((row) => row.strict.valid).length;
    console.log(
      [
        `form-js schemas: import mode ${imported} / ${rows.length}, strict (published JSON schema) ${strict} / ${rows.length}`,
        ...rows.map(
          ({ file, imported: check, strict: strictCheck }) =>
            `  ${check.valid ? 'pass' : 'FAIL'}  ${file}${strictCheck.valid ? '' : `  (strict: ${strictCheck.errors.map((error) => error.path).join(', ')})`}`,
        ),
      ].join('\n'),
    );
    expect(imported).toBe(21);
    // three upstream fixtures break form-js' own published schema (label on text, a dashed key, key on a button)
    expect(strict).toBe(18);
  });

  it('holds the validation behaviours the manifest states', () => {
    // given
    const listed = new Set(forms.map((form) => form.file));

    // when
    const rows = MANIFEST_CHECKS.map((check) => ({
      check,
      holds: check.holds(readCorpusJson<FormSchema>(check.file)),
    }));

    // then
    console.log(
      [
        `form-js manifest behaviours in validateSubmission: ${rows.filter((row) => row.holds).length} / ${rows.length}`,
        ...rows.map(({ check, holds }) => `  ${holds ? 'pass' : 'FAIL'}  ${check.file}: ${check.behaviour}`),
      ].join('\n'),
    );
    expect(MANIFEST_CHECKS.every((check) => listed.has(check.file))).toBe(true);
    expect(rows.filter((row) => !row.holds).map((row) => row.check.file)).toEqual([]);
  });
});
