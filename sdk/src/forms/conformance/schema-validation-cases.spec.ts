import { validateFormSchema } from '../schema/validate-form-schema';
import { schemaValidationCases } from './form-js-corpus';

describe('form-js schema-validation cases (packages/form-json-schema fixtures)', () => {
  const cases = schemaValidationCases();

  it('agrees with the expected validity of all 81 cases and points at the expected places', () => {
    // given
    expect(cases).toHaveLength(81);

    // when
    const outcomes = cases.map((testCase) => {
      const check = validateFormSchema(testCase.form);
      const paths = check.errors.map((error) => error.path);
      const missedPaths = (testCase.expectedErrors ?? [])
        .map((error) => error.instancePath)
        .filter((expected) => !paths.some((path) => path === expected || path.startsWith(`${expected}/`)));
      return { testCase, check, validityAgrees: check.valid === testCase.expectValid, missedPaths };
    });

    // then
    const agreeing = outcomes.filter((outcome) => outcome.validityAgrees && outcome.missedPaths.length === 0);
    console.log(
      [
        `form-js schema-validation cases: ${agreeing.length} / ${cases.length} agree`,
        ...outcomes
          .filter((outcome) => !agreeing.includes(outcome))
          .map(
            ({ testCase, check, missedPaths }) =>
              `  ${testCase.name}: expected ${testCase.expectValid ? 'valid' : 'invalid'}, got ${JSON.stringify(check.errors)} missed ${missedPaths.join(',')}`,
          ),
      ].join('\n'),
    );
    expect(agreeing.length).toBe(cases.length);
  });
});
