import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasDiagram, linkFlowNodes, prepareForImport, processIdOf } from './diagram-io';

const CORPUS = resolve(__dirname, '../../../../../../shared/corpus/bpmn-exec');
const noDi = readFileSync(resolve(CORPUS, 'camunda7/ExclusiveGatewayTest.testDivergingExclusiveGateway.bpmn20.xml'), 'utf8');
const withDi = readFileSync(resolve(CORPUS, 'camunda8-js-sdk/test-tasks-query.bpmn'), 'utf8');

describe('diagram import', () => {
  it('keeps a model that has diagram information unchanged', async () => {
    // given a Camunda Modeler file, when prepared, then it opens byte for byte as it was
    expect(hasDiagram(withDi)).toBe(true);
    expect(await prepareForImport(withDi)).toEqual({ xml: withDi, laidOut: false });
  });

  it('links flow nodes to their sequence flows before laying out', async () => {
    // given a Camunda 7 file whose nodes list no incoming/outgoing, when linked, then the gateway names its four flows
    const linked = await linkFlowNodes(noDi);
    const gateway = /<(?:bpmn:)?exclusiveGateway id="exclusiveGw"[\s\S]*?<\/(?:bpmn:)?exclusiveGateway>/.exec(linked)?.[0] ?? '';
    expect(gateway.match(/<(?:bpmn:)?(incoming|outgoing)>/g)).toHaveLength(4);
  });

  it('lays out a model without diagram information, edges included', async () => {
    // given the DI-less file, when prepared, then every node gets a shape and every sequence flow an edge
    const { xml, laidOut } = await prepareForImport(noDi);
    expect(laidOut).toBe(true);
    expect(xml.match(/<bpmndi:BPMNShape /g)).toHaveLength(6);
    expect(xml.match(/<bpmndi:BPMNEdge /g)).toHaveLength(7);
  });

  it.each([
    { xml: noDi, expected: 'exclusiveGwDiverging' },
    { xml: withDi, expected: 'test-tasks-query' },
    { xml: '<definitions/>', expected: null },
  ])('names the executable process $expected', ({ xml, expected }) => {
    // given a model, when naming exports, then the executable process id is used
    expect(processIdOf(xml)).toBe(expected);
  });
});
