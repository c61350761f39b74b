import { checkFeel } from '../lint/check-feel.js';
import { juelToFeel, translateJuelConditions } from './juel-to-feel.js';

describe('juelToFeel', () => {
  it.each([
    { juel: '${input == 1}', feel: 'input = 1' },
    { juel: '${input <= 2}', feel: 'input <= 2' },
    { juel: '${input == 3 || input == 1}', feel: 'input = 3 or input = 1' },
    { juel: '${a && !b}', feel: 'a and not(b)' },
    { juel: '${x eq "y" and n gt 2}', feel: 'x = "y" and n > 2' },
    { juel: "${status != 'done'}", feel: 'status != "done"' },
    { juel: '${nrOfCompletedInstances/nrOfInstances >= 0.6 }', feel: 'numberOfCompletedInstances / numberOfInstances >= 0.6' },
    { juel: '${nrOfLoops}', feel: 'nrOfLoops' },
  ])('translates $juel', ({ juel, feel }) => {
    // given a JUEL condition / when translated / then it is the equivalent FEEL, and FEEL accepts it
    expect(juelToFeel(juel)).toBe(feel);
    expect(checkFeel(feel)).toEqual([]);
  });

  it.each([
    { title: 'a method call', juel: '${execution.getVariable("x")}' },
    { title: 'a ternary', juel: '${a ? b : c}' },
    { title: 'text that is not JUEL', juel: 'input == 1' },
    { title: 'an empty expression', juel: '${ }' },
    { title: 'a dangling negation', juel: '${a && !}' },
  ])('leaves $title untranslated', ({ juel }) => {
    // given JUEL beyond the simple subset / when translated / then it is refused, not guessed
    expect(juelToFeel(juel)).toBeUndefined();
  });

  it('rewrites conditions in a document, escaped or in CDATA, and leaves FEEL alone', () => {
    // given three conditions in different spellings
    const xml = [
      '<conditionExpression xsi:type="tFormalExpression">${input &lt;= 1}</conditionExpression>',
      '<bpmn:conditionExpression>\n  <![CDATA[${input <= 2}]]>\n</bpmn:conditionExpression>',
      '<conditionExpression>=input = 3</conditionExpression>',
      '<completionCondition>${done == 5}</completionCondition>',
      '<loopCardinality>${5}</loopCardinality>',
    ].join('');
    // when translated / then each JUEL body becomes escaped FEEL with the `=` marker
    expect(translateJuelConditions(xml)).toBe(
      [
        '<conditionExpression xsi:type="tFormalExpression">=input &lt;= 1</conditionExpression>',
        '<bpmn:conditionExpression>=input &lt;= 2</bpmn:conditionExpression>',
        '<conditionExpression>=input = 3</conditionExpression>',
        '<completionCondition>=done = 5</completionCondition>',
        '<loopCardinality>=5</loopCardinality>',
      ].join(''),
    );
  });
});
