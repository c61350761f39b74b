// End-to-end: the task page and inbox in headless Chromium against the real server. A manager works an approval
// step whose model offers approve / reject / return / transfer / add signer / CC: live inbox updates (subscriptions),
// comments with @mention and an attachment, CC, add signer before, return, reject with the flow following the vote,
// the instance timeline and diagram, "started by me", and a phone-width layout. Setup goes through the GraphQL API.
// Run from web/: node --import jiti/register --test --test-reporter=spec e2e/task-page.spec.ts
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, startServer, stopServer, WEB_DIR } from './baton-server.mjs';
import { graphqlCall } from './graphql-api';

const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
const RESULTS = join(WEB_DIR, 'test-results', 'task-page');
const PASSWORD = 'Relay-runner-2048';

type Server = Awaited<ReturnType<typeof startServer>>;
interface Person {
  token: string;
  userId: string;
  email: string;
  name: string;
}
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
let owner: Person;
let max: Person;
let fay: Person;

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });

const gql = <T>(who: Person | null, query: string, variables: Record<string, unknown> = {}) =>
  graphqlCall<T>(server!.url, query, variables, who?.token);

const AUTH = `token user { id email name }`;
type Auth = { token: string; user: { id: string; email: string; name: string } };
const person = (a: Auth): Person => ({ token: a.token, userId: a.user.id, email: a.user.email, name: a.user.name });

async function join_(email: string, name: string): Promise<Person> {
  const { inviteMember } = await gql<{ inviteMember: { token: string } }>(
    owner,
    `mutation($e: String!) { inviteMember(input: { email: $e, role: MEMBER }) { token } }`,
    { e: email },
  );
  const { acceptInvitation } = await gql<{ acceptInvitation: Auth }>(
    null,
    `mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(input: { token: $t, name: $n, password: $p }) { ${AUTH} } }`,
    {
      t: inviteMember.token,
      n: name,
      p: PASSWORD,
    },
  );
  return person(acceptInvitation);
}

const MODEL = (managerId: string, ownerId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="https://baton.example/e2e">
  <bpmn:process id="discount" name="折扣审批" isExecutable="true">
    <bpmn:startEvent id="s" name="提交" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="prepare" />
    <bpmn:userTask id="prepare" name="准备报价"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="${ownerId}" /></bpmn:extensionElements></bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="prepare" targetRef="review" />
    <bpmn:userTask id="review" name="经理审批"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="${managerId}" />
      <zeebe:properties><zeebe:property name="baton:approvalActions" value="approve,reject,return,transfer,addSigner,cc" /></zeebe:properties>
    </bpmn:extensionElements></bpmn:userTask>
    <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="gw" /><bpmn:exclusiveGateway id="gw" default="no" />
    <bpmn:sequenceFlow id="yes" sourceRef="gw" targetRef="approvedEnd"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=approved = true</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="no" sourceRef="gw" targetRef="rejectedEnd" />
    <bpmn:endEvent id="approvedEnd" name="已批准" /><bpmn:endEvent id="rejectedEnd" name="已拒绝" />
  </bpmn:process>
</bpmn:definitions>`;

interface OpenTask {
  id: string;
  elementId: string;
  state: string;
  assignee: string | null;
}
const tasksOf = async (who: Person, instanceId: string) =>
  (
    await gql<{ tasks: { nodes: OpenTask[] } }>(
      who,
      `query($p: ID!) { tasks(filter: { processInstanceId: $p }, first: 50) { nodes { id elementId state assignee } } }`,
      { p: instanceId },
    )
  ).tasks.nodes;

/** Owner starts a request and completes "prepare", so it waits at the manager's review. */
async function requestAtReview(discount: number): Promise<string> {
  const { startProcessInstance } = await gql<{ startProcessInstance: { id: string } }>(
    owner,
    `mutation($v: JSON) { startProcessInstance(input: { bpmnProcessId: "discount", variables: $v }) { id } }`,
    { v: { discount } },
  );
  const prepare = (await tasksOf(owner, startProcessInstance.id)).find(
    (t) => t.elementId === 'prepare' && t.state === 'CREATED',
  )!;
  await gql(owner, `mutation($id: ID!) { completeTask(id: $id, variables: {}) { id } }`, { id: prepare.id });
  return startProcessInstance.id;
}

before(async () => {
  mkdirSync(RESULTS, { recursive: true });
  ensureWebBuild();
  server = await startServer(RESULTS);
  const run = Date.now().toString(36);
  const { signUp } = await gql<{ signUp: Auth }>(
    null,
    `mutation($e: String!, $p: String!) { signUp(input: { email: $e, password: $p, name: "Olivia Owner", workspaceName: "Task page e2e" }) { ${AUTH} } }`,
    {
      e: `owner-${run}@example.com`,
      p: PASSWORD,
    },
  );
  owner = person(signUp);
  max = await join_(`max-${run}@example.com`, 'Max Manager');
  fay = await join_(`fay-${run}@example.com`, 'Fay Finance');
  await gql(owner, `mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }`, {
    x: MODEL(max.userId, owner.userId),
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => console.log(`[browser] ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`[console] ${m.text().slice(0, 300)}`);
  });
  await page.goto(`${server.url}/sign-in`);
  await page.locator('input[data-testid="email"]').fill(max.email);
  await page.locator('input[data-testid="password"]').fill(PASSWORD);
  await byTestId('submit').click();
  await byTestId('app-shell').waitFor();
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

