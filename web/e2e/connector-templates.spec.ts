// End-to-end: the workspace's connector element templates in the modeller. A server with the fixture plugin "crm"
// (server/test/fixtures/plugins/crm) serves its connector's template; the builder applies it to a service task through
// the properties panel's "Select" template button, and the exported model carries the job type, the input mappings
// and the task headers (the secret field as {{secrets.API_KEY}}).
// Run from web/: node --import jiti/register --test --test-reporter=spec e2e/connector-templates.spec.ts
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, startServer, stopServer, WEB_DIR } from './baton-server.mjs';
import { launchSignedUp } from './browser-session';

const RESULTS = join(WEB_DIR, 'test-results', 'connector-templates');
const CRM_PLUGIN = resolve(WEB_DIR, '../server/test/fixtures/plugins/crm');
const MODEL = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="lead_intake" isExecutable="true"><bpmn:serviceTask id="call" name="Create the lead" /></bpmn:process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="lead_intake">
    <bpmndi:BPMNShape id="call_di" bpmnElement="call"><dc:Bounds x="200" y="120" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

before(async () => {
  mkdirSync(RESULTS, { recursive: true });
  ensureWebBuild();
  process.env.BATON_PLUGIN_DIRS = CRM_PLUGIN;
  server = await startServer(RESULTS);
  ({ browser, page } = await launchSignedUp(server.url, {
    email: `templates-${Date.now().toString(36)}@example.com`,
    password: 'Relay-runner-2048',
    name: 'Tao Builder',
    workspace: 'Templates e2e',
  }));
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('modeller: a connector template applies to a service task (job type, inputs, headers)', async () => {
  // given a model with a plain service task, opened in the modeller
  await byTestId('nav-modeler').click();
  await page.waitForURL(/\/modeler$/);
  const file = join(RESULTS, 'lead_intake.bpmn');
  writeFileSync(file, MODEL);
  await byTestId('modeler-import-file').setInputFiles(file);
  const task = page.locator('[data-testid="modeler-canvas"] .djs-element[data-element-id="call"]');
  await task.waitFor();

  // when the builder selects the task and picks the CRM connector's template
  await task.click();
  await page.locator('[data-testid="modeler-properties"] .bio-properties-panel-select-template-button').click();
  await byTestId('connector-template-test:crm:create-lead').click();
  await page.screenshot({ path: join(RESULTS, 'applied.png'), fullPage: true });

  // then the exported model has the connector's job type, its input mappings and its headers
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    byTestId('modeler-export').click().then(() => byTestId('modeler-export-xml').click()),
  ]);
  const xml = readFileSync(await download.path(), 'utf8');
  writeFileSync(join(RESULTS, 'exported.bpmn'), xml);
  assert.match(xml, /zeebe:modelerTemplate="test:crm:create-lead"/);
  assert.match(xml, /<zeebe:taskDefinition type="test:crm:create-lead"/);
  assert.match(xml, /<zeebe:input[^>]*target="priority"/);
  assert.match(xml, /<zeebe:header key="apiKey" value="\{\{secrets\.API_KEY\}\}"/);
  assert.match(xml, /<zeebe:header key="resultVariable" value="result"/);
});
