// End-to-end: import a Camunda model in the modeller, deploy it, start an instance, complete its task in the inbox,
// and see the instance completed in the monitor, in headless Chromium against the real server.
// Run from web/: node --import jiti/register --test --test-reporter=spec e2e/modeler-inbox-monitor.spec.ts
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, startServer, stopServer, WEB_DIR } from './baton-server.mjs';
import { launchSignedUp } from './browser-session';

const RESULTS = join(WEB_DIR, 'test-results', 'modeler-inbox-monitor');
const CORPUS = resolve(WEB_DIR, '../../shared/corpus');
const USER_TASK_MODEL = join(CORPUS, 'bpmn-exec/camunda8-js-sdk/test-tasks-query.bpmn');
const USER_TASK_FORM = join(CORPUS, 'form-js/camunda8-js-sdk/test-basic-form.form');
const NO_DI_JUEL_MODEL = join(
  CORPUS,
  'bpmn-exec/camunda7/ExclusiveGatewayTest.testDivergingExclusiveGateway.bpmn20.xml',
);

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const shape = (id: string) => page.locator(`[data-testid="modeler-canvas"] .djs-element[data-element-id="${id}"]`);
const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });

before(async () => {
  mkdirSync(RESULTS, { recursive: true });
  ensureWebBuild();
  server = await startServer(RESULTS);
  const run = Date.now().toString(36);
  ({ browser, page } = await launchSignedUp(server.url, {
    email: `builder-${run}@example.com`,
    password: 'Relay-runner-2048',
    name: 'Bea Builder',
    workspace: 'Modeller e2e',
  }));
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('modeller: a model without diagram information is laid out, linted, edited and refused by the server', async () => {
  // given the modeller
  await byTestId('nav-modeler').click();
  await page.waitForURL(/\/modeler$/);
  await shape('StartEvent_1').waitFor();

  // when a Camunda 7 file without DI is imported, then it is laid out and drawn
  await byTestId('modeler-import-file').setInputFiles(NO_DI_JUEL_MODEL);
  await shape('exclusiveGw').waitFor();
  await page.locator('.el-message', { hasText: 'laid out automatically' }).waitFor();
  const shapesBefore = await page.locator('[data-testid="modeler-canvas"] .djs-shape').count();

  // copy and paste a task, then undo and redo the paste
  await shape('theTask1').click();
  await byTestId('modeler-copy').click();
  await byTestId('modeler-paste').click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="modeler-canvas"] .djs-shape').length === n + 1,
    shapesBefore,
  );
  await byTestId('modeler-undo').click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="modeler-canvas"] .djs-shape').length === n,
    shapesBefore,
  );
  await byTestId('modeler-redo').click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="modeler-canvas"] .djs-shape').length === n + 1,
    shapesBefore,
  );
  // the pasted copy is disconnected: live lint reports it as an error
  await page
    .locator('[data-testid="modeler-issues"] li', { hasText: 'Not connected to the rest of the process.' })
    .first()
    .waitFor();
  await byTestId('modeler-undo').click();

  // when it is deployed, then the server refuses the JUEL conditions and names the flows in the issues panel
  await byTestId('modeler-deploy').click();
  await byTestId('deploy-submit').click();
  await byTestId('deploy-error').waitFor();
  await page.keyboard.press('Escape');
  const flowIssue = page.locator('[data-testid="modeler-issue-flow2"]', { hasText: 'FEEL' });
  await flowIssue.waitFor();
  assert.match(await flowIssue.innerText(), /server check/);
  await shot('01-modeler-server-issues');

  // clicking the issue selects the element on the canvas
  await flowIssue.click();
  // (Playwright counts SVG connections as hidden, so wait for them to be attached)
  await page
    .locator('[data-testid="modeler-canvas"] .djs-element.selected[data-element-id="flow2"]')
    .waitFor({ state: 'attached' });

  // the model exports as BPMN XML
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    byTestId('modeler-export')
      .click()
      .then(() => byTestId('modeler-export-xml').click()),
  ]);
  assert.equal(download.suggestedFilename(), 'exclusiveGwDiverging.bpmn');
});

let instanceId = '';

test('a Camunda 8 user-task model is deployed from the modeller and an instance started', async () => {
  // given the modeller with the Camunda Modeler file imported unchanged
  await page.goto(`${server?.url}/modeler`);
  await shape('StartEvent_1').waitFor();
  await byTestId('modeler-import-file').setInputFiles(USER_TASK_MODEL);
  await shape('Activity_1nouls1').waitFor();

  // the Baton properties group shows the task's linked form
  await shape('Activity_1nouls1').click();
  await page.locator('[data-testid="modeler-properties"] [data-group-id="group-baton"]').waitFor();
  await shot('02-modeler-imported');

  // when deployed together with its form, then the version is confirmed
  await byTestId('modeler-deploy').click();
  await byTestId('deploy-form-files').setInputFiles(USER_TASK_FORM);
  await byTestId('deploy-form-file').waitFor();
  await byTestId('deploy-submit').click();
  await page.locator('[data-testid="modeler-deployed"]', { hasText: 'test-tasks-query version 1' }).waitFor();

  // and an instance started from there opens in the monitor, its token on the user task
  await byTestId('modeler-start-instance').click();
  await byTestId('start-submit').click();
  await page.waitForURL(/\/monitor\/[0-9a-f-]+$/);
  instanceId = page.url().split('/').pop() ?? '';
  await page.locator('[data-testid="instance-state"][data-state="ACTIVE"]').waitFor();
  await page.locator('[data-testid="token-Activity_1nouls1"]').waitFor();
  await page.locator('.baton-completed[data-element-id="StartEvent_1"]').waitFor();
  await shot('03-monitor-active');
});

