import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, renewalForm, submit, submitted } from './forms/form-helpers.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const UPDATE = `mutation($input: UpdateRecordInput!) { updateRecord(input: $input) { id data updatedBy updatedAt formVersion } }`;
const DELETE = `mutation($id: ID!) { deleteRecord(id: $id) { id deletedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreRecord(id: $id) { id deletedAt } }`;
const HISTORY = `query($id: ID!) { recordHistory(id: $id) { action changedBy changedAt changes { key before after } } }`;

let baton: RunningBaton;
let url: string;
let owner: Session;
let member: Session;
let otherMember: Session;
const good = { customer: 'Acme 上海', amount: 1200, contractNo: 'HT-0042', region: 'east', tags: ['vip'], vipNote: 'Key account', items: [{ product: 'Seats', price: 100 }] };
const countRecords = async () => (await baton.dataSource.query(`SELECT count(*)::int AS n FROM records`))[0].n as number;

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Records Co' });
  member = await addMember(url, owner, 'MEMBER');
  otherMember = await addMember(url, owner, 'MEMBER');
  await deployed(url, owner, renewalForm());
});
afterAll(() => baton?.stop());

describe('submitRecord', () => {
  it('stores the cleaned data, pinned to the current version, with who and when', async () => {
    // given a renewal form / when a member submits a record with a hidden field filled in and an unknown key
    const record = await submitted(url, member, 'renewal_request', { ...good, tags: [], vipNote: 'should be dropped', hacker: 'x' });
    // then hidden and unknown values are dropped, defaults filled, and the record pins version 1
    expect(record.formVersion).toBe(1);
    expect(record.data).toEqual({ customer: 'Acme 上海', amount: 1200, contractNo: 'HT-0042', region: 'east', tags: [], discount: null, due: null, address: { city: '' }, items: [{ product: 'Seats', price: 100 }] });
    const [row] = await baton.dataSource.query(`SELECT created_by_id, data FROM records WHERE id = $1`, [record.id]);
    expect(row.created_by_id).toBe(member.userId);
    expect(row.data).toEqual(record.data);
  });

  it.each([
    { title: 'a missing required field', data: { ...good, customer: '' }, fields: ['customer'], rules: ['required'] },
    { title: 'a pattern mismatch', data: { ...good, contractNo: 'C-1' }, fields: ['contractNo'], rules: ['pattern'] },
    { title: 'a number below min and a too short text', data: { ...good, amount: -5, customer: 'A' }, fields: ['customer', 'amount'], rules: ['minLength', 'min'] },
    { title: 'a number above max', data: { ...good, amount: 2000000 }, fields: ['amount'], rules: ['max'] },
    { title: 'a FEEL cross-field rule', data: { ...good, discount: 25 }, fields: ['discount'], rules: ['custom'] },
    { title: 'a value outside the options', data: { ...good, region: 'mars' }, fields: ['region'], rules: ['option'] },
    { title: 'a wrong value type', data: { ...good, amount: 'lots' }, fields: ['amount'], rules: ['type'] },
    { title: 'a bad row in a dynamic list', data: { ...good, items: [{ product: 'A', price: 1 }, { product: 'B', price: -1 }] }, fields: ['items[1].price'], rules: ['min'] },
    { title: 'data that is not an object', data: 'text', fields: ['data'], rules: [undefined] },
  ])('refuses $title with field errors and stores nothing', async ({ data, fields, rules }) => {
    // given the records so far
    const before = await countRecords();
    // when bad data is submitted
    const result = await submit(url, member, 'renewal_request', data);
    // then BAD_USER_INPUT names each field and rule, and nothing is stored
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(fields);
    expect(result.errors?.[0].extensions?.fields?.map((f) => (f as { rule?: string }).rule)).toEqual(rules);
    expect(await countRecords()).toBe(before);
  });

  it('gives field messages in the request language', async () => {
    const zh = await submit(url, member, 'renewal_request', { ...good, customer: '' }, 'zh-CN');
    expect(zh.errors?.[0].extensions?.fields?.[0].message).toBe('此项为必填项。');
    expect(zh.errors?.[0].message).toContain('记录未保存');
    const en = await submit(url, member, 'renewal_request', { ...good, customer: '' }, 'en');
    expect(en.errors?.[0].extensions?.fields?.[0].message).toBe('Field is required.');
  });

  it('refuses an unknown form with NOT_FOUND', async () => {
    expect(codeOf(await submit(url, member, 'no_such_form', good))).toBe('NOT_FOUND');
  });
});

