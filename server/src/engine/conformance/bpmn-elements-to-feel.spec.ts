import { readFileSync } from 'node:fs';
import { evaluateFeel } from '@baton/sdk';
import { checkFeel } from '../lint/check-feel.js';
import { parseBpmn } from '../parse/index.js';
import {
  BpmnElementsTranslationError,
  bpmnElementsExpressionToFeel,
  javascriptConditionToFeel,
  javascriptScriptToFeel,
  translateBpmnElements,
} from './bpmn-elements-to-feel.js';
import { corpusDir } from './corpus-dir.js';

const definitions = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ` +
  `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="t"><bpmn:process id="p" isExecutable="true">${body}</bpmn:process></bpmn:definitions>`;

const flow = (condition: string, language = '') =>
  definitions(
    `<bpmn:startEvent id="s" /><bpmn:endEvent id="e" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e">` +
      `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"${language}>${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`,
  );

const scriptTask = (script: string, format = ' scriptFormat="javascript"') =>
  definitions(`<bpmn:scriptTask id="task1"${format}><bpmn:incoming>f1</bpmn:incoming><bpmn:script>${script}</bpmn:script></bpmn:scriptTask>`);

function refusal(run: () => unknown): BpmnElementsTranslationError {
  try {
    run();
  } catch (error) {
    if (error instanceof BpmnElementsTranslationError) return error;
    throw error;
  }
  throw new Error('expected a BpmnElementsTranslationError');
}