test('the task is claimed and completed in the inbox', async () => {
  assert.ok(instanceId, 'needs the instance of the previous test');
  // given the inbox: the model names no candidates, so the task is claimable by anyone
  await byTestId('nav-inbox').click();
  await page.waitForURL(/\/inbox/);
  await byTestId('inbox-tab-claimable').click();
  const row = page.locator('[data-testid="inbox-tasks"] tr', { hasText: 'Enter customer details' });
  await row.waitFor();
  await shot('04-inbox-claimable');
  await row.click();
  await page.waitForURL(new RegExp(`/inbox/${instanceId}/`));

  // when claimed
  await byTestId('task-claim').click();
  await page.locator('[data-testid="task-assignee"]', { hasText: 'Me' }).waitFor();

  // a variables text that is not an object is refused before it is sent
  const json = page.locator('textarea[data-testid="task-variables-json"]');
  if (await json.count()) {
    await json.fill('[1, 2]');
    await byTestId('task-complete').click();
    await shot('05-task-bad-json');
    await byTestId('task-error').waitFor();
    await json.fill('{"firstName": "Ada", "lastName": "Lovelace", "phoneNumber": "+44 20 0000"}');
  } else {
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Lovelace');
  }
  await shot('05-task');

  // then completing it lands in Done
  await byTestId('task-complete').click();
  await page.waitForURL(/\/inbox\?tab=done/);
  await page.locator('[data-testid="inbox-tasks"] tr', { hasText: 'Enter customer details' }).waitFor();
});

test('the monitor shows the instance completed with its path', async () => {
  // given the monitor list filtered to completed instances
  await byTestId('nav-monitor').click();
  await page.waitForURL(/\/monitor$/);
  await byTestId('monitor-filter-state').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: 'Completed' }).click();
  const row = page.locator('[data-testid="monitor-instances"] tr', { hasText: 'test-tasks-query' });
  await row.waitFor();
  assert.match(await row.innerText(), /Completed/);

  // when opened, then the diagram marks the whole path completed and no token remains
  await row.click();
  await page.locator('[data-testid="instance-state"][data-state="COMPLETED"]').waitFor();
  for (const id of ['StartEvent_1', 'Flow_1m26kn9', 'Activity_1nouls1', 'Event_0thxonp']) {
    await page.locator(`.baton-completed[data-element-id="${id}"]`).waitFor({ state: 'attached' });
  }
  assert.equal(await page.locator('[data-testid^="token-"]').count(), 0);
  await page.locator('[data-testid="instance-variables"] tr', { hasText: 'Lovelace' }).waitFor();
  await shot('06-monitor-completed');
});

test('bulk actions: migrate one instance and cancel the rest, with live progress', async () => {
  // given four more running instances, started from the monitor
  for (let i = 0; i < 4; i++) {
    await page.goto(`${server?.url}/monitor`);
    await byTestId('monitor-start').click();
    await byTestId('start-submit').click();
    await page.waitForURL(/\/monitor\/[0-9a-f-]+$/);
  }
  await page.goto(`${server?.url}/monitor`);
  await byTestId('monitor-filter-state').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: 'Active' }).click();
  const rows = page.locator('[data-testid="monitor-instances"] .el-table__body tr');
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="monitor-instances"] .el-table__body tr').length >= 4,
  );
  // (the instance of the earlier tests is still running when the inbox test did not complete it)
  const running = await rows.count();

  // when one is selected and migrated (to its own version: every element maps to itself)
  await rows.first().locator('.el-checkbox').click();
  await page.locator('[data-testid="monitor-bulk"]', { hasText: 'Selected: 1' }).waitFor();
  await byTestId('monitor-bulk-migrate').click();
  await page.locator('[data-testid="migrate-mapping"] tr', { hasText: 'Activity_1nouls1' }).waitFor();
  await page.locator('.el-dialog .el-loading-mask').waitFor({ state: 'hidden' });
  await shot('07-monitor-migrate-dialog');
  await byTestId('migrate-submit').click();
  // then its progress shows and ends completed
  await page
    .locator('[data-testid="batch-progress"][data-state="COMPLETED"]', { hasText: 'Batch migration' })
    .waitFor();
  assert.match(await byTestId('batch-counts').first().innerText(), /1 done · 0 failed · 1 in all/);

  // when all are selected and cancelled
  await page.locator('[data-testid="monitor-instances"] .el-table__header .el-checkbox').click();
  await page.locator('[data-testid="monitor-bulk"]', { hasText: `Selected: ${running}` }).waitFor();
  await byTestId('monitor-bulk-cancel').click();
  await page.locator('.el-popconfirm button', { hasText: 'Yes' }).click();
  // then the cancel batch counts up to all of them and the list of running instances empties
  const cancel = page.locator('[data-testid="batch-progress"]', { hasText: 'Batch cancel' });
  await cancel.waitFor();
  await page.locator('[data-testid="batch-progress"][data-state="COMPLETED"]', { hasText: 'Batch cancel' }).waitFor();
  assert.equal(
    await cancel.locator('[data-testid="batch-counts"]').innerText(),
    `${running} done · 0 failed · ${running} in all`,
  );
  await shot('08-monitor-bulk-cancelled');
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="monitor-instances"] .el-table__body tr').length === 0,
  );
});
