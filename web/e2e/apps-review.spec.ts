// End-to-end, issue 6 scenario 1: "客户续费审批 / Customer renewal approval" built in the browser only. A builder
// creates the app, designs its form and process and saves both as drafts; they go through review (a second builder
// approves; the author may not review their own draft); a member starts two requests from the app home; the sales
// manager approves both in the inbox; only the 20 % discount reaches finance; the monitor shows each path.
// Run from web/: node --import jiti/register --test --test-reporter=spec e2e/apps-review.spec.ts
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, startServer, stopServer, WEB_DIR } from './baton-server.mjs';
import { launchSignedUp } from './browser-session';

const RESULTS = join(WEB_DIR, 'test-results', 'apps-review');
const RENEWAL_BPMN = join(WEB_DIR, 'e2e', 'fixtures', 'customer-renewal.bpmn');
const APP = 'customer-renewal';
const PASSWORD = 'Relay-runner-2048';
const run = Date.now().toString(36);
const person = (name: string, tag: string) => ({ name, email: `${tag}-${run}@example.com` });
const reviewer = person('Ben Reviewer', 'ben');
const requester = person('Mia Member', 'mia');
const manager = person('Max Manager', 'max');
const financier = person('Fay Finance', 'fay');

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server | undefined;
let browser: Browser | undefined;
/** The owner and author of the app (a builder by being the owner). */
let ada: Page;
const pages: Record<string, Page> = {};
/** Instances started by the member, by discount. */
const instances: Record<number, string> = {};

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);
const shot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
const url = (path: string) => `${server?.url}${path}`;

/** Invites by email with a role through Admin → Invitations and returns the link, pointed at the server under test. */
async function invite(email: string, role: 'BUILDER' | 'MEMBER'): Promise<string> {
  await ada.goto(url('/admin/invitations'));
  await ada.locator('input[data-testid="invite-email"]').fill(email);
  await byTestId(ada, 'invite-role').click();
  await ada.locator(`[data-testid="invite-role-${role}"]:visible`).click();
  await byTestId(ada, 'invite-submit').click();
  const link = ada.locator('input[data-testid="invitation-link"]');
  await link.waitFor();
  const value = await link.inputValue();
  await ada.locator('[data-testid="invitation-email"]', { hasText: email }).waitFor();
  return url(new URL(value).pathname);
}

/** Accepts an invitation in a browser context of its own and returns that signed-in page. */
async function accept(link: string, name: string, locale = 'en-US'): Promise<Page> {
  assert.ok(browser);
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`[browser:${name}] ${error.message}`));
  await page.goto(link);
  await byTestId(page, 'invite-summary').waitFor();
  await page.locator('input[data-testid="name"]').fill(name);
  await page.locator('input[data-testid="password"]').fill(PASSWORD);
  await byTestId(page, 'submit').click();
  await byTestId(page, 'app-shell').waitFor();
  return page;
}

async function createGroup(key: string, zh: string, en: string, memberName: string): Promise<void> {
  await ada.goto(url('/admin/groups'));
  await byTestId(ada, 'group-create').click();
  await ada.locator('input[data-testid="group-key"]').fill(key);
  await ada.locator('input[data-testid="group-name-zh"]').fill(zh);
  await ada.locator('input[data-testid="group-name-en"]').fill(en);
  await byTestId(ada, 'create-group-submit').click();
  const row = byTestId(ada, 'groups-table').locator('tr', { hasText: key });
  await row.waitFor();
  await row.locator('button', { hasText: 'Members' }).click();
  await byTestId(ada, 'group-member-select').click();
  await ada.locator('.el-select-dropdown__item:visible', { hasText: memberName }).click();
  await byTestId(ada, 'group-member-add').click();
  await ada.locator('.el-dialog:visible .el-table', { hasText: memberName }).waitFor();
  await ada.keyboard.press('Escape');
}

/** Adds a field from the palette (it lands at the end, selected) and sets its key and label. */
async function addField(type: string, key: string, label: string): Promise<void> {
  await byTestId(ada, `palette-${type}`).click();
  await byTestId(ada, 'prop-key').locator('input').fill(key);
  await byTestId(ada, 'prop-label').locator('input').fill(label);
  await byTestId(ada, `block-${key}`).waitFor();
}