describe('costly form rules', () => {
  it('stops a runaway FEEL rule after its time budget, and the next submit still works', async () => {
    // given a form whose rule loops a hundred million times
    await deployed(url, owner, { id: 'runaway', components: [{ type: 'number', key: 'n', validate: { custom: [{ condition: '=count(for i in 1..100000000 return i) > 0', message: 'never' }] } }] });
    // when a record is submitted
    const started = Date.now();
    const result = await submit(url, member, 'runaway', { n: 1 });
    // then it is refused within the budget and the server keeps answering
    expect(result.errors?.[0].extensions?.reason).toBe('RULES_TOO_COSTLY');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await submit(url, member, 'renewal_request', good)).errors).toBeUndefined();
  });
});

describe('version pinning', () => {
  it('keeps a record on the version it was submitted with and validates its updates against that version', async () => {
    // given a record of version 1 and a version 2 that makes a new field required
    await deployed(url, owner, renewalForm('pinned'));
    const old = await submitted(url, member, 'pinned', good);
    const v2 = renewalForm('pinned');
    v2.components.push({ id: 'f_owner', type: 'textfield', key: 'accountOwner', label: 'Owner', validate: { required: true } } as never);
    await deployed(url, owner, v2);
    // when new records are submitted and the old one is read and updated
    expect(fieldsOf(await submit(url, member, 'pinned', good))).toEqual(['accountOwner']);
    const fresh = await submitted(url, member, 'pinned', { ...good, accountOwner: 'Li Wei' });
    const updated = await gql<{ updateRecord: { formVersion: number; data: { amount: number } } }>(url, UPDATE, { input: { id: old.id, data: { ...good, amount: 99 } } }, { token: member.token });
    // then the old record stays on version 1, the new one is on version 2
    expect([old.formVersion, fresh.formVersion]).toEqual([1, 2]);
    expect(updated.data?.updateRecord).toMatchObject({ formVersion: 1, data: { amount: 99 } });
  });
});

