// End-to-end: the modeller's approval-action, countersign and SLA settings, token simulation and PDF export, in
// headless Chromium against the real server. The builder sets the actions, variable, countersign and an SLA with
// threshold actions through the properties panel (bad input shows errors and is not written), deploys, and the
// deployed model carries them as the engine reads them; token simulation runs the model; the PDF export downloads an
// A4 landscape PDF, vector for Latin labels and a high-resolution image for Chinese ones.
// Run from web/: node --import jiti/register --test --test-reporter=spec e2e/modeler-sla-approval.spec.ts
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, startServer, stopServer, WEB_DIR } from './baton-server.mjs';
import { graphqlCall, loginToken } from './graphql-api';
import { launchSignedUp } from './browser-session';

const RESULTS = join(WEB_DIR, 'test-results', 'modeler-sla-approval');
const PROCESS_ID = 'contract_signoff';
const MODEL = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${PROCESS_ID}" name="Contract sign-off" isExecutable="true">
    <bpmn:startEvent id="start" name="Requested"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="approve" />
    <bpmn:userTask id="approve" name="Manager approval"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="sign" />
    <bpmn:userTask id="sign" name="Board countersign">
      <bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>
      <bpmn:multiInstanceLoopCharacteristics>
        <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[&#34;a&#34;, &#34;b&#34;]" inputElement="signer" /></bpmn:extensionElements>
      </bpmn:multiInstanceLoopCharacteristics>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f3" sourceRef="sign" targetRef="end" />
    <bpmn:endEvent id="end" name="Signed"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="${PROCESS_ID}">
    <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="152" y="142" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="approve_di" bpmnElement="approve"><dc:Bounds x="240" y="120" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="sign_di" bpmnElement="sign"><dc:Bounds x="400" y="120" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="562" y="142" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="160" /><di:waypoint x="240" y="160" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="160" /><di:waypoint x="400" y="160" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="500" y="160" /><di:waypoint x="562" y="160" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
const builder = {
  email: `sla-${Date.now().toString(36)}@example.com`,
  password: 'Relay-runner-2048',
  name: 'Sun Builder',
  workspace: 'SLA e2e',
};

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const panel = () => page.locator('[data-testid="modeler-properties"]');
const entry = (id: string) => panel().locator(`[data-entry-id="${id}"]`);
const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });

/** Selects a diagram element and opens a properties-panel group (closed groups show no entries). */
async function selectAndOpen(elementId: string, groupId: string): Promise<void> {
  const shape = page.locator(`[data-testid="modeler-canvas"] .djs-element[data-element-id="${elementId}"]`);
  const selected = page.locator(`[data-testid="modeler-canvas"] .djs-element.selected[data-element-id="${elementId}"]`);
  if (!(await selected.count())) await shape.click();
  await selected.waitFor();
  const group = panel().locator(`[data-group-id="group-${groupId}"]`);
  await group.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
    await shot(`zz-no-group-${groupId}`);
    console.log(
      await panel().evaluate((el) =>
        [...el.querySelectorAll('[data-group-id]')].map((g) => g.getAttribute('data-group-id')).join(' '),
      ),
    );
    throw error;
  });
  if (!(await group.locator('.bio-properties-panel-group-entries.open').count()))
    await group.locator('.bio-properties-panel-group-header').click();
}

/** Types into a panel text entry and leaves it, so the debounced value is written. */
async function type(entryId: string, value: string): Promise<void> {
  const input = entry(entryId).locator('input');
  await input.fill(value);
  await input.press('Tab');
  await page.waitForTimeout(400);
}

async function exportedXml(): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    byTestId('modeler-export')
      .click()
      .then(() => byTestId('modeler-export-xml').click()),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