async function openApp(page: Page): Promise<void> {
  await page.goto(url(`/apps/${APP}`));
  await byTestId(page, 'app-title').waitFor();
}

const draftCard = (page: Page, kind: 'FORM' | 'PROCESS', key: string) => byTestId(page, `draft-${kind}-${key}`);

/** Runs a review action on a draft card through its dialog; resolves once the dialog closed (success). */
async function review(page: Page, kind: 'FORM' | 'PROCESS', key: string, action: string, comment = ''): Promise<void> {
  const card = draftCard(page, kind, key);
  await card.locator(`[data-testid="${action}"]`).click();
  if (comment) await page.locator('.el-dialog:visible textarea[data-testid="review-comment"]').fill(comment);
  const confirm = page.locator('[data-testid="review-confirm"]:visible');
  await confirm.click();
  await confirm.waitFor({ state: 'hidden' });
}

/** Selects an element on the modeller's canvas and sets a Baton property (form, candidate group) in the panel. */
async function setProperty(elementId: string, entry: 'baton-form' | 'baton-candidate-group', value: string): Promise<void> {
  const group = ada.locator('[data-testid="modeler-properties"] [data-group-id="group-baton"]');
  // a click while the canvas is still fitting the imported diagram to the view can miss: try again
  for (let attempt = 1; ; attempt += 1) {
    await ada.locator(`[data-testid="modeler-canvas"] .djs-element[data-element-id="${elementId}"]`).click();
    const selected = ada.locator(`[data-testid="modeler-canvas"] .djs-element.selected[data-element-id="${elementId}"]`);
    const ok = await selected.waitFor({ timeout: 3000 }).then(() => true, () => false);
    if (ok || attempt === 3) break;
  }
  await group.waitFor();
  const select = ada.locator(`#bio-properties-panel-${entry}`);
  if (!(await select.isVisible())) await group.locator('.bio-properties-panel-group-header').click();
  await select.selectOption(value);
}

/** The member fills the start form on the app home and submits; returns the started instance's id. */
async function startRequest(page: Page, customer: string, discount: number): Promise<string> {
  await openApp(page);
  await byTestId(page, 'app-start-customer_renewal').click();
  const form = page.locator('.el-dialog:visible [data-testid="start-request-form"]');
  await form.waitFor();
  await form.locator('[data-testid="field-customer"] input').fill(customer);
  await form.locator('[data-testid="field-contractEnd"] input').click();
  await page.locator('[data-testid="field-contractEnd"] input').fill('2026-12-31');
  await page.keyboard.press('Enter');
  await form.locator('[data-testid="field-amount"] input').fill('120000');
  await form.locator('[data-testid="field-discount"] input').fill(String(discount));
  await form.locator('[data-testid="field-term"] input').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '2 years' }).click();
  await form.locator('[data-testid="field-attachment"] input[type="file"]').setInputFiles({
    name: `${customer}-contract.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Renewal contract for ${customer}`),
  });
  await form.locator('[data-testid="field-attachment"]', { hasText: `${customer}-contract.txt` }).waitFor();
  await shot(page, `08-start-form-${discount}`);
  await byTestId(page, 'start-request-submit').click();
  const link = byTestId(page, 'app-started-link');
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  const id = href.split('/').pop() ?? '';
  assert.match(id, /^[0-9a-f-]{36}$/);
  return id;
}

/** Opens the first claimable task of that name in the inbox, claims it and completes it; returns its instance id. */
async function approveInInbox(page: Page, taskName: string, shotName: string): Promise<string> {
  await page.goto(url('/inbox'));
  await byTestId(page, 'inbox-tab-claimable').click();
  const row = page.locator('[data-testid="inbox-tasks"] tr', { hasText: taskName }).first();
  await row.waitFor();
  await row.click();
  await page.waitForURL(/\/inbox\/[0-9a-f-]+\/[0-9a-f-]+$/);
  const instanceId = page.url().split('/').at(-2) ?? '';
  await byTestId(page, 'task-claim').click();
  await page.locator('[data-testid="task-assignee"]', { hasText: 'Me' }).waitFor();
  await byTestId(page, 'task-form-renderer').waitFor();
  await shot(page, shotName);
  await byTestId(page, 'task-complete').click();
  await page.waitForURL(/\/inbox\?tab=done/);
  return instanceId;
}