describe('update, history, delete and restore', () => {
  it('keeps a field-by-field history of who changed what, and deletes softly', async () => {
    // given a member's record
    const record = await submitted(url, member, 'renewal_request', good);
    // when the member updates it, the owner updates it again, then deletes and restores it
    await gql(url, UPDATE, { input: { id: record.id, data: { ...good, amount: 1500, address: { city: '杭州' } } } }, { token: member.token });
    const unchanged = await gql<{ updateRecord: { updatedBy: string } }>(url, UPDATE, { input: { id: record.id, data: { ...good, amount: 1500, address: { city: '杭州' } } } }, { token: owner.token });
    expect(unchanged.data?.updateRecord.updatedBy).toBe(member.userId);
    await gql(url, UPDATE, { input: { id: record.id, data: { ...good, amount: 1500, address: { city: '杭州' }, items: [] } } }, { token: owner.token });
    const deleted = await gql<{ deleteRecord: { deletedAt: string } }>(url, DELETE, { id: record.id }, { token: member.token });
    expect(deleted.data?.deleteRecord.deletedAt).toBeTruthy();
    expect(codeOf(await gql(url, UPDATE, { input: { id: record.id, data: good } }, { token: member.token }))).toBe('CONFLICT');
    const restored = await gql<{ restoreRecord: { deletedAt: string | null } }>(url, RESTORE, { id: record.id }, { token: member.token });
    expect(restored.data?.restoreRecord.deletedAt).toBeNull();
    // then the history lists each change with its actor; the no-op update left no entry
    const history = await gql<{ recordHistory: { action: string; changedBy: string; changes: { key: string; before: unknown; after: unknown }[] }[] }>(url, HISTORY, { id: record.id }, { token: member.token });
    expect(history.data?.recordHistory.map((h) => [h.action, h.changedBy, h.changes])).toEqual([
      ['updated', member.userId, [{ key: 'address.city', before: '', after: '杭州' }, { key: 'amount', before: 1200, after: 1500 }]],
      ['updated', owner.userId, [{ key: 'items', before: [{ product: 'Seats', price: 100 }], after: [] }]],
      ['deleted', member.userId, []],
      ['restored', member.userId, []],
    ]);
  });

  it.each([
    { title: 'updateRecord with a malformed id', query: UPDATE, variables: () => ({ input: { id: 'nope', data: good } }), code: 'BAD_USER_INPUT', fields: ['id'] },
    { title: 'updateRecord with an unknown id', query: UPDATE, variables: () => ({ input: { id: '00000000-0000-4000-8000-000000000000', data: good } }), code: 'NOT_FOUND', fields: ['id'] },
    { title: 'updateRecord with invalid data', query: UPDATE, variables: (id: string) => ({ input: { id, data: { ...good, amount: -1 } } }), code: 'BAD_USER_INPUT', fields: ['amount'] },
    { title: 'updateRecord of someone else’s record by a member', query: UPDATE, variables: (id: string) => ({ input: { id, data: good } }), caller: () => otherMember, code: 'FORBIDDEN' },
    { title: 'deleteRecord with a malformed id', query: DELETE, variables: () => ({ id: 'x' }), code: 'BAD_USER_INPUT', fields: ['id'] },
    { title: 'deleteRecord of someone else’s record by a member', query: DELETE, variables: (id: string) => ({ id }), caller: () => otherMember, code: 'FORBIDDEN' },
    { title: 'restoreRecord of a live record', query: RESTORE, variables: (id: string) => ({ id }), code: 'CONFLICT' },
    { title: 'restoreRecord with an unknown id', query: RESTORE, variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }), code: 'NOT_FOUND', fields: ['id'] },
    { title: 'recordHistory with a malformed id', query: HISTORY, variables: () => ({ id: '1' }), code: 'BAD_USER_INPUT', fields: ['id'] },
  ])('refuses $title with $code and changes nothing', async ({ query, variables, caller, code, fields }) => {
    // given a member's record
    const record = await submitted(url, member, 'renewal_request', good);
    const before = await baton.dataSource.query(`SELECT data, deleted_at, (SELECT count(*) FROM record_changes) AS changes FROM records WHERE id = $1`, [record.id]);
    // when the bad call is made
    const result = await gql(url, query, variables(record.id), { token: (caller?.() ?? member).token });
    // then it is refused and the record and its history are unchanged
    expect(codeOf(result)).toBe(code);
    if (fields) expect(fieldsOf(result)).toEqual(fields);
    expect(await baton.dataSource.query(`SELECT data, deleted_at, (SELECT count(*) FROM record_changes) AS changes FROM records WHERE id = $1`, [record.id])).toEqual(before);
  });
});

describe('serial numbers', () => {
  const serialForm = { id: 'numbered', components: [
    { type: 'serialnumber', key: 'no', pattern: 'RN-{yyyy}{MM}-{0000}', timeZone: 'Asia/Shanghai' },
    { type: 'textfield', key: 'title', validate: { required: true } },
  ] };

  it('gives 50 concurrent submits 50 distinct consecutive numbers, and a failed submit takes none', async () => {
    // given a form with a serial number and one submit that fails validation
    await deployed(url, owner, serialForm);
    expect(codeOf(await submit(url, member, 'numbered', { title: '' }))).toBe('BAD_USER_INPUT');
    // when 50 records are submitted at once, each claiming a number of its own choosing
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => submit(url, member, 'numbered', { title: `T${i}`, no: 'RN-FAKE' })));
    console.info(`50 concurrent serial-number submits: ${Date.now() - started} ms`);
    // then all succeed with RN-<year><month>-0001 … 0050, no gaps and no duplicates
    expect(results.filter((r) => r.errors)).toEqual([]);
    const numbers = results.map((r) => r.data!.submitRecord.data.no as string).sort();
    const period = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).replace('-', '');
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `RN-${period}-${String(i + 1).padStart(4, '0')}`));
  });

  it('keeps the number when the record is updated', async () => {
    const record = await submitted(url, member, 'numbered', { title: 'Keep' });
    const updated = await gql<{ updateRecord: { data: { no: string; title: string } } }>(url, UPDATE, { input: { id: record.id, data: { title: 'Kept', no: 'RN-CHANGED' } } }, { token: member.token });
    expect(updated.data?.updateRecord.data).toEqual({ no: record.data.no, title: 'Kept' });
  });
});