describe('bpmn-elements expressions and JavaScript → FEEL', () => {
  it.each([
    { text: '${environment.variables.take2}', feel: 'take2' },
    { text: '${ environment.variables.order.total }', feel: 'order.total' },
  ])('translates the expression $text', ({ text, feel }) => {
    // given a bpmn-elements variable expression / when translated / then it is the FEEL name, and FEEL accepts it
    expect(bpmnElementsExpressionToFeel(text, 'f1')).toBe(feel);
    expect(checkFeel(feel)).toEqual([]);
  });

  it.each([
    { title: 'a service call', text: '${environment.services.isTrue()}' },
    { title: 'a comparison', text: '${environment.variables.n > 1}' },
    { title: 'content output', text: '${content.output.x}' },
    { title: 'text that is not an expression', text: 'environment.variables.x' },
  ])('refuses $title as an expression', ({ text }) => {
    // given an expression beyond ${environment.variables.NAME} / when translated / then it is refused naming the element
    const error = refusal(() => bpmnElementsExpressionToFeel(text, 'f1'));
    expect(error.elementId).toBe('f1');
    expect(error.message).toContain('f1');
  });

  it.each([
    { script: 'next(null, environment.variables.take4);', feel: 'take4' },
    { script: '  next( null , environment.variables.take4 )\n', feel: 'take4' },
  ])('translates the JavaScript condition $script', ({ script, feel }) => {
    expect(javascriptConditionToFeel(script, 'f1')).toBe(feel);
  });

  it.each([
    { title: 'a comparison', script: 'next(null, environment.variables.take4 > 2);' },
    { title: 'an error result', script: 'next(new Error("x"), true);' },
    { title: 'a second statement', script: 'next(null, environment.variables.a); next(null, true);' },
    { title: 'a return', script: 'return environment.variables.take4;' },
  ])('refuses $title as a JavaScript condition', ({ script }) => {
    expect(refusal(() => javascriptConditionToFeel(script, 'f1')).elementId).toBe('f1');
  });

  it('translates logging scripts to a FEEL append to servicesLog, without running JavaScript', () => {
    // given two scripts as in link-event.bpmn / when translated
    const first = javascriptScriptToFeel('environment.services.log("task1"); next()', 'task1');
    const second = javascriptScriptToFeel("environment.services.log('task2');\nnext();", 'task2');
    // then each is FEEL that appends its text to servicesLog, in run order
    expect(first.resultVariable).toBe('servicesLog');
    expect(checkFeel(first.expression)).toEqual([]);
    const afterFirst = evaluateFeel(first.expression, {}).value;
    expect(afterFirst).toEqual(['task1']);
    expect(evaluateFeel(second.expression, { servicesLog: afterFirst }).value).toEqual(['task1', 'task2']);
    // and a script that only calls next() does nothing
    expect(javascriptScriptToFeel('next();', 'task3')).toEqual({ expression: 'null' });
  });

  it.each([
    { title: 'a script that never calls next', script: 'environment.services.log("task1");' },
    { title: 'an assignment', script: 'environment.output.x = 1; next()' },
    { title: 'a log of a variable', script: 'environment.services.log(environment.variables.x); next()' },
    { title: 'a string with an escape', script: 'environment.services.log("a\\"b"); next()' },
    { title: 'next with a result', script: 'next(null, 1)' },
    { title: 'code after next', script: 'next(); environment.services.log("late")' },
  ])('refuses $title as a script', ({ script }) => {
    const error = refusal(() => javascriptScriptToFeel(script, 'task1'));
    expect(error.elementId).toBe('task1');
    expect(error.message).toContain('is not translated');
  });

  it('rewrites a document: conditions, JavaScript conditions, timer values and scripts; leaves FEEL alone', async () => {
    // given conditions in both dialects, an already-FEEL one, a timer value and a script task
    const xml = definitions(
      [
        '<bpmn:task id="a" /><bpmn:task id="b" /><bpmn:task id="c" /><bpmn:task id="d" />',
        '<bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="b"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${environment.variables.take2}</bpmn:conditionExpression></bpmn:sequenceFlow>',
        '<bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="c"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript"><![CDATA[next(null, environment.variables.take4);]]></bpmn:conditionExpression></bpmn:sequenceFlow>',
        '<bpmn:sequenceFlow id="f3" sourceRef="a" targetRef="d"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=x &gt; 1</bpmn:conditionExpression></bpmn:sequenceFlow>',
        '<bpmn:intermediateCatchEvent id="t"><bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${environment.variables.catchDate}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>',
        '<bpmn:scriptTask id="s" scriptFormat="javascript"><bpmn:script>environment.services.log("s"); next()</bpmn:script></bpmn:scriptTask>',
      ].join(''),
    );
    // when translated
    const out = translateBpmnElements(xml);
    // then every form is FEEL, the zeebe namespace is declared, and the engine reads them as such
    expect(out).toContain('<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=take2</bpmn:conditionExpression>');
    expect(out).toContain('<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=take4</bpmn:conditionExpression>');
    expect(out).toContain('=x &gt; 1</bpmn:conditionExpression>');
    expect(out).toContain('<bpmn:timeDate xsi:type="bpmn:tFormalExpression">=catchDate</bpmn:timeDate>');
    expect(out).toContain('xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"');
    const parsed = await parseBpmn(out);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [process] = parsed.processes;
    expect([process.flows.f1.condition, process.flows.f2.condition, process.flows.f3.condition]).toEqual(['take2', 'take4', 'x > 1']);
    expect(process.flows.f2.nonFeelCondition).toBeUndefined();
    const script = process.nodes.s;
    expect(script.kind === 'scriptTask' && script.script).toEqual({ expression: 'append(if servicesLog = null then [] else servicesLog, "s")', resultVariable: 'servicesLog' });
    expect(script.kind === 'scriptTask' && script.inlineScriptFormat).toBeUndefined();
  });

  it.each([
    { title: 'an unknown expression in a condition', xml: flow('${environment.services.check()}'), id: 'f1' },
    { title: 'an unknown JavaScript condition', xml: flow('next(null, true);', ' language="javascript"'), id: 'f1' },
    { title: 'a condition in another language', xml: flow('x == 1', ' language="groovy"'), id: 'f1' },
    { title: 'an unknown JavaScript script', xml: scriptTask('environment.output.x = 1; next()'), id: 'task1' },
    { title: 'a script in another format', xml: scriptTask('println "x"', ' scriptFormat="groovy"'), id: 'task1' },
    { title: 'a script without a format', xml: scriptTask('next()', ''), id: 'task1' },
    {
      title: 'an expression where the harness does not translate',
      xml: definitions('<bpmn:userTask id="u"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${environment.variables.n}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>'),
      id: 'u',
    },
  ])('refuses a document with $title, naming the element', ({ xml, id }) => {
    // given a document with a form outside the recognised ones / when translated / then it is refused, never left as is
    const error = refusal(() => translateBpmnElements(xml));
    expect(error.elementId).toBe(id);
    expect(error.message).toMatch(/^bpmn-elements → FEEL: /);
  });

  it.each(['link-event.bpmn', 'conditional-flows.bpmn', 'timers.bpmn'])('translates the corpus model %s completely', (file) => {
    // given the bpmn-elements corpus model / when translated / then nothing of the dialect is left
    const out = translateBpmnElements(readFileSync(corpusDir('bpmn-exec', 'bpmn-elements', file), 'utf8'));
    expect(out).not.toMatch(/>[^<]*\$\{|language="javascript"|scriptFormat=|next\(/);
  });
});
