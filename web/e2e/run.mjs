// End-to-end test of the web app against the real server: `npm run test:e2e -w @baton/web`.
// Starts server/dist/main.js on a free port with a fresh data folder (or DATABASE_URL when set), drives headless
// Chromium through sign-up → sign-out → sign-in → language switch → invite → accept → member list, and stops it.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { ensureWebBuild, startServer, stopServer, WEB_DIR } from './baton-server.mjs';

const RESULTS = join(WEB_DIR, 'test-results');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const run = Date.now().toString(36);
const owner = {
  email: `owner-${run}@example.com`,
  password: 'Relay-runner-2048',
  name: 'Olivia Owner',
  workspace: 'Acme 接力',
};
const invitee = { email: `member-${run}@example.com`, password: 'Second-leg-4096', name: 'Max Member' };

let server;
let browser;
let baseUrl;

async function shot(page, name) {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

async function fill(page, id, value) {
  await page.locator(`input[data-testid="${id}"]`).fill(value);
}

async function expectShell(page) {
  await byTestId(page, 'app-shell').waitFor();
  await page.waitForURL(/\/apps$/);
}

before(async () => {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  ensureWebBuild();
  server = await startServer(RESULTS);
  baseUrl = server.url;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('owner signs up, invites a member, and the member joins', async (t) => {
  const ownerContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await ownerContext.newPage();
  let invitationLink = '';

  await t.test('sign up', async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await shot(page, '01-sign-in');
    await byTestId(page, 'to-sign-up').click();
    // the sign-in form has email and password fields too: wait for the sign-up page (a lazy chunk on first visit)
    // before typing, or the first two fills land in the sign-in form that is still shown
    await page.waitForURL(/\/sign-up/);
    await page.locator('input[data-testid="name"]').waitFor();
    await fill(page, 'email', owner.email);
    await fill(page, 'password', owner.password);
    await fill(page, 'name', owner.name);
    await fill(page, 'workspace-name', owner.workspace);
    await byTestId(page, 'submit').click();
    await expectShell(page);
    assert.equal(await byTestId(page, 'current-workspace').innerText(), owner.workspace);
    await shot(page, '02-signed-up-shell');
  });

  await t.test('sign out', async () => {
    await byTestId(page, 'user-menu').click();
    await byTestId(page, 'sign-out').click();
    await page.waitForURL(/\/sign-in/);
    // the refresh cookie is revoked: a reload must not restore the session
    await page.reload();
    await byTestId(page, 'sign-in-form').waitFor();
  });

  await t.test('sign in', async () => {
    await fill(page, 'email', owner.email);
    await fill(page, 'password', owner.password);
    await byTestId(page, 'submit').click();
    await expectShell(page);
    // the session survives a reload through the refresh cookie
    await page.reload();
    await byTestId(page, 'app-shell').waitFor();
  });

  await t.test('switch language', async () => {
    const inbox = byTestId(page, 'nav-inbox');
    assert.equal((await inbox.innerText()).trim(), 'Inbox');
    await byTestId(page, 'locale-zh-CN').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.equal((await inbox.innerText()).trim(), '待办');
    assert.equal(await page.evaluate(() => localStorage.getItem('baton.locale')), 'zh-CN');
    await shot(page, '03-shell-zh-CN');
  });

  await t.test('invite a member', async () => {
    await byTestId(page, 'nav-admin').click();
    await page.waitForURL(/\/admin\/members/);
    await byTestId(page, 'admin-tab-invitations').click();
    await page.waitForURL(/\/admin\/invitations/);
    await fill(page, 'invite-email', invitee.email);
    await byTestId(page, 'invite-role').click();
    await page.locator('[data-testid="invite-role-MEMBER"]:visible').click();
    await byTestId(page, 'invite-submit').click();
    const linkInput = page.locator('input[data-testid="invitation-link"]');
    await linkInput.waitFor();
    invitationLink = await linkInput.inputValue();
    assert.match(invitationLink, /^https?:\/\/[^/]+\/invite\/[^/]+$/);
    await page.locator('[data-testid="invitation-email"]', { hasText: invitee.email }).waitFor();
    await shot(page, '04-invitation-link');
  });

  await t.test('accept the invitation in another browser', async () => {
    const inviteeContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const invitePage = await inviteeContext.newPage();
    // the server builds the link from its public URL; open it against the server under test
    await invitePage.goto(new URL(new URL(invitationLink).pathname, baseUrl).toString());
    await byTestId(invitePage, 'invite-summary').waitFor();
    assert.match(await byTestId(invitePage, 'invite-summary').innerText(), new RegExp(invitee.email));
    await shot(invitePage, '05-accept-invitation');
    await fill(invitePage, 'name', invitee.name);
    await fill(invitePage, 'password', invitee.password);
    await byTestId(invitePage, 'submit').click();
    await expectShell(invitePage);
    assert.equal(await byTestId(invitePage, 'nav-admin').count(), 0, 'a MEMBER must not see Admin');
    await shot(invitePage, '06-member-shell');
    await inviteeContext.close();
  });

  await t.test('the owner sees the new member', async () => {
    await byTestId(page, 'admin-tab-members').click();
    await page.waitForURL(/\/admin\/members/);
    const row = page.locator('[data-testid="member-email"]', { hasText: invitee.email });
    await row.waitFor();
    await shot(page, '07-members');
  });

  await t.test('groups and audit log', async () => {
    await byTestId(page, 'admin-tab-groups').click();
    await byTestId(page, 'group-create').click();
    await fill(page, 'group-key', 'sales-managers');
    await fill(page, 'group-name-zh', '销售经理');
    await fill(page, 'group-name-en', 'Sales managers');
    await byTestId(page, 'create-group-submit').click();
    await byTestId(page, 'groups-table').getByText('销售经理').waitFor();
    await byTestId(page, 'admin-tab-audit').click();
    await page.locator('[data-testid="audit-action"]', { hasText: 'member.invited' }).first().waitFor();
    await shot(page, '08-audit-log');
  });

  await t.test('create and switch workspaces', async () => {
    await byTestId(page, 'workspace-switcher').click();
    await page.locator('[data-testid="workspace-create"]:visible').click();
    await fill(page, 'new-workspace-name', 'Second floor');
    await byTestId(page, 'create-workspace-submit').click();
    await page.waitForURL(/\/apps$/);
    await page.locator('[data-testid="current-workspace"]', { hasText: 'Second floor' }).waitFor();
    await byTestId(page, 'workspace-switcher').click();
    await page.locator('.el-dropdown-menu__item:visible', { hasText: owner.workspace }).click();
    await page.locator('[data-testid="current-workspace"]', { hasText: owner.workspace }).waitFor();
  });

  await t.test('phone-sized layout', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${baseUrl}/apps`);
    await byTestId(page, 'apps-page').waitFor();
    await shot(page, '09-shell-375');
    await byTestId(page, 'menu-toggle').click();
    const drawerInbox = page.locator('.el-drawer [data-testid="nav-inbox"]');
    await drawerInbox.waitFor();
    await page.waitForTimeout(400); // let the drawer finish sliding in before the screenshot
    await shot(page, '10-shell-375-drawer');
    await drawerInbox.click();
    await page.waitForURL(/\/inbox$/);
    await byTestId(page, 'inbox-page').waitFor();
    const phone = await browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 812 } });
    const signIn = await phone.newPage();
    await signIn.goto(`${baseUrl}/sign-in`);
    await byTestId(signIn, 'sign-in-form').waitFor();
    assert.equal(await signIn.evaluate(() => document.documentElement.lang), 'zh-CN');
    await shot(signIn, '11-sign-in-375-zh-CN');
    await phone.close();
  });

  await ownerContext.close();
});