async function exportPdf(name: string): Promise<Buffer> {
  await byTestId('modeler-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId('modeler-export-pdf').click()]);
  assert.equal(download.suggestedFilename(), `${PROCESS_ID}.pdf`);
  const pdf = readFileSync(await download.path());
  writeFileSync(join(RESULTS, name), pdf);
  return pdf;
}

/** The deployed model's XML, through the public GraphQL API signed in as the builder. */
async function deployedXml(): Promise<string> {
  const token = await loginToken(server!.url, builder.email, builder.password);
  const { processDefinition } = await graphqlCall<{ processDefinition: { bpmnXml: string } | null }>(
    server!.url,
    'query($id: String!) { processDefinition(bpmnProcessId: $id) { bpmnXml } }',
    { id: PROCESS_ID },
    token,
  );
  return processDefinition?.bpmnXml ?? '';
}

/** The value of a zeebe:property of a task in a saved model ('' when the task has none of that name). */
function property(xml: string, taskId: string, name: string): string | undefined {
  const task = new RegExp(`<bpmn:userTask id="${taskId}"[\\s\\S]*?</bpmn:userTask>`).exec(xml)?.[0] ?? '';
  const raw = new RegExp(`<zeebe:property name="${name}" value="([^"]*)"`).exec(task)?.[1];
  return raw?.replace(/&#34;|&quot;/g, '"').replace(/&amp;/g, '&');
}

before(async () => {
  mkdirSync(RESULTS, { recursive: true });
  ensureWebBuild();
  server = await startServer(RESULTS);
  ({ browser, page } = await launchSignedUp(server.url, builder));
  page.on('response', (response) => {
    if (response.status() >= 400) console.log(`[browser] ${response.status()} ${response.url()}`);
  });
  await byTestId('nav-modeler').click();
  await page.waitForURL(/\/modeler$/);
  const file = join(RESULTS, `${PROCESS_ID}.bpmn`);
  writeFileSync(file, MODEL);
  await byTestId('modeler-import-file').setInputFiles(file);
  await page.locator('[data-testid="modeler-canvas"] .djs-element[data-element-id="approve"]').waitFor();
});

after(async () => {
  await page?.screenshot({ path: join(RESULTS, 'zz-last.png'), fullPage: true }).catch(() => undefined);
  await browser?.close();
  await stopServer(server);
});

test('modeller: approval actions, countersign and SLA set in the panel are deployed', async () => {
  // given the approval task selected, when approve and reject are ticked, return unticked and a variable named
  await selectAndOpen('approve', 'baton-approval');
  assert.equal(await entry('baton-approval-transfer').locator('input').isChecked(), true, 'defaults are shown ticked');
  assert.equal(await entry('baton-countersign-mode').count(), 0, 'no countersign on a single-instance task');
  await entry('baton-approval-approve').locator('input').check();
  await entry('baton-approval-reject').locator('input').check();
  await entry('baton-approval-return').locator('input').uncheck();
  await type('baton-approval-variable', 'manager ok');
  await entry('baton-approval-variable').locator('.bio-properties-panel-error').waitFor();
  await type('baton-approval-variable', 'managerOk');
  assert.equal(await entry('baton-approval-variable').locator('.bio-properties-panel-error').count(), 0);

  // and an SLA: a malformed duration is refused with an error, then valid deadlines and two threshold actions
  await selectAndOpen('approve', 'baton-sla');
  await type('baton-sla-completeWithin', '2 days');
  await entry('baton-sla-completeWithin').locator('.bio-properties-panel-error').waitFor();
  await type('baton-sla-completeWithin', 'P2D');
  await type('baton-sla-respondWithin', 'PT4H');
  const thresholds = entry('baton-sla-thresholds');
  for (let i = 0; i < 3; i++) await thresholds.locator('.bio-properties-panel-add-entry').first().click();
  assert.equal(await thresholds.locator('.bio-properties-panel-list-entry-item').count(), 3);
  // the delete button shows when the item is hovered
  await thresholds.locator('.bio-properties-panel-list-entry-item').nth(2).hover();
  await thresholds
    .locator('.bio-properties-panel-list-entry-item')
    .nth(2)
    .locator('.bio-properties-panel-remove-list-entry')
    .click();
  assert.equal(await thresholds.locator('.bio-properties-panel-list-entry-item').count(), 2);
  const item = async (i: number) => {
    const header = entry(`baton-sla-thresholds-${i}`).locator('.bio-properties-panel-collapsible-entry-header').first();
    if (!(await entry(`baton-sla-thresholds-${i}-action`).isVisible())) await header.click();
  };
  await item(0);
  await entry('baton-sla-thresholds-0-deadline').locator('select').selectOption('respond');
  await type('baton-sla-thresholds-0-offset', '-PT1H');
  await item(1);
  await entry('baton-sla-thresholds-1-action').locator('select').selectOption('escalate');
  // an escalation without its code is a problem the group names
  await panel().locator('[data-testid="sla-problems"]').waitFor();
  await type('baton-sla-thresholds-1-escalationCode', 'contract_late');
  await entry('baton-sla-thresholds-1-action').locator('select').selectOption('complete');
  await type('baton-sla-thresholds-1-variables', '{"approved": false}');
  await type('baton-sla-thresholds-1-offset', 'PT2H');
  assert.equal(await panel().locator('[data-testid="sla-problems"]').count(), 0);
  await shot('01-approval-and-sla');
  // nothing in the panel is wider than it (the threshold list's delete buttons stay inside)
  const overflow = await panel()
    .locator('.bio-properties-panel-scroll-container')
    .evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 1, `the properties panel overflows by ${overflow} px`);

  // and the board countersign (multi-instance) set to 60 % with a reject variable
  await selectAndOpen('sign', 'baton-approval');
  // (a change event lost while the panel re-renders for the new selection is sent again)
  for (let attempt = 0; attempt < 3 && !(await entry('baton-countersign-percent').count()); attempt += 1) {
    await entry('baton-countersign-mode')
      .locator('select')
      .selectOption(attempt % 2 === 0 ? 'percent' : 'all');
    if (attempt % 2 === 1) await entry('baton-countersign-mode').locator('select').selectOption('percent');
    await entry('baton-countersign-percent')
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
  }
  await type('baton-countersign-percent', '0');
  await entry('baton-countersign-percent').locator('.bio-properties-panel-error').waitFor();
  await type('baton-countersign-percent', '60');
  await type('baton-countersign-reject', 'boardOk');

  // then undo takes back the last change in one step, and redo restores it
  let xml = await exportedXml();
  assert.equal(property(xml, 'sign', 'baton:rejectVariable'), 'boardOk');
  await byTestId('modeler-undo').click();
  xml = await exportedXml();
  assert.equal(property(xml, 'sign', 'baton:rejectVariable'), undefined);
  await byTestId('modeler-redo').click();

  // when deployed
  await byTestId('modeler-deploy').click();
  await byTestId('deploy-submit').click();
  await byTestId('modeler-deployed').waitFor();
  await shot('02-deployed');

  // then the deployed model carries every setting as the engine reads it
  xml = await deployedXml();
  writeFileSync(join(RESULTS, 'deployed.bpmn'), xml);
  assert.equal(property(xml, 'approve', 'baton:approvalActions'), 'approve,reject,transfer,delegate,addSigner,cc');
  assert.equal(property(xml, 'approve', 'baton:approvalVariable'), 'managerOk');
  assert.deepEqual(JSON.parse(property(xml, 'approve', 'baton:sla') ?? 'null'), {
    respondWithin: 'PT4H',
    completeWithin: 'P2D',
    thresholds: [
      { deadline: 'respond', offset: '-PT1H', action: 'remind' },
      { deadline: 'complete', offset: 'PT2H', action: 'complete', variables: { approved: false } },
    ],
  });
  assert.equal(property(xml, 'sign', 'baton:countersign'), 'percent:60');
  assert.equal(property(xml, 'sign', 'baton:rejectVariable'), 'boardOk');
});

test('modeller: token simulation walks the model', async () => {
  // when the toolbar toggle is switched on, then the simulation palette shows and the diagram is in simulation mode
  await byTestId('modeler-simulation').click();
  assert.equal(await byTestId('modeler-simulation').getAttribute('aria-pressed'), 'true');
  await page
    .locator('.bjs-container.simulation, .simulation .bjs-container, [data-testid="modeler-canvas"].simulation')
    .first()
    .waitFor();
  await page.locator('.bts-palette:not(.hidden)').waitFor();
  // and starting the start event runs a token (the library notes the start)
  await page.locator('.djs-overlay-container .bts-context-pad[title="Trigger Event"]').first().click();
  await page.locator('.bts-notification').first().waitFor();
  await shot('03-simulation');
  // when switched off, then modelling is back
  await byTestId('modeler-simulation').click();
  assert.equal(await byTestId('modeler-simulation').getAttribute('aria-pressed'), 'false');
  await page.locator('.bts-palette.hidden').waitFor({ state: 'attached' });
});

test('modeller: the diagram exports as an A4 landscape PDF', async () => {
  // when exported with Latin labels, then it is a PDF of one A4 landscape page drawn as vectors (no image)
  const vector = await exportPdf('diagram-vector.pdf');
  assert.equal(vector.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = vector.toString('latin1');
  const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
  assert.deepEqual(
    [Number(mediaBox?.[1]).toFixed(2), Number(mediaBox?.[2]).toFixed(2)],
    ['841.89', '595.28'],
    'one A4 landscape page',
  );
  assert.match(text, /\/Count 1\b/);
  assert.doesNotMatch(text, /\/Subtype \/Image/);

  // when a label is Chinese, then the page carries the diagram as a high-resolution image instead
  await selectAndOpen('end', 'general');
  await entry('name').locator('textarea').fill('已签署 Signed');
  await entry('name').locator('textarea').press('Tab');
  await page
    .locator('[data-testid="modeler-canvas"] .djs-element[data-element-id="end_label"]', { hasText: '已签署' })
    .waitFor();
  const raster = await exportPdf('diagram-raster.pdf');
  const rasterText = raster.toString('latin1');
  assert.equal(raster.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(rasterText, /\/Subtype \/Image/);
  const width = Number(/\/Width (\d+)/.exec(rasterText)?.[1] ?? 0);
  assert.ok(width >= 4 * 400, `image ${width} px wide, expected a 4× raster`);
});

test('modeller: the FEEL editor of an input mapping flags unparsable FEEL and clears the mark once fixed', async () => {
  // given the manager's task with a new input mapping
  await selectAndOpen('approve', 'inputs');
  const inputs = panel().locator('[data-group-id="group-inputs"]');
  await inputs.locator('.bio-properties-panel-add-entry').click();
  const source = panel().locator('[data-entry-id$="-source"]').first();
  await source.waitFor();
  // the value is optional FEEL: the ƒ button turns the field into the FEEL editor
  await source.locator('.bio-properties-panel-feel-icon').click();
  const editor = source.locator('.cm-content');
  // when the value is unparsable FEEL, then the editor marks the error
  await editor.click();
  await page.keyboard.type('amount >');
  const error = source.locator('.cm-lintRange-error, .bio-properties-panel-error');
  await error.first().waitFor({ timeout: 10_000 });
  await shot('05-feel-error');
  // when it is completed, then the mark goes away
  await page.keyboard.type(' 5');
  await error.first().waitFor({ state: 'detached', timeout: 10_000 });
});