let first: string;

test('the inbox updates live: a task assigned meanwhile appears without a reload', async () => {
  first = await requestAtReview(20);
  await page.goto(`${server!.url}/inbox`);
  await byTestId('inbox-live').waitFor();
  await page.locator('[data-testid="inbox-task-name"]', { hasText: '经理审批' }).first().waitFor();
  const before = await page.locator('[data-testid="inbox-task-name"]').count();
  // when another request reaches the manager while the inbox is open (polling is 30 s while live)
  const started = Date.now();
  await requestAtReview(5);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="inbox-task-name"]').length === n + 1,
    before,
    { timeout: 8_000 },
  );
  assert.ok(Date.now() - started < 8_000);
  await shot('01-inbox-live');
});

test('the task page offers the model’s actions, comments with a mention and an attachment, copies and adds a signer', async () => {
  const review = (await tasksOf(max, first)).find((t) => t.elementId === 'review')!;
  await page.goto(`${server!.url}/inbox/${first}/${review.id}`);
  await byTestId('task-approve').waitFor();
  await byTestId('task-reject').waitFor();
  assert.equal(await byTestId('task-complete').count(), 0);
  // the timeline and diagram show the path so far
  await byTestId('instance-diagram').locator('.djs-element[data-element-id="review"]').waitFor();
  await page.locator('[data-testid="timeline-step-COMPLETED"]', { hasText: '准备报价' }).waitFor();
  // More: what the model offers, not delegate
  await byTestId('task-more').click();
  await byTestId('task-action-return').waitFor();
  assert.equal(await page.locator('[data-testid="task-action-delegate"]:visible').count(), 0);
  await page.keyboard.press('Escape');

  // comment with an @mention and an attachment; the requester-side file comes back byte for byte
  await byTestId('task-comment-attach').setInputFiles({
    name: 'quote-报价.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7 报价 v2'),
  });
  await page.locator('[data-testid="task-comment-pending-file"]', { hasText: 'quote-报价.pdf' }).waitFor();
  await page.locator('textarea[data-testid="task-comment-input"]').fill('@Fay Finance please check the quote');
  await byTestId('task-comment-send').click();
  await page.locator('[data-testid="task-comment"]', { hasText: 'please check the quote' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId('task-comment-file').click()]);
  assert.equal(download.suggestedFilename(), 'quote-报价.pdf');
  assert.equal(readFileSync((await download.path())!, 'utf8'), '%PDF-1.7 报价 v2');
  // the mention let Fay read the task's comments
  const { taskComments } = await gql<{ taskComments: { mentions: { id: string }[] }[] }>(
    fay,
    `query($id: ID!) { taskComments(taskId: $id) { mentions { id } } }`,
    { id: review.id },
  );
  assert.deepEqual(taskComments[0].mentions, [{ id: fay.userId }]);

  // CC to Fay: it lands in her CC inbox
  await byTestId('task-more').click();
  await page.locator('[data-testid="task-action-cc"]:visible').click();
  await byTestId('action-people').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: 'Fay Finance' }).click();
  await page.locator('textarea[data-testid="action-reason"]').fill('FYI');
  await byTestId('action-submit').click();
  await byTestId('task-action-dialog').waitFor({ state: 'hidden' });
  const { copiedToMe } = await gql<{ copiedToMe: { totalCount: number; nodes: { note: string }[] } }>(
    fay,
    `{ copiedToMe { totalCount nodes { note } } }`,
  );
  assert.deepEqual([copiedToMe.totalCount, copiedToMe.nodes[0].note], [1, 'FYI']);

  // add Fay as a signer before: a reason is required, then the task waits for her
  await byTestId('task-more').click();
  await page.locator('[data-testid="task-action-addSigner"]:visible').click();
  await byTestId('action-person').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: 'Fay Finance' }).click();
  await byTestId('action-submit').click();
  await page.locator('.el-form-item__error', { hasText: 'Give a reason' }).waitFor();
  await page.locator('textarea[data-testid="action-reason"]').fill('金额超过 50 万，请财务先看');
  await byTestId('action-submit').click();
  await byTestId('task-suspended').waitFor();
  await shot('02-task-suspended');
  const signer = (await tasksOf(fay, first)).find((t) => t.assignee === fay.userId && t.state === 'CREATED')!;
  // the signer votes too (the same approval step), then the task is the manager's again
  await gql(fay, `mutation($id: ID!) { completeTask(id: $id, variables: { approved: true }) { id } }`, {
    id: signer.id,
  });
  await page.reload();
  await byTestId('task-approve').waitFor();
  await page.locator('[data-testid="timeline-action-SIGNER_ADDED"]').waitFor();
});

