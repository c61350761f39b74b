// End-to-end: the form designer and renderer in headless Chromium against the real server. A builder designs a form
// by drag and drop, edits properties and FEEL, previews it, publishes two versions; every form-js corpus schema
// imports into the designer and renders in the preview; the renderer's behaviours and sanitising hold in a real DOM.
// Run from web/: node --import jiti/register --test --test-reporter=spec e2e/form-designer.spec.ts
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, startServer, stopServer, WEB_DIR } from './baton-server.mjs';
import { graphqlCall, loginToken } from './graphql-api';
import { launchSignedUp } from './browser-session';

const RESULTS = join(WEB_DIR, 'test-results', 'form-designer');
const FORM_CORPUS = resolve(WEB_DIR, '../../shared/corpus/form-js');

let server: Awaited<ReturnType<typeof startServer>> | undefined;
const credentials = { email: `forms-${Date.now().toString(36)}@example.com`, password: 'Relay-runner-2048' };

/** Counts stored records of a form through the public GraphQL API, signed in as the builder. */
async function recordCount(formKey: string): Promise<number> {
  const token = await loginToken(server!.url, credentials.email, credentials.password);
  const { records } = await graphqlCall<{ records: { totalCount: number } }>(
    server!.url,
    'query($formKey: String!) { records(formKey: $formKey) { totalCount } }',
    { formKey },
    token,
  );
  return records.totalCount;
}
let browser: Browser | undefined;
let page: Page;

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
const corpusFiles = (): string[] =>
  ['form-js-viewer', 'form-js-editor', 'e2e', 'camunda8-js-sdk'].flatMap((folder) =>
    readdirSync(join(FORM_CORPUS, folder))
      .filter((name) => name.endsWith('.json') || name.endsWith('.form'))
      .map((name) => join(FORM_CORPUS, folder, name)),
  );

/** Writes a schema to a file the designer can import. */
function schemaFile(name: string, schema: unknown): string {
  const file = join(RESULTS, `${name}.form`);
  writeFileSync(file, JSON.stringify(schema));
  return file;
}

async function importInto(file: string): Promise<void> {
  await byTestId('designer-mode').locator('label', { hasText: 'Design' }).click();
  await byTestId('designer-import-file').setInputFiles(file);
  await page.locator('.el-message', { hasText: 'Imported' }).last().waitFor();
}

async function preview(data: unknown = {}): Promise<void> {
  await byTestId('designer-preview-tab').click();
  await byTestId('preview-data').fill(JSON.stringify(data));
  await byTestId('preview-open').click();
  await byTestId('designer-preview').locator('[data-testid="form-renderer"]').waitFor();
}