before(async () => {
  mkdirSync(RESULTS, { recursive: true });
  ensureWebBuild();
  server = await startServer(RESULTS);
  ({ browser, page: ada } = await launchSignedUp(server.url, {
    email: `ada-${run}@example.com`,
    password: PASSWORD,
    name: 'Ada Author',
    workspace: 'Renewals e2e',
  }));
});

// what every page showed when a test failed, for diagnosing it
let ended = 0;
afterEach(async (t) => {
  ended += 1;
  if ((t as { passed?: boolean }).passed !== false) return;
  for (const [name, page] of Object.entries({ ada, ...pages })) {
    await page.screenshot({ path: join(RESULTS, `zz-failed-${ended}-${name}.png`) }).catch(() => undefined);
  }
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('the team joins: a second builder, a requester, a sales manager and finance', async () => {
  // given the owner's workspace, when four people are invited and accept
  const links = {
    ben: await invite(reviewer.email, 'BUILDER'),
    mia: await invite(requester.email, 'MEMBER'),
    max: await invite(manager.email, 'MEMBER'),
    fay: await invite(financier.email, 'MEMBER'),
  };
  pages.ben = await accept(links.ben, reviewer.name);
  pages.mia = await accept(links.mia, requester.name, 'zh-CN');
  pages.max = await accept(links.max, manager.name);
  pages.fay = await accept(links.fay, financier.name);

  // then the manager and finance get their candidate groups
  await createGroup('sales-managers', '销售经理', 'Sales managers', manager.name);
  await createGroup('finance', '财务', 'Finance', financier.name);
});

test('the owner creates the app; members see it without the create button', async () => {
  // given the apps page
  await ada.goto(url('/apps'));
  await byTestId(ada, 'apps-page').waitFor();

  // when the app is created with both names and an icon
  await byTestId(ada, 'apps-create').click();
  await ada.locator('input[data-testid="app-key"]').fill(APP);
  await ada.locator('input[data-testid="app-name-zh"]').fill('客户续费审批');
  await ada.locator('input[data-testid="app-name-en"]').fill('Customer renewal approval');
  await byTestId(ada, 'app-icon-Money').click();
  await byTestId(ada, 'create-app-submit').click();

  // then its home opens, empty, with the builder's sections
  await ada.waitForURL(new RegExp(`/apps/${APP}$`));
  await ada.locator('[data-testid="app-title"]', { hasText: 'Customer renewal approval' }).waitFor();
  await byTestId(ada, 'app-items').waitFor();
  await shot(ada, '01-app-created');

  // and a member sees the card in Chinese, but may not create apps
  await pages.mia!.goto(url('/apps'));
  await byTestId(pages.mia!, `app-card-${APP}`).locator('[data-testid="app-card-name"]', { hasText: '客户续费审批' }).waitFor();
  assert.equal(await byTestId(pages.mia!, 'apps-create').count(), 0);
});

test('the form is designed in the designer and saved as the app’s draft', async () => {
  // given the designer opened from the app
  await openApp(ada);
  await byTestId(ada, 'app-new-form').click();
  await ada.waitForURL(/\/forms\?app=customer-renewal/);
  await byTestId(ada, 'app-draft-bar').waitFor();
  await byTestId(ada, 'designer-new').click();
  await ada.locator('input[data-testid="designer-form-key"]').fill('renewal_request');
  await ada.locator('input[data-testid="designer-form-name"]').fill('Renewal request');

  // when the six fields are added and set up
  await addField('textfield', 'customer', 'Customer');
  await byTestId(ada, 'prop-validate.required').locator('label', { hasText: 'Yes' }).click();
  await addField('datetime', 'contractEnd', 'Contract end date');
  await addField('number', 'amount', 'Annual amount');
  await byTestId(ada, 'prop-validate.required').locator('label', { hasText: 'Yes' }).click();
  await addField('number', 'discount', 'Discount %');
  await byTestId(ada, 'prop-validate.required').locator('label', { hasText: 'Yes' }).click();
  await addField('select', 'term', 'Renewal term');
  const options = byTestId(ada, 'prop-values').locator('.property__row');
  await options.nth(0).locator('input').nth(0).fill('1 year');
  await options.nth(0).locator('input').nth(1).fill('1y');
  await options.nth(1).locator('input').nth(0).fill('2 years');
  await options.nth(1).locator('input').nth(1).fill('2y');
  await addField('filepicker', 'attachment', 'Attachment');
  await shot(ada, '02-form-designed');

  // then "Save draft" stores it in the app with no problems
  await byTestId(ada, 'app-draft-save').click();
  await ada.locator('[data-testid="app-draft-result"][data-state="DRAFT"]').waitFor();
  assert.match(await byTestId(ada, 'app-draft-result').innerText(), /no problems/);
  await shot(ada, '03-form-draft-saved');
});

test('the process is modelled, linked to the form and groups, and saved as a draft naming its problem', async () => {
  // given the modeller opened from the app, with the model imported
  await openApp(ada);
  await byTestId(ada, 'app-new-process').click();
  await ada.waitForURL(/\/modeler\?app=customer-renewal/);
  await byTestId(ada, 'app-draft-bar').waitFor();
  await byTestId(ada, 'modeler-import-file').setInputFiles(RENEWAL_BPMN);
  await ada.locator('[data-testid="modeler-canvas"] .djs-element[data-element-id="finance"]').waitFor();

  // when the start event and both approvals get the (draft) form, and the approvals their candidate groups
  await setProperty('submit', 'baton-form', 'renewal_request');
  await setProperty('manager', 'baton-form', 'renewal_request');
  await setProperty('manager', 'baton-candidate-group', 'sales-managers');
  await setProperty('finance', 'baton-form', 'renewal_request');
  await setProperty('finance', 'baton-candidate-group', 'finance');
  await shot(ada, '04-process-modelled');

  // then saving the draft names the form that is not deployed yet, in the draft bar and the issues panel
  await byTestId(ada, 'app-draft-save').click();
  await byTestId(ada, 'app-draft-problems').waitFor();
  assert.match(await byTestId(ada, 'app-draft-problems').innerText(), /renewal_request/);
  await ada.locator('[data-testid^="modeler-issue-submit"]').first().waitFor();
  await shot(ada, '05-process-draft-problems');
});

test('both drafts go through review: a second builder approves, and the process deploys once its form has', async () => {
  // given the app home with both drafts
  await openApp(ada);
  await draftCard(ada, 'FORM', 'renewal_request').waitFor();
  await draftCard(ada, 'PROCESS', 'customer_renewal').locator('[data-testid="draft-problems"]').waitFor();

  // when the author submits the form, and the second builder approves it
  await review(ada, 'FORM', 'renewal_request', 'draft-submit', 'Renewal request form, please review');
  await ada.locator('[data-testid="draft-FORM-renewal_request"][data-state="IN_REVIEW"]').waitFor();
  const ben = pages.ben!;
  await openApp(ben);
  await review(ben, 'FORM', 'renewal_request', 'draft-approve', 'Looks good');
  await ben.locator('[data-testid="draft-FORM-renewal_request"][data-state="DEPLOYED"]').waitFor();

  // and the author submits the process (linted again: the form is deployed now) and it is approved
  await openApp(ada);
  await review(ada, 'PROCESS', 'customer_renewal', 'draft-submit', 'Renewal process with the 15 % rule');
  await ada.locator('[data-testid="draft-PROCESS-customer_renewal"][data-state="IN_REVIEW"]').waitFor();
  await shot(ada, '06-in-review');
  await openApp(ben);
  await review(ben, 'PROCESS', 'customer_renewal', 'draft-approve', 'Approved');
  await ben.locator('[data-testid="draft-PROCESS-customer_renewal"][data-state="DEPLOYED"]').waitFor();

  // then both are published as v1, and the process can be started from the app home
  const processes = byTestId(ben, 'app-processes');
  await processes.locator('tr', { hasText: 'customer_renewal' }).filter({ hasText: 'v1' }).waitFor();
  await byTestId(ben, 'app-forms').locator('tr', { hasText: 'renewal_request' }).filter({ hasText: 'v1' }).waitFor();
  await byTestId(ben, 'app-start-customer_renewal').waitFor();
  const reviews = draftCard(ben, 'PROCESS', 'customer_renewal').locator('[data-testid="draft-reviews"]');
  assert.match(await reviews.innerText(), /Ada Author[\s\S]*Submitted for review[\s\S]*Ben Reviewer[\s\S]*Approved/);
  await shot(ben, '07-deployed');
});

test('a member starts two requests from the app home; an invalid start form is refused first', async () => {
  const mia = pages.mia!;
  // given the member on the app home (in Chinese), when the start form is submitted empty, then it is refused
  await openApp(mia);
  await byTestId(mia, 'app-start-customer_renewal').click();
  await mia.locator('.el-dialog:visible [data-testid="start-request-form"]').waitFor();
  await byTestId(mia, 'start-request-submit').click();
  await mia.locator('.el-dialog:visible [data-testid="field-error-customer"]').waitFor();
  await byTestId(mia, 'start-request-error').waitFor();
  await mia.keyboard.press('Escape');

  // when two filled requests are submitted, 10 % and 20 % discount
  instances[10] = await startRequest(mia, 'ACME', 10);
  instances[20] = await startRequest(mia, 'Globex', 20);
  await shot(mia, '09-requests-started');
  assert.notEqual(instances[10], instances[20]);
});

test('the manager approves both in the inbox; only the 20 % request reaches finance', async () => {
  const max = pages.max!;
  // given the manager's app card counts both open approvals
  await max.goto(url('/apps'));
  await byTestId(max, `app-card-${APP}`).locator('[data-testid="app-card-tasks"]', { hasText: '2' }).waitFor();
  await openApp(max);
  await max.locator('[data-testid="app-open-tasks"][data-count="2"]').waitFor();
  await byTestId(max, 'app-to-inbox').click();
  await max.waitForURL(/\/inbox/);

  // finance has nothing yet
  const fay = pages.fay!;
  await fay.goto(url('/inbox'));
  await byTestId(fay, 'inbox-tab-claimable').click();
  await byTestId(fay, 'inbox-tasks').waitFor();
  assert.equal(await fay.locator('[data-testid="inbox-tasks"] tr', { hasText: 'Finance approval' }).count(), 0);

  // when the manager approves both
  const approved = [
    await approveInInbox(max, 'Sales manager approval', '10-manager-task'),
    await approveInInbox(max, 'Sales manager approval', '11-manager-task-2'),
  ];
  assert.deepEqual([...approved].sort(), [instances[10], instances[20]].sort());

  // then finance gets exactly one task: the 20 % request's
  await fay.reload();
  await byTestId(fay, 'inbox-tab-claimable').click();
  const financeRows = fay.locator('[data-testid="inbox-tasks"] tr', { hasText: 'Finance approval' });
  await financeRows.first().waitFor();
  assert.equal(await financeRows.count(), 1);
  await shot(fay, '12-finance-inbox');
  const financed = await approveInInbox(fay, 'Finance approval', '13-finance-task');
  assert.equal(financed, instances[20]);
});

test('the monitor shows both instances completed, each with its path', async () => {
  // given the owner in the monitor, when the 20 % instance opens, then finance is on its completed path
  await ada.goto(url(`/monitor/${instances[20]}`));
  await ada.locator('[data-testid="instance-state"][data-state="COMPLETED"]').waitFor();
  for (const id of ['submit', 'manager', 'discount_gw', 'f_big', 'finance', 'end']) {
    await ada.locator(`.baton-completed[data-element-id="${id}"]`).waitFor({ state: 'attached' });
  }
  await shot(ada, '14-monitor-20-percent');

  // and the 10 % instance went straight to the end
  await ada.goto(url(`/monitor/${instances[10]}`));
  await ada.locator('[data-testid="instance-state"][data-state="COMPLETED"]').waitFor();
  for (const id of ['submit', 'manager', 'discount_gw', 'f_small', 'end']) {
    await ada.locator(`.baton-completed[data-element-id="${id}"]`).waitFor({ state: 'attached' });
  }
  assert.equal(await ada.locator('.baton-completed[data-element-id="finance"]').count(), 0);
  await ada.locator('[data-testid="instance-variables"] tr', { hasText: 'ACME' }).waitFor();
  await shot(ada, '15-monitor-10-percent');
});

test('the handbook opens in a tab, downloads as HTML and prints', async () => {
  // given the app home, when the English handbook is opened, then a tab shows the steps and the gateway rule
  await openApp(ada);
  const [tab] = await Promise.all([ada.context().waitForEvent('page'), byTestId(ada, 'handbook-open').click()]);
  await tab.waitForLoadState();
  const text = await tab.locator('body').innerText();
  assert.match(text, /Sales manager approval/);
  assert.match(text, /Finance approval/);
  await tab.pdf({ path: join(RESULTS, 'handbook-en.pdf') });
  await tab.screenshot({ path: join(RESULTS, '16-handbook-en.png'), fullPage: true });
  await tab.close();

  // when downloaded in Chinese, then the file is the handbook's HTML
  await byTestId(ada, 'handbook-lang').click();
  await ada.locator('[data-testid="handbook-lang-zh-CN"]:visible').click();
  const [download] = await Promise.all([ada.waitForEvent('download'), byTestId(ada, 'handbook-download').click()]);
  assert.equal(download.suggestedFilename(), `${APP}-handbook-zh-CN.html`);
  const file = join(RESULTS, download.suggestedFilename());
  await download.saveAs(file);
  assert.match(readFileSync(file, 'utf8'), /<html[\s\S]*销售经理|<html[\s\S]*Sales manager approval/);

  // and printing loads it into the sandboxed print frame
  await byTestId(ada, 'handbook-print').click();
  const frame = ada.frameLocator('iframe[data-testid="handbook-print-frame"]');
  await frame.locator('body', { hasText: 'Finance approval' }).waitFor({ state: 'attached' });
});

test('request changes: refused for the author, made by the reviewer with element comments, then v2 and its diff', async () => {
  // given a second version of the process saved by the author: the gateway's threshold is renamed
  await ada.goto(url(`/modeler?app=${APP}&process=customer_renewal`));
  await byTestId(ada, 'app-draft-bar').waitFor();
  await ada.locator('[data-testid="modeler-canvas"] .djs-element[data-element-id="discount_gw"]').waitFor();
  const v1 = readFileSync(RENEWAL_BPMN, 'utf8');
  const edited = join(RESULTS, 'customer-renewal-v2.bpmn');
  writeFileSync(
    edited,
    v1
      .replace('name="Discount above 15%?"', 'name="Discount above 20%?"')
      .replace('=discount &gt; 15', '=discount &gt; 20'),
  );
  await byTestId(ada, 'modeler-import-file').setInputFiles(edited);
  for (const [element, entry, value] of [
    ['submit', 'baton-form', 'renewal_request'],
    ['manager', 'baton-form', 'renewal_request'],
    ['manager', 'baton-candidate-group', 'sales-managers'],
    ['finance', 'baton-form', 'renewal_request'],
    ['finance', 'baton-candidate-group', 'finance'],
  ] as const) {
    await setProperty(element, entry, value);
  }
  await byTestId(ada, 'app-draft-save').click();
  await ada.locator('[data-testid="app-draft-result"][data-state="DRAFT"]').waitFor();
  await openApp(ada);
  const card = draftCard(ada, 'PROCESS', 'customer_renewal').filter({ hasText: 'based on v1' });
  await card.waitFor();
  await review(ada, 'PROCESS', 'customer_renewal', 'draft-submit', 'Raise the threshold to 20 %');
  await ada.locator('[data-testid="draft-PROCESS-customer_renewal"][data-state="IN_REVIEW"]').waitFor();

  // when the author requests changes on their own draft, then the server's refusal is shown and nothing changes
  const inReview = ada.locator('[data-testid="draft-PROCESS-customer_renewal"][data-state="IN_REVIEW"]');
  await inReview.locator('[data-testid="draft-own-hint"]').waitFor();
  await inReview.locator('[data-testid="draft-request-changes"]').click();
  await ada.locator('.el-dialog:visible textarea[data-testid="review-comment"]').fill('I changed my mind');
  await ada.locator('.el-dialog:visible [data-testid="review-confirm"]').click();
  const refusal = ada.locator('.el-dialog:visible [data-testid="review-error"]');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /saved|review|own/i);
  await shot(ada, '17-own-review-refused');
  await ada.keyboard.press('Escape');
  await inReview.locator('[data-testid="draft-refusal"]').waitFor();
  await openApp(ada);
  await ada.locator('[data-testid="draft-PROCESS-customer_renewal"][data-state="IN_REVIEW"]').waitFor();

  // when the second builder requests changes with a comment on the gateway
  const ben = pages.ben!;
  await openApp(ben);
  const benCard = ben.locator('[data-testid="draft-PROCESS-customer_renewal"][data-state="IN_REVIEW"]');
  await benCard.locator('[data-testid="draft-request-changes"]').click();
  const dialog = ben.locator('.el-dialog:visible');
  await dialog.locator('textarea[data-testid="review-comment"]').fill('Name the flows after the rule');
  await dialog.locator('[data-testid="review-element-0"]').click();
  await ben.locator('.el-select-dropdown__item:visible', { hasText: 'Discount above 20%? (discount_gw)' }).click();
  await dialog.locator('input[data-testid="review-element-text-0"]').fill('Say "over 20 %" on the yes flow');
  await shot(ben, '18-request-changes');
  await dialog.locator('[data-testid="review-confirm"]').click();
  const changed = ben.locator('[data-testid="draft-PROCESS-customer_renewal"][data-state="CHANGES_REQUESTED"]');
  await changed.waitFor();
  assert.match(await changed.locator('[data-testid="draft-element-comments"]').innerText(), /discount_gw: Say "over 20 %"/);

  // then the author sees the comments, saves again and resubmits, and the reviewer approves v2
  await openApp(ada);
  const back = ada.locator('[data-testid="draft-PROCESS-customer_renewal"][data-state="CHANGES_REQUESTED"]');
  await back.locator('[data-testid="draft-element-comments"]', { hasText: 'discount_gw' }).waitFor();
  await back.locator('[data-testid="draft-open-editor"]').click();
  await ada.waitForURL(/\/modeler\?app=customer-renewal&process=customer_renewal/);
  await ada.locator('[data-testid="modeler-canvas"] .djs-element[data-element-id="f_big"]').waitFor({ state: 'attached' });
  await byTestId(ada, 'app-draft-save').click();
  await ada.locator('[data-testid="app-draft-result"][data-state="DRAFT"]').waitFor();
  await openApp(ada);
  await review(ada, 'PROCESS', 'customer_renewal', 'draft-submit', 'Resubmitted');
  await openApp(ben);
  await review(ben, 'PROCESS', 'customer_renewal', 'draft-approve');
  await byTestId(ben, 'app-processes').locator('tr', { hasText: 'customer_renewal' }).filter({ hasText: 'v2' }).waitFor();

  // and comparing v1 → v2 lists the gateway and its flow as changed, marked on the diagram
  await byTestId(ben, 'app-compare-process-customer_renewal').click();
  await ben.locator('.el-dialog:visible [data-testid="diff-changed-discount_gw"]').waitFor();
  await ben.locator('.el-dialog:visible [data-testid="diff-changed-f_big"]').waitFor();
  const rows = await ben.locator('.el-dialog:visible [data-testid="diff-rows"]').innerText();
  assert.match(rows, /Discount above 15%\?[\s\S]*Discount above 20%\?/);
  assert.match(rows, /discount > 20/);
  await ben.locator('.baton-diff-changed[data-element-id="discount_gw"]').waitFor({ state: 'attached' });
  await shot(ben, '19-version-diff');
});
