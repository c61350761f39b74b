import { DeployValidationCode } from './deploy-validation.error.js';
import { validateDeployment } from './validate-deployment.js';

/** start → <body> → end, where the body's first element is `first` and its last is `last` */
const processXml = (body: string, first = 'work', last = 'work') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="start" name="Start" />
    <bpmn:sequenceFlow id="in" sourceRef="start" targetRef="${first}" />
    ${body}
    <bpmn:sequenceFlow id="out" sourceRef="${last}" targetRef="end" />
    <bpmn:endEvent id="end" name="End" />
  </bpmn:process>
</bpmn:definitions>`;

const job = (id: string, name: string) => `<bpmn:serviceTask id="${id}" name="${name}"><bpmn:extensionElements><zeebe:taskDefinition type="crm" /></bpmn:extensionElements></bpmn:serviceTask>`;
const cond = (feel: string) => `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${feel}</bpmn:conditionExpression>`;
const gateway = (flowA: string, flowB: string) => `
  <bpmn:exclusiveGateway id="work" name="Amount?" />
  <bpmn:sequenceFlow id="toA" name="big" sourceRef="work" targetRef="a">${flowA}</bpmn:sequenceFlow>
  <bpmn:sequenceFlow id="toB" name="small" sourceRef="work" targetRef="b">${flowB}</bpmn:sequenceFlow>
  ${job('a', 'A')}${job('b', 'B')}
  <bpmn:exclusiveGateway id="join" name="Join" />
  <bpmn:sequenceFlow id="fromA" sourceRef="a" targetRef="join" /><bpmn:sequenceFlow id="fromB" sourceRef="b" targetRef="join" />`;

describe('validateDeployment', () => {
  it('accepts a runnable model and returns its processes', async () => {
    // given a gateway with a condition and a default flow
    const xml = processXml(gateway(cond('=amount &gt; 1000'), cond('=amount &lt;= 1000')), 'work', 'join');
    // when validated
    const result = await validateDeployment(xml);
    // then it deploys, with no blocking problem
    expect(result.ok && result.processes.map((p) => p.id)).toEqual(['p']);
  });

  it.each([
    {
      title: 'an exclusive gateway flow without condition that is not the default',
      xml: processXml(gateway(cond('=amount &gt; 1000'), ''), 'work', 'join'),
      elementId: 'toB',
      rule: 'baton/gateway-flow-condition',
      mentions: ['"small" (toB)', '"Amount?" (work)'],
    },
    {
      title: 'a service task without a job type',
      xml: processXml('<bpmn:serviceTask id="work" name="Send quote" />'),
      elementId: 'work',
      rule: 'baton/job-type-required',
      mentions: ['"Send quote" (work)', 'job type'],
    },
    {
      title: 'a user task whose form is not deployed',
      xml: processXml('<bpmn:userTask id="work" name="Approve"><bpmn:extensionElements><zeebe:formDefinition formId="missing-form" /></bpmn:extensionElements></bpmn:userTask>'),
      elementId: 'work',
      rule: 'baton/form-not-deployed',
      mentions: ['"Approve" (work)', 'missing-form'],
    },
    {
      title: 'a condition with a FEEL syntax error',
      xml: processXml(gateway(cond('=amount &gt;'), cond('=true')), 'work', 'join'),
      elementId: 'toA',
      rule: 'baton/feel-syntax',
      mentions: ['"big" (toA)', 'not valid FEEL'],
    },
    {
      title: 'a script calling an unknown FEEL function',
      xml: processXml('<bpmn:scriptTask id="work" name="Score"><bpmn:extensionElements><zeebe:script expression="=magic(amount)" resultVariable="s" /></bpmn:extensionElements></bpmn:scriptTask>'),
      elementId: 'work',
      rule: 'baton/feel-unknown-function',
      mentions: ['"Score" (work)', '"magic"'],
    },
    {
      title: 'an input mapping that is not valid FEEL',
      xml: processXml('<bpmn:userTask id="work"><bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=a +" target="x" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:userTask>'),
      elementId: 'work',
      rule: 'baton/feel-syntax',
      mentions: ['work', 'input mapping → x'],
    },
    {
      title: 'a JUEL condition',
      xml: processXml(gateway(cond('${amount > 1000}'), cond('=true')), 'work', 'join'),
      elementId: 'toA',
      rule: 'baton/condition-not-feel',
      mentions: ['"big" (toA)', '='],
    },
    {
      title: 'a compensation boundary event without a handler',
      xml: processXml(`${job('work', 'Call')}<bpmn:boundaryEvent id="sla" name="Undo" attachedToRef="work"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>`),
      elementId: 'sla',
      rule: 'baton/compensation-handler',
      mentions: ['"Undo" (sla)', 'no compensation handler'],
    },
    {
      title: 'a compensation handler not marked for compensation',
      xml: processXml(`${job('work', 'Call')}<bpmn:boundaryEvent id="sla" name="Undo" attachedToRef="work"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
        <bpmn:task id="undo" name="Refund" /><bpmn:association id="as" associationDirection="One" sourceRef="sla" targetRef="undo" />`),
      elementId: 'sla',
      rule: 'baton/compensation-handler',
      mentions: ['"Refund" (undo)', 'isForCompensation'],
    },
    {
      title: 'a compensation throw naming an activity of another scope',
      xml: processXml(`<bpmn:intermediateThrowEvent id="work" name="Undo all"><bpmn:compensateEventDefinition activityRef="end" /></bpmn:intermediateThrowEvent>`),
      elementId: 'work',
      rule: 'baton/compensation-activity-ref',
      mentions: ['"Undo all" (work)', '"end"'],
    },
    {
      title: 'a compensation event sub-process',
      xml: processXml(`${job('work', 'Call')}<bpmn:subProcess id="esp" name="On undo" triggeredByEvent="true"><bpmn:startEvent id="cs" name="Undo"><bpmn:compensateEventDefinition /></bpmn:startEvent>
        <bpmn:sequenceFlow id="ef" sourceRef="cs" targetRef="ee" /><bpmn:endEvent id="ee" /></bpmn:subProcess>`),
      elementId: 'cs',
      rule: 'baton/compensation-event-subprocess',
      mentions: ['"Undo" (cs)', 'compensation event sub-process'],
    },
    {
      title: 'a signal boundary event without a signal name',
      xml: processXml(`${job('work', 'Call')}<bpmn:boundaryEvent id="sla" name="SLA" attachedToRef="work"><bpmn:signalEventDefinition /></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="late" sourceRef="sla" targetRef="end" />`),
      elementId: 'sla',
      rule: 'baton/signal-name-required',
      mentions: ['"SLA" (sla)', 'signal without a name'],
    },
    {
      title: 'an error end event without an error code',
      xml: processXml('<bpmn:endEvent id="work" name="Fail"><bpmn:errorEventDefinition /></bpmn:endEvent>'),
      elementId: 'work',
      rule: 'baton/error-code-required',
      mentions: ['"Fail" (work)', 'error code'],
    },
    {
      title: 'an escalation throw event without a code',
      xml: processXml('<bpmn:intermediateThrowEvent id="work" name="Up"><bpmn:escalationEventDefinition /></bpmn:intermediateThrowEvent>'),
      elementId: 'work',
      rule: 'baton/escalation-code-required',
      mentions: ['"Up" (work)', 'escalation code'],
    },
    {
      title: 'a link throw event without its catch event',
      xml: processXml('<bpmn:intermediateThrowEvent id="work" name="Jump"><bpmn:linkEventDefinition name="LATER" /></bpmn:intermediateThrowEvent>'),
      elementId: 'work',
      rule: 'baton/link-target',
      mentions: ['"Jump" (work)', '"LATER"', 'found 0'],
    },
    {
      title: 'an event-based gateway leading to a task',
      xml: processXml(`<bpmn:eventBasedGateway id="work" name="Which" />${job('a', 'A')}${job('b', 'B')}
        <bpmn:sequenceFlow id="ga" sourceRef="work" targetRef="a" /><bpmn:sequenceFlow id="gb" sourceRef="work" targetRef="b" />`),
      elementId: 'work',
      rule: 'baton/event-gateway-target',
      mentions: ['"Which" (work)', 'not a timer, message or signal catch event'],
    },
    {
      title: 'an event sub-process with a none start event',
      xml: processXml(`<bpmn:subProcess id="work" name="On event" triggeredByEvent="true"><bpmn:startEvent id="es" /><bpmn:sequenceFlow id="ef" sourceRef="es" targetRef="ee" /><bpmn:endEvent id="ee" /></bpmn:subProcess>`),
      elementId: 'work',
      rule: 'baton/event-subprocess-start',
      mentions: ['"On event" (work)', 'exactly one start event'],
    },
    ...[
      { title: 'a timer duration that is not ISO 8601', timer: '<bpmn:timeDuration>5 minutes</bpmn:timeDuration>', mentions: ['"5 minutes"', 'ISO 8601 duration'] },
      { title: 'a five-field cron cycle', timer: '<bpmn:timeCycle>0 9 * * MON</bpmn:timeCycle>', mentions: ['"0 9 * * MON" has 5 fields', 'six'] },
      { title: 'an invalid cron cycle', timer: '<bpmn:timeCycle>0 0 9 * * FUNDAY</bpmn:timeCycle>', mentions: ['not a valid cron expression'] },
      { title: 'a cron cycle firing every second', timer: '<bpmn:timeCycle>* * * * * *</bpmn:timeCycle>', mentions: ['every 1 s', 'shortest allowed interval is 60 s'] },
      { title: 'a cycle firing every second', timer: '<bpmn:timeCycle>R/PT1S</bpmn:timeCycle>', mentions: ['every 1 s', 'shortest allowed interval is 60 s'] },
      { title: 'a timer with both a date and a duration', timer: '<bpmn:timeDate>2099-01-01T00:00:00Z</bpmn:timeDate><bpmn:timeDuration>PT1H</bpmn:timeDuration>', mentions: ['exactly one'] },
    ].map(({ title, timer, mentions }) => ({
      title,
      xml: processXml(`${job('work', 'Call')}<bpmn:boundaryEvent id="sla" name="SLA" attachedToRef="work"><bpmn:timerEventDefinition>${timer}</bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="late" sourceRef="sla" targetRef="end" />`),
      elementId: 'sla',
      rule: 'baton/timer-invalid',
      mentions: ['"SLA" (sla)', ...mentions],
    })),
    {
      title: 'a timer date in the past',
      xml: processXml(`${job('work', 'Call')}<bpmn:boundaryEvent id="sla" name="SLA" attachedToRef="work"><bpmn:timerEventDefinition><bpmn:timeDate>2001-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="late" sourceRef="sla" targetRef="end" />`),
      elementId: 'sla',
      rule: 'baton/timer-date-past',
      mentions: ['"SLA" (sla)', '2001-01-01T00:00:00Z', 'already passed'],
    },
    {
      title: 'a repeating intermediate timer',
      xml: processXml('<bpmn:intermediateCatchEvent id="work" name="Wait"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>'),
      elementId: 'work',
      rule: 'baton/timer-invalid',
      mentions: ['"Wait" (work)', 'cannot repeat'],
    },
    {
      title: 'a message catch event without a message name',
      xml: processXml('<bpmn:intermediateCatchEvent id="work" name="Wait"><bpmn:messageEventDefinition /></bpmn:intermediateCatchEvent>'),
      elementId: 'work',
      rule: 'baton/message-name-required',
      mentions: ['"Wait" (work)', 'message'],
    },
    {
      title: 'a standard loop',
      xml: processXml(`<bpmn:task id="work" name="Again"><bpmn:standardLoopCharacteristics /></bpmn:task>`),
      elementId: 'work',
      rule: 'baton/not-yet-supported',
      mentions: ['task', 'not yet supported'],
    },
    {
      title: 'a call activity without a called process',
      xml: processXml('<bpmn:callActivity id="work" name="Sub"><bpmn:extensionElements><zeebe:calledElement processId="" /></bpmn:extensionElements></bpmn:callActivity>'),
      elementId: 'work',
      rule: 'baton/called-element-required',
      mentions: ['"Sub" (work)', 'no process to call'],
    },
    {
      title: 'a multi-instance task without an input collection',
      xml: processXml('<bpmn:task id="work" name="Each"><bpmn:multiInstanceLoopCharacteristics /></bpmn:task>'),
      elementId: 'work',
      rule: 'baton/multi-instance-input',
      mentions: ['"Each" (work)', 'input collection'],
    },
    ...[
      { value: 'most', mention: 'baton:countersign=most' },
      { value: 'percent:0', mention: 'baton:countersign=percent:0' },
      { value: 'percent:150', mention: 'baton:countersign=percent:150' },
    ].map(({ value, mention }) => ({
      title: `a countersign mode "${value}"`,
      xml: processXml(`<bpmn:userTask id="work" name="Vote"><bpmn:extensionElements><zeebe:properties><zeebe:property name="baton:countersign" value="${value}" /></zeebe:properties></bpmn:extensionElements>
        <bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=signers" inputElement="signer" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>`),
      elementId: 'work',
      rule: 'baton/countersign',
      mentions: ['"Vote" (work)', mention],
    })),
    {
      title: 'a reject variable that is not a name',
      xml: processXml(`<bpmn:userTask id="work" name="Vote"><bpmn:extensionElements><zeebe:properties><zeebe:property name="baton:rejectVariable" value="a b" /></zeebe:properties></bpmn:extensionElements>
        <bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=signers" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>`),
      elementId: 'work',
      rule: 'baton/countersign',
      mentions: ['baton:rejectVariable=a b'],
    },
    {
      title: 'a countersign on a task that is not multi-instance',
      xml: processXml(`<bpmn:userTask id="work" name="Vote"><bpmn:extensionElements><zeebe:properties><zeebe:property name="baton:countersign" value="any" /></zeebe:properties></bpmn:extensionElements></bpmn:userTask>`),
      elementId: 'work',
      rule: 'baton/countersign',
      mentions: ['"Vote" (work)', 'not a multi-instance'],
    },
    {
      title: 'two plain start events (bpmnlint)',
      xml: processXml(`${job('work', 'Call')}<bpmn:startEvent id="start2" name="Other start" /><bpmn:sequenceFlow id="in2" sourceRef="start2" targetRef="work" />`),
      elementId: 'p',
      rule: 'bpmnlint/single-blank-start-event',
      mentions: ['p', 'start event'],
    },
  ])('refuses $title', async ({ xml, elementId, rule, mentions }) => {
    // given a model with one executability problem / when validated
    const result = await validateDeployment(xml, { knownForms: ['other-form'] });
    // then it is refused, naming the element in both languages
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(DeployValidationCode.INVALID_MODEL);
    const problem = result.error.problems.find((p) => p.rule === rule);
    expect(problem).toMatchObject({ elementId, severity: 'error' });
    for (const text of mentions) expect(problem?.message.en).toContain(text);
    expect(problem?.message['zh-CN']).toContain(elementId);
  });

  it('accepts a user task whose form is deployed', async () => {
    // given a form id the deploy call knows
    const xml = processXml('<bpmn:userTask id="work" name="Approve"><bpmn:extensionElements><zeebe:formDefinition formId="approval" /></bpmn:extensionElements></bpmn:userTask>');
    // when validated with that form / then it deploys
    expect((await validateDeployment(xml, { knownForms: ['approval'] })).ok).toBe(true);
  });

  it('accepts compensation (boundary, handler, throw) and a cron cycle, and reads the handler link', async () => {
    // given a booking with a compensation handler, a compensation throw with activityRef and a cron start timer
    const xml = processXml(`${job('work', 'Book')}<bpmn:boundaryEvent id="undoBook" attachedToRef="work"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
      <bpmn:serviceTask id="cancel" name="Cancel booking" isForCompensation="true"><bpmn:extensionElements><zeebe:taskDefinition type="crm" /></bpmn:extensionElements></bpmn:serviceTask>
      <bpmn:association id="as" associationDirection="One" sourceRef="undoBook" targetRef="cancel" />
      <bpmn:sequenceFlow id="toUndo" sourceRef="work" targetRef="undo" />
      <bpmn:intermediateThrowEvent id="undo" name="Undo"><bpmn:compensateEventDefinition activityRef="work" waitForCompletion="true" /></bpmn:intermediateThrowEvent>
      <bpmn:startEvent id="daily"><bpmn:timerEventDefinition><bpmn:timeCycle>0 0 9 * * MON-FRI</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
      <bpmn:sequenceFlow id="fromDaily" sourceRef="daily" targetRef="work" />`, 'work', 'undo');
    // when validated
    const result = await validateDeployment(xml);
    // then it deploys without errors, the boundary knows its handler and the throw its activity
    expect(result.ok ? [] : result.error.problems).toEqual([]);
    if (!result.ok) return;
    const nodes = result.processes[0].nodes;
    expect(nodes.undoBook).toMatchObject({ kind: 'boundaryEvent', compensationHandlerId: 'cancel' });
    expect(nodes.cancel).toMatchObject({ isForCompensation: true });
    expect(nodes.undo).toMatchObject({ eventDefinitions: [{ kind: 'compensation', activityId: 'work', waitForCompletion: true }] });
  });

  it.each([
    { title: 'hostile XML', xml: '<!DOCTYPE x [<!ENTITY a "b">]><x/>', code: DeployValidationCode.HOSTILE_XML },
    { title: 'malformed XML', xml: '<bpmn:definitions', code: DeployValidationCode.MALFORMED_XML },
    {
      title: 'no executable process',
      xml: '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t"><process id="p" isExecutable="false" /></definitions>',
      code: DeployValidationCode.NO_EXECUTABLE_PROCESS,
    },
  ])('refuses $title with code $code', async ({ xml, code }) => {
    // given unusable input / when validated / then the typed error says why and lists at least one problem
    const result = await validateDeployment(xml);
    expect(result.ok || result.error.code).toBe(code);
    expect(result.ok || result.error.problems.length).toBeGreaterThan(0);
  });
});