test('return sends the request back to an earlier step, with the reason on the timeline', async () => {
  const review = (await tasksOf(max, first)).find((t) => t.elementId === 'review' && t.state === 'CREATED')!;
  await page.goto(`${server!.url}/inbox/${first}/${review.id}`);
  await byTestId('task-more').click();
  await page.locator('[data-testid="task-action-return"]:visible').click();
  await byTestId('action-target').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '准备报价' }).click();
  await page.locator('textarea[data-testid="action-reason"]').fill('报价缺少附件');
  await byTestId('action-submit').click();
  await page.waitForURL(/\/inbox(\?|$)/);
  const open = (await tasksOf(owner, first)).filter((t) => t.state === 'CREATED').map((t) => t.elementId);
  assert.deepEqual(open, ['prepare']);
  // the owner's task page shows the return and its reason on the timeline
  const { tasks } = await gql<{ tasks: { nodes: { events: { action: string; reason: string }[] }[] } }>(
    owner,
    `query($p: ID!) { tasks(filter: { processInstanceId: $p }, first: 50) { nodes { events { action reason } } } }`,
    { p: first },
  );
  assert.ok(tasks.nodes.some((t) => t.events.some((e) => e.action === 'RETURNED' && e.reason === '报价缺少附件')));
  await page.goto(`${server!.url}/inbox/request/${first}`);
  await page.locator('[data-testid="timeline-action-RETURNED"]', { hasText: '报价缺少附件' }).waitFor();
});

test('reject completes the vote: the flow takes the rejected path', async () => {
  const second = await requestAtReview(30);
  const review = (await tasksOf(max, second)).find((t) => t.elementId === 'review')!;
  await page.goto(`${server!.url}/inbox/${second}/${review.id}`);
  await byTestId('task-reject').click();
  await page.waitForURL(/tab=done/);
  const { processInstance } = await gql<{
    processInstance: {
      state: string;
      variables: { approved?: boolean };
      history: { elementId: string; event: string }[];
    };
  }>(owner, `query($id: ID!) { processInstance(id: $id) { state variables history { elementId event } } }`, {
    id: second,
  });
  assert.equal(processInstance.state, 'COMPLETED');
  assert.equal(processInstance.variables.approved, false);
  assert.ok(processInstance.history.some((h) => h.elementId === 'rejectedEnd' && h.event === 'COMPLETED'));
});