before(async () => {
  mkdirSync(RESULTS, { recursive: true });
  ensureWebBuild();
  server = await startServer(RESULTS);
  ({ browser, page } = await launchSignedUp(server.url, {
    ...credentials,
    name: 'Fay Former',
    workspace: 'Forms e2e',
  }));
  await byTestId('nav-forms').click();
  await byTestId('form-designer').waitFor();
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

test('a form is designed by drag and drop, edited, previewed and published in two versions', async () => {
  // given a new form
  await byTestId('designer-new').click();
  await byTestId('designer-form-key').fill('renewal_request');
  await byTestId('designer-form-name').fill('Renewal request');

  // when a text field and a number are dragged in, the number onto the right edge of the text field
  await byTestId('palette-textfield').dragTo(byTestId('drop-end-root'));
  const text = byTestId('block-textfield1');
  await text.waitFor();
  const box = await text.boundingBox();
  assert.ok(box);
  await byTestId('palette-number').dragTo(text, { targetPosition: { x: box.width - 5, y: box.height / 2 } });
  const number = byTestId('block-number1');
  await number.waitFor();

  // then both sit in one row
  const [textBox, numberBox] = [await text.boundingBox(), await number.boundingBox()];
  assert.ok(textBox && numberBox);
  assert.ok(Math.abs(textBox.y - numberBox.y) < 4 && numberBox.x > textBox.x, 'the number is beside the text field');

  // when the text field's key, label and required rule are set
  await text.click();
  await byTestId('prop-key').locator('input').fill('customer');
  await byTestId('prop-label').locator('input').fill('Customer');
  await byTestId('prop-validate.required').locator('label', { hasText: 'Yes' }).click();
  await byTestId('block-customer').waitFor();

  // and the number gets a key, a label and a hide condition typed in the FEEL editor: a syntax error is shown first
  await number.click();
  await byTestId('prop-key').locator('input').fill('discount');
  await byTestId('prop-label').locator('input').fill('Discount %');
  const hide = byTestId('prop-conditional.hide-feel');
  await hide.click();
  await page.keyboard.type('customer = ');
  await byTestId('prop-conditional.hide-feel-error').waitFor();
  await page.keyboard.type('"ACME"');
  await byTestId('prop-conditional.hide-feel-error').waitFor({ state: 'detached' });
  await shot('01-designed');

  // undo removes the last change, redo brings it back
  await byTestId('designer-undo').click();
  await byTestId('designer-redo').click();

  // then the preview validates, hides by condition and submits only visible fields
  await preview({});
  await byTestId('form-submit').click();
  await byTestId('field-error-customer').waitFor();
  await page.getByLabel('Customer').fill('ACME');
  await byTestId('field-discount').waitFor({ state: 'detached' });
  await page.getByLabel('Customer').fill('Initech');
  await page.getByLabel('Discount %').fill('12');
  await byTestId('form-submit').click();
  assert.deepEqual(JSON.parse(await byTestId('preview-outcome').innerText()), { customer: 'Initech', discount: 12 });
  await shot('02-preview');

  // when published, version 1
  await byTestId('designer-publish').click();
  await byTestId('publish-version').filter({ hasText: 'version 1' }).waitFor();
  await byTestId('publish-confirm').click();
  await page.locator('.el-message', { hasText: 'Published renewal_request version 1' }).waitFor();

  // and after renaming a field, the report names the rename before version 2 is published
  await byTestId('designer-mode').locator('label', { hasText: 'Design' }).click();
  await byTestId('block-discount').click();
  await byTestId('prop-key').locator('input').fill('discountPercent');
  await byTestId('designer-publish').click();
  await byTestId('publish-renamed').filter({ hasText: 'discount' }).waitFor();
  await byTestId('publish-confirm').click();
  await page.locator('.el-message', { hasText: 'version 2' }).waitFor();
  await shot('03-published');
});

test('a share link opens the form for anyone: a rejected submission shows field errors and stores nothing', async () => {
  // given a share link of the published form
  await byTestId('designer-share').click();
  const url = await byTestId('designer-share-url').inputValue();
  assert.match(url, /\/f\/[\w-]+$/);
  await page.keyboard.press('Escape');

  // when opened without a session and submitted empty
  const anonymous = await browser!.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  const phone = await anonymous.newPage();
  await phone.goto(url);
  await phone.locator('[data-testid="public-form"] [data-testid="form-renderer"]').waitFor();
  await phone.locator('[data-testid="form-submit"]').click();

  // then the required field is marked (in the reader's language) and nothing is stored
  await phone.locator('[data-testid="field-error-customer"]', { hasText: '此项为必填项' }).waitFor();
  await phone.screenshot({ path: join(RESULTS, '05-public-rejected.png'), fullPage: true });
  assert.equal(await recordCount('renewal_request'), 0);

  // and when filled in, it is stored once
  await phone.getByLabel('Customer').fill('Globex');
  await phone.locator('[data-testid="form-submit"]').click();
  await phone.locator('[data-testid="public-form-done"]').waitFor();
  assert.equal(await recordCount('renewal_request'), 1);
  await anonymous.close();
});

test('a schema the server refuses is not published, and the problem is named', async () => {
  // given two fields writing one key
  await importInto(
    schemaFile('duplicate-keys', {
      id: 'dup',
      components: [
        { type: 'textfield', key: 'a' },
        { type: 'number', key: 'a' },
      ],
    }),
  );

  // then the designer marks the problem and publishing is not offered
  await byTestId('designer-problems').waitFor();
  assert.equal(await byTestId('designer-publish').isDisabled(), true);
});

test('every form-js corpus schema imports into the designer and renders in the preview', async () => {
  const files = corpusFiles();
  assert.equal(files.length, 21);
  const failures: string[] = [];
  for (const file of files) {
    await importInto(file);
    await preview({});
    const unknown = await page
      .locator('[data-testid="designer-preview"] .el-alert', { hasText: 'Unsupported field type' })
      .count();
    if (unknown > 0) failures.push(file);
  }
  console.log(`form-js schemas imported and rendered in Chromium: ${files.length - failures.length} / ${files.length}`);
  assert.deepEqual(failures, []);
});

test('in a real DOM: hidden fields stop feeding conditions, templates render, HTML is sanitised', async () => {
  // hidden-fields-conditional: b and c hide the text; a hides c, so the text shows again
  await importInto(join(FORM_CORPUS, 'form-js-viewer/hidden-fields-conditional.json'));
  await preview({});
  const textView = page.locator('[data-testid="designer-preview"] .text-view');
  await textView.waitFor();
  const checkbox = (key: string) =>
    page.locator(`[data-testid="designer-preview"] [data-field-key="${key}"] .el-checkbox`);
  await checkbox('b').click();
  await checkbox('c').click();
  await textView.waitFor({ state: 'detached' });
  await checkbox('a').click();
  await textView.waitFor();

  // nested-complex-context: parent and grandparent accessors in list templates
  await importInto(join(FORM_CORPUS, 'form-js-viewer/nested-complex-context.json'));
  await preview({ a: 'testA', list: [{ b: 'testB' }] });
  const texts = await page.locator('[data-testid="designer-preview"] .text-view').allInnerTexts();
  assert.match(texts[1] ?? '', /GrandParent: testA/);

  // sanitising: no script element, no handler, no javascript: link survives
  await importInto(
    schemaFile('hostile-html', {
      id: 'hostile',
      components: [
        {
          type: 'html',
          content: '<b id="ok">ok</b><script>window.hacked = 1</script><img src="x" onerror="window.hacked = 2">',
        },
        { type: 'text', text: '[click](javascript:window.hacked=3) {{name}}' },
      ],
    }),
  );
  await preview({ name: '<img src=x onerror="window.hacked = 4">' });
  await page.locator('[data-testid="designer-preview"] #ok').waitFor();
  const previewHtml = await byTestId('designer-preview').innerHTML();
  assert.doesNotMatch(previewHtml, /<script|onerror|javascript:/);
  assert.equal(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked), undefined);
  await shot('04-sanitised');
});
