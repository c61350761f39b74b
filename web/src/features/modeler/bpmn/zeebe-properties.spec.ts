import { resolve } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { describe, expect, it } from 'vitest';
import { approvalUpdates, countersignUpdates } from './approval-settings';
import { SLA_PROPERTY, serializeSla } from './sla-settings';
import {
  type ModdleFactory,
  type ModdleLike,
  type UpdateModdleCommand,
  readZeebeProperties,
  readZeebeProperty,
  zeebePropertyCommands,
} from './zeebe-properties';

// The engine's own readers, loaded at run time (the web's tsconfig does not compile server sources): what the panel
// writes must be what the engine reads.
type ModdleElement = { $type: string };
const SERVER_ENGINE = resolve(__dirname, '../../../../../server/src/engine');
const engineModule = (path: string) => import(/* @vite-ignore */ `${SERVER_ENGINE}/${path}`);
const { readApprovalSettings } = (await engineModule('parse/read-approval-actions.ts')) as {
  readApprovalSettings(el: ModdleElement): unknown;
};
const { readCountersign: serverReadCountersign } = (await engineModule('parse/read-countersign.ts')) as {
  readCountersign(el: ModdleElement): unknown;
};
const { parseSlaPolicy } = (await engineModule('sla/sla-policy.ts')) as { parseSlaPolicy(raw: string): unknown };

const model = (extensions = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="p" isExecutable="true"><bpmn:userTask id="approve" name="Approve">${extensions}</bpmn:userTask></bpmn:process>
</bpmn:definitions>`;

interface Loaded {
  moddle: BpmnModdle & ModdleFactory;
  root: ModdleLike;
  task: ModdleLike & { set(name: string, value: unknown): void };
}

async function load(extensions = ''): Promise<Loaded> {
  const moddle = new BpmnModdle({ zeebe: zeebeModdle }) as BpmnModdle & ModdleFactory;
  const { rootElement } = await moddle.fromXML(model(extensions));
  const process = (rootElement as unknown as { rootElements: { flowElements: Loaded['task'][] }[] }).rootElements[0];
  return { moddle, root: rootElement as unknown as ModdleLike, task: process.flowElements[0] };
}

/** What bpmn-js' `element.updateModdleProperties` does to the business objects. */
function apply(commands: UpdateModdleCommand[]): void {
  for (const { context } of commands) {
    for (const [name, value] of Object.entries(context.properties))
      (context.moddleElement as unknown as Loaded['task']).set(name, value);
  }
}

async function write(loaded: Loaded, updates: Record<string, string | undefined>): Promise<string> {
  apply(zeebePropertyCommands(loaded.moddle, 'element', loaded.task, updates));
  return (await loaded.moddle.toXML(loaded.root as never, { format: true })).xml;
}

describe('zeebe:properties in the modeller', () => {
  it('creates extensionElements, zeebe:properties and the property on a bare task', async () => {
    // given a user task without extensions, when a property is written, then the XML carries it as the server reads it
    const loaded = await load();
    const xml = await write(loaded, { 'baton:approvalActions': 'approve,reject' });
    expect(xml).toMatch(
      /<bpmn:extensionElements>\s*<zeebe:properties>\s*<zeebe:property name="baton:approvalActions" value="approve,reject" \/>/,
    );
    expect(readZeebeProperty(loaded.task, 'baton:approvalActions')).toBe('approve,reject');
  });

  it('updates one property and keeps the others in place', async () => {
    // given two properties, when the first one changes, then only its value changes and the order stays
    const loaded = await load(
      '<bpmn:extensionElements><zeebe:properties><zeebe:property name="a" value="1" /><zeebe:property name="keep" value="x" /></zeebe:properties></bpmn:extensionElements>',
    );
    const xml = await write(loaded, { a: '2' });
    expect(xml).toMatch(/name="a" value="2" \/>\s*<zeebe:property name="keep" value="x"/);
  });

  it('removes a property and drops an emptied zeebe:properties', async () => {
    // given one property next to a form definition, when it is removed, then zeebe:properties goes and the form stays
    const loaded = await load(
      '<bpmn:extensionElements><zeebe:formDefinition formId="f" /><zeebe:properties><zeebe:property name="baton:sla" value="{}" /></zeebe:properties></bpmn:extensionElements>',
    );
    const xml = await write(loaded, { 'baton:sla': undefined });
    expect(xml).not.toMatch(/zeebe:properties/);
    expect(xml).toMatch(/<zeebe:formDefinition formId="f" \/>/);
  });

  it('reduces a repeated name to its first entry, which the server reads', async () => {
    // given the same name twice, when read, then the first wins; when written, then one entry remains
    const loaded = await load(
      '<bpmn:extensionElements><zeebe:properties><zeebe:property name="n" value="first" /><zeebe:property name="n" value="second" /></zeebe:properties></bpmn:extensionElements>',
    );
    expect(readZeebeProperties(loaded.task).get('n')).toBe('first');
    const xml = await write(loaded, { n: 'third' });
    expect(xml.match(/name="n"/g)).toHaveLength(1);
    expect(xml).toMatch(/name="n" value="third"/);
  });

  it('returns no command when nothing changes', async () => {
    // given a stored value, when the same value and an absent removal are written, then there is nothing to undo
    const loaded = await load(
      '<bpmn:extensionElements><zeebe:properties><zeebe:property name="a" value="1" /></zeebe:properties></bpmn:extensionElements>',
    );
    expect(zeebePropertyCommands(loaded.moddle, 'element', loaded.task, { a: '1', b: undefined })).toEqual([]);
  });

  it('keeps an empty string as a value (an empty action list is not the defaults)', async () => {
    // given a bare task, when the actions are set to none, then the property is written with an empty value
    const loaded = await load();
    const xml = await write(loaded, { 'baton:approvalActions': '' });
    expect(xml).toMatch(/<zeebe:property name="baton:approvalActions" value="" \/>/);
  });

  it("round-trips approval, countersign and SLA settings through XML to the engine's readers", async () => {
    // given a bare task, when the panel's writers set every Baton property and the model is saved and reopened
    const loaded = await load();
    const sla = serializeSla({
      completeWithin: 'P2D',
      thresholds: [{ deadline: 'complete', offset: '-PT2H', action: 'notifyManager', group: 'managers' }],
    });
    const xml = await write(loaded, {
      ...approvalUpdates(['approve', 'reject', 'transfer'], 'managerOk'),
      ...countersignUpdates({ mode: 'percent', percent: 60, rejectVariable: 'managerOk' }),
      [SLA_PROPERTY]: sla,
    });
    const reopened = await load();
    const { rootElement } = await reopened.moddle.fromXML(xml);
    const task = (rootElement as unknown as { rootElements: { flowElements: ModdleElement[] }[] }).rootElements[0]!
      .flowElements[0]!;
    // then the engine reads the same settings back
    expect(readApprovalSettings(task)).toEqual({
      approval: { actions: ['approve', 'reject', 'transfer'], variable: 'managerOk' },
    });
    expect(serverReadCountersign(task)).toEqual({
      countersign: { mode: 'percent', percent: 60, rejectVariable: 'managerOk' },
    });
    expect(parseSlaPolicy(readZeebeProperty(task as unknown as ModdleLike, SLA_PROPERTY) ?? '')).toEqual({
      completeWithin: 'P2D',
      thresholds: [{ deadline: 'complete', offset: '-PT2H', action: 'notifyManager', group: 'managers' }],
    });
  });
});