test('started by me lists my requests and opens their progress; the task page fits a phone', async () => {
  const { startProcessInstance } = await gql<{ startProcessInstance: { id: string } }>(
    max,
    `mutation { startProcessInstance(input: { bpmnProcessId: "discount" }) { id } }`,
  );
  await page.goto(`${server!.url}/inbox?tab=started`);
  await page.locator('[data-testid="inbox-started-process"]', { hasText: 'discount' }).first().click();
  await page.waitForURL(new RegExp(`/inbox/request/${startProcessInstance.id}`));
  await byTestId('instance-diagram').locator('.djs-element[data-element-id="prepare"]').waitFor();
  await page.locator('[data-testid="timeline-step-STARTED"]', { hasText: '准备报价' }).waitFor();
  // a phone: the task page has no horizontal scrolling
  const phone = await browser!.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
  const mobile = await phone.newPage();
  const third = await requestAtReview(10);
  const review = (await tasksOf(max, third)).find((t) => t.elementId === 'review')!;
  await mobile.goto(`${server!.url}/sign-in`);
  await mobile.locator('input[data-testid="email"]').fill(max.email);
  await mobile.locator('input[data-testid="password"]').fill(PASSWORD);
  await mobile.locator('[data-testid="submit"]').click();
  await mobile.locator('[data-testid="app-shell"]').waitFor();
  await mobile.goto(`${server!.url}/inbox/${third}/${review.id}`);
  await mobile.locator('[data-testid="task-approve"]').waitFor();
  assert.equal((await mobile.locator('[data-testid="task-approve"]').innerText()).trim(), '同意');
  const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `horizontal overflow of ${overflow}px`);
  await mobile.screenshot({ path: join(RESULTS, '03-task-phone-zh.png'), fullPage: true });
  await phone.close();
});

test('the monitor edits a variable and modifies a running request, both audited', async () => {
  const id = await requestAtReview(12);
  const context = await browser!.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const admin = await context.newPage();
  await admin.goto(`${server!.url}/sign-in`);
  await admin.locator('input[data-testid="email"]').fill(owner.email);
  await admin.locator('input[data-testid="password"]').fill(PASSWORD);
  await admin.locator('[data-testid="submit"]').click();
  await admin.locator('[data-testid="app-shell"]').waitFor();
  await admin.goto(`${server!.url}/monitor/${id}`);
  // edit: a bad JSON value is refused in the dialog, a good one saved
  await admin.locator('[data-testid="variable-edit-discount"]').click();
  await admin.locator('textarea[data-testid="variable-value"]').fill('twenty');
  await admin.locator('[data-testid="variable-save"]').click();
  await admin.locator('.el-form-item__error', { hasText: 'must be JSON' }).waitFor();
  await admin.locator('textarea[data-testid="variable-value"]').fill('25');
  await admin.locator('[data-testid="variable-save"]').click();
  await admin.locator('[data-testid="instance-variables"]', { hasText: '25' }).waitFor();
  // modify: end the review and put the token back on "prepare"
  await admin.locator('[data-testid="instance-modify"]').click();
  await admin.locator('[data-testid="modify-terminate-review"]').click();
  await admin.locator('[data-testid="modify-activate"]').click();
  await admin.locator('.el-select-dropdown__item:visible', { hasText: '准备报价' }).click();
  await admin.keyboard.press('Escape');
  await admin.locator('[data-testid="modify-submit"]').click();
  await admin.locator('[data-testid="modify-dialog"]').waitFor({ state: 'hidden' });
  const { processInstance } = await gql<{
    processInstance: { variables: { discount: number }; activeElementIds: string[] };
  }>(owner, `query($id: ID!) { processInstance(id: $id) { variables activeElementIds } }`, { id });
  assert.equal(processInstance.variables.discount, 25);
  assert.deepEqual(processInstance.activeElementIds, ['prepare']);
  const { auditLog } = await gql<{ auditLog: { nodes: { action: string }[] } }>(
    owner,
    `{ auditLog(first: 50) { nodes { action } } }`,
  );
  const actions = auditLog.nodes.map((e) => e.action);
  assert.ok(
    actions.includes('process.variables_set') && actions.includes('process.instance_modified'),
    actions.join(', '),
  );
  await admin.screenshot({ path: join(RESULTS, '04-monitor-modified.png'), fullPage: true });
  // the instance list filters by who started: Max started exactly one request (in "started by me")
  await admin.goto(`${server!.url}/monitor`);
  await admin.locator('[data-testid="monitor-filter-started-by"]').click();
  await admin.locator('.el-select-dropdown__item:visible', { hasText: 'Max Manager' }).click();
  await admin.waitForFunction(
    () => document.querySelectorAll('[data-testid="monitor-instances"] tbody tr').length === 1,
  );
  await context.close();
});
